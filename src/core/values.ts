// Reading cells as the Excel JavaScript API hands them over (`range.values`): numbers, text,
// booleans, Excel error values and blanks. Every read says why it failed, so the model can report it.
import type { CellValue, Locale } from "./types";

type ReadFailure = "blank" | "error" | "unreadable";
export type Read<T> = { ok: true; value: T } | { ok: false; reason: ReadFailure; detail: string };

export const EXCEL_ERRORS: readonly string[] = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];
const ERROR_SET = new Set(EXCEL_ERRORS);

const blank: Read<never> = { ok: false, reason: "blank", detail: "" };

function fail(reason: ReadFailure, detail: string): Read<never> {
  return { ok: false, reason, detail };
}

/** The Excel error value a text cell holds, or null. */
function excelError(text: string): string | null {
  // Cheap first test: most text is not an error, and this runs for every text cell.
  if (text.indexOf("#") < 0) return null;
  const t = text.trim().toUpperCase();
  return ERROR_SET.has(t) ? t : null;
}

// ---------------------------------------------------------------- numbers

// Spaces Excel and locales use as thousands separators: normal, no-break, narrow no-break, thin.
const SPACES = " \u00A0\u202F\u2009";
const SPACE_CLASS = `[${SPACES}]`;

const CURRENCIES = [
  "US$", "USD", "EUR", "GBP", "JPY", "CHF", "HUF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD",
  "CNY", "INR", "RON", "Ft", "kr", "zł", "Kč", "Fr.", "$", "€", "£", "¥", "₹", "₽", "₺", "₩", "₪",
].sort((a, b) => b.length - a.length);
const CURRENCY_ALT = CURRENCIES.map((c) => c.replace(/[.$]/g, "\\$&")).join("|");
// Letter codes must not run into digits of a word ("kr" in "12kr" is fine, but a prefix needs no letter after).
const CURRENCY_PREFIX = new RegExp(`^(?:${CURRENCY_ALT})${SPACE_CLASS}*`, "i");
const CURRENCY_SUFFIX = new RegExp(`${SPACE_CLASS}*(?:${CURRENCY_ALT})$`, "i");

interface NumberPattern {
  grouped: RegExp;
  decimal: string;
}

function numberPattern(group: string, decimal: string): NumberPattern {
  const d = decimal === "." ? "\\." : decimal;
  return {
    // Either digit groups of three joined by a thousands separator, or plain digits; then a decimal part.
    grouped: new RegExp(`^(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${d}\\d+)?$`),
    decimal,
  };
}

const PATTERNS: Record<Locale, NumberPattern> = {
  en: numberPattern(`[,${SPACES}]`, "."),
  nl: numberPattern(`[.${SPACES}]`, ","),
  de: numberPattern(`[.'${SPACES}]`, ","),
  hu: numberPattern(`[.${SPACES}]`, ","),
};
const PLAIN_DOT_DECIMAL = /^\d+\.(?:\d{1,2}|\d{4,})$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?[eE][+-]?\d+$/;

/** Parses the digits part of a number text (no sign, currency or percent left) in a locale. */
function parseDigits(core: string, locale: Locale): number {
  if (core === "") return NaN;
  const pattern = PATTERNS[locale];
  if (pattern.grouped.test(core)) {
    let normal = "";
    for (const ch of core) {
      if (ch >= "0" && ch <= "9") normal += ch;
      else if (ch === pattern.decimal) normal += ".";
    }
    return normal === "" || normal === "." ? NaN : Number(normal);
  }
  // A comma-decimal sheet still holds "1234.5" when data came from a CSV or a system export;
  // read it only when it cannot be a thousands group (not exactly three digits after the dot).
  if (pattern.decimal === "," && PLAIN_DOT_DECIMAL.test(core)) return Number(core);
  if (SCIENTIFIC.test(core)) return Number(core);
  return NaN;
}

/** Reads number text: signs (leading, trailing, parentheses), currency before or after, percent. */
function parseNumberText(text: string, locale: Locale): number {
  let s = text.trim();
  let negative = false;
  let signSeen = false;
  let parenSeen = false;
  let percent = false;
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    if (!parenSeen && s.startsWith("(") && s.endsWith(")")) {
      parenSeen = true;
      negative = !negative;
      s = s.slice(1, -1).trim();
    } else if (!signSeen && /^[-−+]/.test(s)) {
      signSeen = true;
      negative = s[0] === "+" ? negative : !negative;
      s = s.slice(1).trim();
    } else if (!signSeen && /[-−]$/.test(s)) {
      signSeen = true;
      negative = !negative;
      s = s.slice(0, -1).trim();
    } else if (!percent && s.endsWith("%")) {
      percent = true;
      s = s.slice(0, -1).trim();
    } else if (CURRENCY_PREFIX.test(s)) {
      s = s.replace(CURRENCY_PREFIX, "");
    } else if (CURRENCY_SUFFIX.test(s)) {
      s = s.replace(CURRENCY_SUFFIX, "");
    }
    if (s === before) break;
  }
  let value = parseDigits(s, locale);
  if (Number.isNaN(value)) return NaN;
  if (percent) value /= 100;
  return negative ? -value : value;
}

