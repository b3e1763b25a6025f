// Does LibreOffice's CSV text for a cell say the same as the value the simulator holds?
// LibreOffice writes raw numbers (15 significant digits, E notation), percents as "12.5%", dates
// and times in the short US or ISO form, booleans as TRUE/FALSE.

export type SimValue = string | number | boolean | null | undefined;

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  return (Date.UTC(y, m - 1, d, hh, mm, ss) - EXCEL_EPOCH_MS) / DAY_MS;
}

/** The number LibreOffice's text stands for, or undefined when it is not a number. */
export function numberFromLibreOffice(text: string): number | undefined {
  const t = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?$/i.test(t)) return Number(t);
  const percent = /^([-+]?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?)%$/i.exec(t);
  if (percent) return Number(percent[1]) / 100;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (us) return serial(+us[3], +us[1], +us[2], +(us[4] ?? 0), +(us[5] ?? 0), +(us[6] ?? 0));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (iso) return serial(+iso[1], +iso[2], +iso[3], +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0));
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time) return (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86_400;
  return undefined;
}

export const LIBREOFFICE_ERROR = /^(#(NAME\?|VALUE!|REF!|DIV\/0!|NUM!|N\/A|NULL!)|Err:\d+)$/;

/**
 * `quoted` (when known) says LibreOffice saw a text cell: a number written as text, or text as a
 * number, differs even where both print alike. Error values print quoted, as text does.
 */
export function sameCell(value: SimValue, text: string, quoted?: boolean): boolean {
  if (value === null || value === undefined || value === "") return text === "";
  if (quoted !== undefined && !LIBREOFFICE_ERROR.test(text)) {
    const isText = typeof value === "string";
    if (quoted !== isText) return false;
  }
  if (typeof value === "boolean") return text.toUpperCase() === (value ? "TRUE" : "FALSE");
  if (typeof value === "number") {
    const n = numberFromLibreOffice(text);
    if (n === undefined) return false;
    // Dates and times print to the second; other numbers to 15 significant digits.
    const isDateOrTime = /[/:]|^\d{4}-\d{2}-\d{2}/.test(text);
    const tolerance = isDateOrTime ? 0.5 / 86_400 : Math.max(1e-12, Math.abs(value) * 1e-12);
    return Math.abs(n - value) <= tolerance;
  }
  return text === value;
}
