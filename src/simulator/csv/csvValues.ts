// What Excel does when it opens a CSV: numbers and dates in the file's text become numbers and date
// serials. The file's own conventions (decimal comma or point, day or month first) are read off its
// values; a hint (from the user's locale) settles what the values leave open.

export type DecimalMark = "." | ",";
export type DateOrder = "dmy" | "mdy";

const GROUP_FOR: Record<DecimalMark, string> = { ".": ",", ",": "." };

/** A number in the file's convention, or null. Percent text is the fraction ("12,5%" -> 0.125). */
export function parseCsvNumber(text: string, decimal: DecimalMark): { value: number; percent: boolean } | null {
  let s = text.trim();
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1).trimEnd();
  const group = GROUP_FOR[decimal];
  // Hungarian and other comma-decimal exports group thousands with a (no-break) space.
  const groups = decimal === "," ? `[.\\s\\u00a0\\u202f]` : `,`;
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${groups}\\d{3})+|\\d+|(?=\\${decimal}))(?:\\${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
  const m = pattern.exec(s);
  if (!m || (m[2] === "" && m[3] === undefined)) return null;
  const digits = m[2].split(group).join("").replace(/[\s\u00a0\u202f]/g, "");
  const value = Number(`${m[1]}${digits || "0"}${m[3] !== undefined ? `.${m[3]}` : ""}${m[4] !== undefined ? `e${m[4]}` : ""}`);
  if (!Number.isFinite(value)) return null;
  return { value: percent ? value / 100 : value, percent };
}

/**
 * Which decimal mark a number text shows, if any: one separator is the decimal mark when it cannot be a
 * thousands group (not exactly three digits after it, or a lone 0 or more than three digits before it),
 * and with both the last one is. "1,234" and "1.234" say nothing.
 */
export function decimalEvidence(text: string): DecimalMark | null {
  const s = text.trim().replace(/^[+-]/, "").replace(/\s*%$/, "");
  const both = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*([.,])\d+$/.exec(s);
  if (both && both[1] !== both[2]) return both[2] as DecimalMark;
  const one = /^(\d*)([.,])(\d+)$/.exec(s);
  if (!one) return null;
  const [, before, mark, after] = one;
  if (after.length !== 3 || before === "" || before === "0" || before.length > 3) return mark as DecimalMark;
  return null;
}

/** A text that reads as a number with either mark ("1,234", "1.234"): a thousand or one and a bit. */
export function isAmbiguousNumber(text: string): boolean {
  return /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/.test(text.trim());
}

/** Day-first or month-first dates: d/m/y with / . or -, two- or four-digit years. */
const DAY_MONTH = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/;
/** Year first reads one way only: 2024-03-15, 2024/03/15, 2024.03.15, Hungarian "2024. 03. 15." */
const YEAR_FIRST = /^(\d{4})([./-])\s?(\d{1,2})\2\s?(\d{1,2})\.?(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

interface DateParts {
  first: number;
  second: number;
  year: number;
}

/** The two leading numbers of a d/m/y or m/d/y date text, or null. */
function dayMonthParts(text: string): DateParts | null {
  const m = DAY_MONTH.exec(text.trim());
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return null;
  return { first, second, year: fullYear(m[4]) };
}

/** Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/** A date text as an Excel serial (1900 system), or null; `order` reads the day/month forms. */
export function parseCsvDate(text: string, order: DateOrder | null): number | null {
  const s = text.trim();
  const y = YEAR_FIRST.exec(s);
  if (y) return serialOf(Number(y[1]), Number(y[3]), Number(y[4]));
  if (order === null) return null;
  const parts = dayMonthParts(s);
  if (!parts) return null;
  return order === "dmy" ? serialOf(parts.year, parts.second, parts.first) : serialOf(parts.year, parts.first, parts.second);
}

const SERIAL_OF_1970 = 25_569;

function serialOf(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  const days = Math.round(ms / 86_400_000);
  // Excel's serials count 1900-02-29, a day that never was: from 1900-03-01 on they are one ahead.
  return days + SERIAL_OF_1970 - (days < -25_508 ? 1 : 0);
}

/** Which order a column's d/m/y texts show: a first number above 12 is a day, so is a second one. */
export function dateOrderEvidence(texts: Iterable<string>): { dmy: number; mdy: number; dates: number } {
  const seen = { dmy: 0, mdy: 0, dates: 0 };
  for (const text of texts) {
    const parts = dayMonthParts(text);
    if (!parts) continue;
    seen.dates++;
    if (parts.first > 12) seen.dmy++;
    else if (parts.second > 12) seen.mdy++;
  }
  return seen;
}
