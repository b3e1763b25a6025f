// Writing a CSV that Excel opens right: UTF-8 with a byte order mark, the file's own delimiter and
// decimal mark, and no cell Excel would run as a formula.
import Papa from "papaparse";
import type { CsvCell, CsvFormat } from "./csvImport";
import { parseCsvDate, parseCsvNumber } from "./csvValues";

/** What a spreadsheet may read as a formula (OWASP, CSV injection): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a formula gets an apostrophe in front, as OWASP advises; numbers and dates in
 * the file's convention ("-64,77", "-5%") are left alone, they are data.
 */
export function defuseFormula(text: string, format: Pick<CsvFormat, "decimal" | "dateOrder">): string {
  if (!FORMULA_START.test(text)) return text;
  if (parseCsvNumber(text, format.decimal) || parseCsvDate(text, format.dateOrder) !== null) return text;
  return `'${text}`;
}

/** A number as the file writes them: no thousands separator, its decimal mark. */
function formatCsvNumber(value: number, decimal: CsvFormat["decimal"]): string {
  const text = String(value);
  return decimal === "," ? text.replace(".", ",") : text;
}

export function writeCsv(rows: (CsvCell | boolean)[][], format: CsvFormat): Uint8Array {
  const fields = rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      if (typeof cell === "number") return formatCsvNumber(cell, format.decimal);
      if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
      return defuseFormula(cell, format);
    }),
  );
  const text = Papa.unparse(fields, { delimiter: format.delimiter, newline: format.lineBreak, quotes: false, escapeFormulae: false });
  return new TextEncoder().encode(`\ufeff${text}${format.lineBreak}`);
}