/**
 * A number from a cell. Number cells are taken as they are: a cell formatted "0%" already holds the
 * fraction (12% is 0.12). Text is read in the locale's convention; "12%" becomes 0.12.
 * Booleans read as 1 and 0, like Excel's N().
 */
export function readNumber(cell: CellValue, locale: Locale, numberFormat?: string): Read<number> {
  void numberFormat; // number cells already carry their true value whatever the format shows
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { ok: true, value: cell } : fail("unreadable", String(cell));
  }
  if (cell === null || cell === undefined) return blank;
  if (typeof cell === "boolean") return { ok: true, value: cell ? 1 : 0 };
  if (cell.trim() === "") return blank;
  const error = excelError(cell);
  if (error) return fail("error", error);
  const value = parseNumberText(cell, locale);
  return Number.isNaN(value) ? fail("unreadable", cell) : { ok: true, value };
}

// ---------------------------------------------------------------- dates

const MS_PER_DAY = 86_400_000;
/** Days from 1900-01-00 (serial 0) to 1970-01-01, counting Excel's phantom 1900-02-29. */
const SERIAL_OF_1970 = 25_569;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/**
 * Excel serial (1900 date system) to days since 1970-01-01. Excel counts 1900-02-29, a day that
 * never was (serial 60, kept for Lotus 1-2-3 compatibility): serials from 61 on are one day ahead
 * of a true count, serials below 60 are not. Serial 60 is read as 1900-02-28, the last real day
 * before it. The time of day (the fraction) is dropped.
 */
export function serialToDays(serial: number): number {
  const whole = Math.floor(serial);
  if (whole >= 61) return whole - SERIAL_OF_1970;
  if (whole === 60) return 59 - (SERIAL_OF_1970 - 1);
  return whole - (SERIAL_OF_1970 - 1);
}

function daysFromCivil(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  // Date.UTC maps years 0-99 to 1900-1999; four-digit years are all we accept, so that cannot bite.
  return Math.floor(ms / MS_PER_DAY);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Year first is unambiguous in every locale: 2024/03/15, 2024.03.15, Hungarian "2024. 03. 15."
const YEAR_FIRST = /^(\d{4})[./]\s?(\d{1,2})[./]\s?(\d{1,2})\.?$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

/**
 * Date text: ISO (YYYY-MM-DD with optional time), year-first with dots or slashes, and
 * d.m.yyyy / d-m-yyyy / d/m/yyyy (day first) for nl, de and hu, m/d/yyyy for en.
 */
function parseDateText(text: string, locale: Locale = "en"): number | null {
  const s = text.trim();
  let m = ISO_DATE.exec(s);
  if (m) {
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return null;
    return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  m = YEAR_FIRST.exec(s);
  if (m) return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_OR_MONTH_FIRST.exec(s);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const year = Number(m[4]);
    const monthFirst = locale === "en" && m[2] === "/";
    return monthFirst ? daysFromCivil(year, first, second) : daysFromCivil(year, second, first);
  }
  return null;
}

/**
 * Day-first or month-first text whose two numbers could both be the month (01/10/2023): read by
 * the locale's convention, but another reader might have meant the other day.
 */
export function isAmbiguousDateText(text: string): boolean {
  const m = DAY_OR_MONTH_FIRST.exec(text.trim());
  if (!m) return false;
  const first = Number(m[1]);
  const second = Number(m[3]);
  return first !== second && first >= 1 && first <= 12 && second >= 1 && second <= 12;
}

/**
 * A date from a cell as whole days since 1970-01-01 UTC (time of day dropped). Numbers are Excel
 * serials (1900 system). `locale` (an addition to the contract, optional) decides d/m vs m/d text.
 */
export function readDate(cell: CellValue, numberFormat?: string, locale: Locale = "en"): Read<number> {
  void numberFormat;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0 || cell >= MAX_SERIAL + 1) return fail("unreadable", String(cell));
    return { ok: true, value: serialToDays(cell) };
  }
  if (cell === null || cell === undefined) return blank;
  if (typeof cell === "boolean") return fail("unreadable", cell ? "TRUE" : "FALSE");
  if (cell.trim() === "") return blank;
  const error = excelError(cell);
  if (error) return fail("error", error);
  const days = parseDateText(cell, locale);
  return days === null ? fail("unreadable", cell) : { ok: true, value: days };
}

// ---------------------------------------------------------------- text

/** Text from a cell, trimmed; numbers as JavaScript writes them, booleans as TRUE / FALSE. */
export function readText(cell: CellValue): Read<string> {
  if (cell === null || cell === undefined) return blank;
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { ok: true, value: String(cell) } : fail("unreadable", String(cell));
  }
  if (typeof cell === "boolean") return { ok: true, value: cell ? "TRUE" : "FALSE" };
  const text = cell.trim();
  if (text === "") return blank;
  const error = excelError(text);
  if (error) return fail("error", error);
  return { ok: true, value: text };
}

/** How category keys and appliesTo values compare: trimmed, case-insensitive, inner spaces collapsed. */
export function normalizeValue(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
