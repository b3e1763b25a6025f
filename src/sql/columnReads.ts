// How a typed column of the SQL table becomes what the core reads from a cell (src/core/values.ts):
// a number, a day count or a category key, NULL where the core finds the cell blank or unreadable.
//
// - number columns (DOUBLE, DECIMAL, INTEGER, BOOLEAN): the value; NULL, NaN and infinities are missing.
// - text columns (VARCHAR): numbers only when the engine's cast reads the whole text as a number
//   ("1234.5", " 12 ", "1e5"; not "1,234" or "12%", which the core's locale reading would take);
//   dates only as ISO text (2024-06-30, with or without a time); category keys as the core makes them.
// - date columns (DATE, TIMESTAMP): the calendar day, time of day dropped.
// - number columns read as dates are Excel serial numbers (1900 system), as core's serialToDays reads them.
import { EXCEL_ERRORS } from "../core";
import { normalizeValue } from "../core/values";
import { daysSinceEpoch, integerLiteral, nfc, replaceAll, stringLiteral, tryCast, type Dialect } from "./dialect";

export type ColumnKind = "number" | "text" | "date" | "unknown";

/** JavaScript's \s and String.prototype.trim set, spelled for RE2 and java.util.regex alike. */
const JS_SPACE = "[\\t\\n\\x{000B}\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]";

/** The column's value as a DOUBLE, or NULL; not yet checked for NaN and infinities (see finite()). */
export function numberRead(column: string, kind: ColumnKind, dialect: Dialect): string {
  if (kind === "number") return `CAST(${column} AS DOUBLE)`;
  if (kind === "date") return "CAST(NULL AS DOUBLE)";
  return tryCast(column, "DOUBLE", dialect);
}

/** NaN and infinities are unreadable to the core: `x - x = 0` holds only for finite x in both engines. */
export function finite(sql: string): string {
  return `CASE WHEN ${sql} - ${sql} = 0 THEN ${sql} END`;
}

const SERIAL_OF_1970 = 25_569;
const MAX_SERIAL = 2_958_465;

/** Days since 1970-01-01 of the cell, as core's readDate gives them. */
export function daysRead(column: string, kind: ColumnKind, dialect: Dialect): string {
  if (kind === "date") return daysSinceEpoch(`CAST(${column} AS DATE)`, dialect);
  if (kind === "number") {
    const serial = `CAST(${column} AS DOUBLE)`;
    const whole = `floor(${serial})`;
    // serialToDays: Excel counts a 1900-02-29 that never was, so serials from 61 on are a day ahead.
    return (
      `CASE WHEN ${serial} >= 0 AND ${serial} < ${integerLiteral(MAX_SERIAL + 1)} THEN ` +
      `CASE WHEN ${whole} >= 61 THEN ${whole} - ${integerLiteral(SERIAL_OF_1970)} ` +
      `WHEN ${whole} = 60 THEN ${integerLiteral(59 - (SERIAL_OF_1970 - 1))} ` +
      `ELSE ${whole} - ${integerLiteral(SERIAL_OF_1970 - 1)} END END`
    );
  }
  const asDate = `COALESCE(${tryCast(column, "DATE", dialect)}, CAST(${tryCast(column, "TIMESTAMP", dialect)} AS DATE))`;
  return daysSinceEpoch(asDate, dialect);
}

/** The category key of the cell as core's normalizeValue makes it: NFC, trimmed, inner spaces one space, lower case. */
export function textKeyRead(column: string, kind: ColumnKind, dialect: Dialect): string {
  const text = kind === "text" ? column : `CAST(${column} AS ${dialect === "spark" ? "STRING" : "VARCHAR"})`;
  const trimmed = replaceAll(nfc(text, dialect), `^${JS_SPACE}+|${JS_SPACE}+$`, "", dialect);
  return `lower(${replaceAll(trimmed, `${JS_SPACE}+`, " ", dialect)})`;
}

/** A key the core counts as missing becomes NULL: blank text and Excel error values such as #N/A (readText). */
export function presentKey(key: string, dialect: Dialect): string {
  const errors = EXCEL_ERRORS.map((e) => stringLiteral(e, dialect)).join(", ");
  return `CASE WHEN ${key} = '' OR upper(${key}) IN (${errors}) THEN NULL ELSE ${key} END`;
}

/**
 * A number column compared with category keys: the core reads the number as JavaScript writes it
 * (String(35) is "35"), so a key matches the number it is the canonical text of.
 */
export function numberKeyOf(key: string): number | null {
  const normal = normalizeValue(key);
  const x = Number(normal);
  return normal !== "" && Number.isFinite(x) && String(x).toLowerCase() === normal ? x : null;
}
