// How one SQL engine spells names, literals and the few functions the rating needs. Everything the
// profile supplies reaches SQL through these functions, never pasted in as text.

export type Dialect = "duckdb" | "spark";
export const DIALECTS: readonly Dialect[] = ["duckdb", "spark"];

/** A column or table name: DuckDB doubles embedded double quotes, Spark doubles embedded backticks. */
export function quoteIdentifier(name: string, dialect: Dialect): string {
  if (name.includes("\u0000")) throw new RangeError(`The name "${name.split("\u0000").join("")}" holds a NUL character, which SQL cannot name.`);
  return dialect === "spark" ? "`" + name.replace(/`/g, "``") + "`" : '"' + name.replace(/"/g, '""') + '"';
}

/** "warehouse.clients" names a table in a schema: each dot-separated part quoted on its own. */
export function quoteTableName(name: string, dialect: Dialect): string {
  const parts = name.split(".");
  if (parts.some((part) => part.trim() === "")) throw new RangeError(`"${name}" is not a table name: a part between dots is empty.`);
  return parts.map((part) => quoteIdentifier(part, dialect)).join(".");
}

/**
 * A text value. DuckDB follows standard SQL: only the quote is doubled, a backslash is an ordinary
 * character. Spark SQL reads backslash escapes in every literal and joins adjacent literals ('a''b' is
 * "ab"), so the quote and the backslash are escaped with a backslash, and control characters as \uXXXX.
 */
export function stringLiteral(text: string, dialect: Dialect): string {
  if (text.includes("\u0000")) throw new RangeError("A text value holds a NUL character, which SQL text cannot hold.");
  if (dialect === "duckdb") return "'" + text.replace(/'/g, "''") + "'";
  let out = "'";
  for (const ch of text) {
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch < " " || ch === "\u007f") out += "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + "'";
}

/**
 * A DOUBLE literal that reads back as exactly this number: exponent notation is DOUBLE in both engines
 * (a plain 0.1 is a DECIMAL), and toExponential() without digits gives the shortest text that round-trips.
 */
export function doubleLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite number.`);
  const text = Math.abs(x).toExponential();
  return x < 0 || Object.is(x, -0) ? `(-${text})` : text;
}

/** A whole number (day counts), as an integer literal. */
export function integerLiteral(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${n} is not a whole number SQL can hold exactly.`);
  return n < 0 ? `(${n})` : String(n);
}

/** Whole days from 1970-01-01 to a DATE expression. */
export function daysSinceEpoch(dateSql: string, dialect: Dialect): string {
  return dialect === "spark" ? `datediff(${dateSql}, DATE '1970-01-01')` : `date_diff('day', DATE '1970-01-01', ${dateSql})`;
}

/** A cast that gives NULL instead of failing (Spark 3.2 and later have try_cast). */
export function tryCast(sql: string, type: "DOUBLE" | "DATE" | "TIMESTAMP", dialect: Dialect): string {
  return `${dialect === "spark" ? "try_cast" : "TRY_CAST"}(${sql} AS ${type})`;
}

/** Every match of `pattern` (RE2 in DuckDB, java.util.regex in Spark; the patterns we pass read the same in both) replaced. */
export function replaceAll(sql: string, pattern: string, replacement: string, dialect: Dialect): string {
  const p = stringLiteral(pattern, dialect);
  const r = stringLiteral(replacement, dialect);
  return dialect === "spark" ? `regexp_replace(${sql}, ${p}, ${r})` : `regexp_replace(${sql}, ${p}, ${r}, 'g')`;
}

/** Unicode NFC, as the core normalizes category text; Spark SQL has no such function, so text is taken as stored. */
export function nfc(sql: string, dialect: Dialect): string {
  return dialect === "spark" ? sql : `nfc_normalize(${sql})`;
}

/** The scan's own row order, for ties in the Pareto order when no order column is given. */
export function scanOrder(dialect: Dialect): string {
  return dialect === "spark" ? "monotonically_increasing_id()" : "row_number() OVER ()";
}
