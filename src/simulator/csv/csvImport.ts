// Opening a CSV file as Excel would: one sheet named after the file, numbers and dates typed, the header
// row kept as text. The file's conventions are detected and returned, so it can be written back alike.
import Papa from "papaparse";
import { SimWorkbook } from "../simWorkbook";
import { type DateOrder, dateOrderEvidence, decimalEvidence, type DecimalMark, isAmbiguousNumber, parseCsvDate, parseCsvNumber } from "./csvValues";

type CsvDelimiter = "," | ";" | "\t";
export type CsvCell = string | number | null;

export interface CsvFormat {
  delimiter: CsvDelimiter;
  decimal: DecimalMark;
  /** How d/m/y dates were read; null when the file has none. */
  dateOrder: DateOrder | null;
  lineBreak: "\r\n" | "\n";
  encoding: "utf-8" | "windows-1252";
}

export interface CsvHints {
  /** The user's decimal mark (from their locale), used when the numbers do not show it. */
  decimal?: DecimalMark;
  /** The user's date order, used when no date in the file shows it. */
  dateOrder?: DateOrder;
}

/** Something the user should check about how the file was read; `message` is plain English. */
interface CsvWarning {
  code: "ambiguous-dates" | "ambiguous-numbers" | "mixed-decimal-marks" | "ragged-rows" | "not-utf8" | "mixed-date-orders";
  message: string;
}

export interface CsvTable {
  sheetName: string;
  format: CsvFormat;
  /** The fields as written in the file (quotes removed), header row first. */
  text: string[][];
  /** The same rows typed as Excel would store them; the header row stays text. */
  values: CsvCell[][];
  /** Number format per cell where one applies ("yyyy-mm-dd" for dates, "0%" for percents). */
  numberFormats: (string | undefined)[][];
  warnings: CsvWarning[];
}

export class CsvError extends Error {
  override name = "CsvError";
}

const DATE_FORMAT = "yyyy-mm-dd";
const MAX_NUMBER_DIGITS = 15; // Excel keeps 15 significant digits: a longer digit run is an ID, kept as text

export function readCsv(data: Uint8Array | string, fileName: string, hints: CsvHints = {}): CsvTable {
  const { text: decoded, encoding } = typeof data === "string" ? { text: data, encoding: "utf-8" as const } : decode(data);
  const source = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const parsed = Papa.parse<string[]>(source, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: "greedy" });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) throw new CsvError(`${fileName}: a quoted field is not closed (row ${(broken.row ?? 0) + 1}); check the quotes in the file`);
  const text = parsed.data;
  if (text.length === 0) throw new CsvError(`${fileName} is empty: a CSV needs a header row and one row per client`);
  const delimiter = (parsed.meta.delimiter === ";" || parsed.meta.delimiter === "\t" ? parsed.meta.delimiter : ",") as CsvDelimiter;
  const warnings: CsvWarning[] = [];
  if (encoding === "windows-1252") {
    warnings.push({ code: "not-utf8", message: `${fileName} is not UTF-8; it was read as Windows-1252 (Western European). Check letters such as é, ő and ß` });
  }
  const headers = text[0].map((h) => h.trim());
  const ragged = text.slice(1).filter((row) => row.length !== text[0].length).length;
  if (ragged > 0) warnings.push({ code: "ragged-rows", message: `${ragged} row(s) of ${fileName} have more or fewer fields than the header row (${text[0].length})` });

  const width = Math.max(...text.map((row) => row.length));
  const columnTexts = (c: number) => text.slice(1).map((row) => (row[c] ?? "").trim()).filter((t) => t !== "");
  const columnName = (c: number) => (headers[c] ? `"${headers[c]}"` : `column ${c + 1}`);
  const decimal = chooseDecimal(width, hints, columnTexts, columnName, warnings);
  const dateOrders = chooseDateOrders(width, hints, columnTexts, columnName, warnings);
  const textColumns = new Set([...Array(width).keys()].filter((c) => columnTexts(c).some(isIdentifierText)));

  const values: CsvCell[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  text.forEach((row, r) => {
    const typedRow: CsvCell[] = [];
    const formatRow: (string | undefined)[] = [];
    for (let c = 0; c < width; c++) {
      const field = row[c] ?? "";
      if (r === 0 || textColumns.has(c)) {
        typedRow.push(field === "" ? null : field);
        continue;
      }
      const typed = typeField(field, decimal, dateOrders[c]);
      typedRow.push(typed.value);
      formatRow[c] = typed.format;
    }
    values.push(typedRow);
    numberFormats.push(formatRow);
  });
  const lineBreak = /\r\n/.test(source.slice(0, 65_536)) ? "\r\n" : "\n";
  const dateOrder = dateOrders.find((o) => o !== null) ?? null;
  return { sheetName: sheetNameFor(fileName), format: { delimiter, decimal, dateOrder, lineBreak, encoding }, text, values, numberFormats, warnings };
}

/** A workbook of one sheet holding the CSV's values, the sheet active, as Excel opens a CSV. */
export function csvWorkbook(table: CsvTable): SimWorkbook {
  const workbook = SimWorkbook.empty();
  const sheet = workbook.addSheet(table.sheetName);
  table.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = table.numberFormats[r][c];
      if (value === null && !format) return;
      const cell = sheet.ensure(r, c);
      cell.value = value;
      if (format) cell.numberFormat = format;
    }),
  );
  return workbook;
}

/** "Q3 orders.csv" -> "Q3 orders": Excel's sheet-name rules (no []:*?/\, at most 31 characters, not blank). */
export function sheetNameFor(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.(csv|tsv|txt)$/i, "");
  const name = base.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31).trim();
  return name === "" || name.toLowerCase() === "history" ? "Sheet1" : name;
}

function decode(bytes: Uint8Array): { text: string; encoding: CsvFormat["encoding"] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Excel's "CSV (Comma delimited)" on Western European Windows writes this code page.
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** A leading zero ("00123") or more digits than Excel keeps: an ID or code, which Excel would damage as a number. */
function isIdentifierText(text: string): boolean {
  return /^0\d+$/.test(text) || /^\d+$/.test(text) && text.length > MAX_NUMBER_DIGITS;
}

function typeField(field: string, decimal: DecimalMark, dateOrder: DateOrder | null): { value: CsvCell; format?: string } {
  if (field.trim() === "") return { value: null };
  const number = parseCsvNumber(field, decimal);
  if (number) return { value: number.value, format: number.percent ? percentFormat(field) : undefined };
  const serial = parseCsvDate(field, dateOrder);
  if (serial !== null) return { value: serial, format: DATE_FORMAT };
  return { value: field };
}

function percentFormat(field: string): string {
  const decimals = /[.,](\d+)\s*%$/.exec(field.trim())?.[1].length ?? 0;
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
}

function chooseDecimal(
  width: number,
  hints: CsvHints,
  columnTexts: (c: number) => string[],
  columnName: (c: number) => string,
  warnings: CsvWarning[],
): DecimalMark {
  const votes = { ".": 0, ",": 0 };
  const ambiguousColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    let ambiguous = false;
    for (const field of columnTexts(c)) {
      const mark = decimalEvidence(field);
      if (mark) votes[mark]++;
      else if (isAmbiguousNumber(field)) ambiguous = true;
    }
    if (ambiguous) ambiguousColumns.push(c);
  }
  const fallback = hints.decimal ?? ".";
  if (votes["."] > 0 && votes[","] > 0) {
    const chosen: DecimalMark = votes["."] === votes[","] ? fallback : votes["."] > votes[","] ? "." : ",";
    warnings.push({
      code: "mixed-decimal-marks",
      message: `the file writes numbers with a decimal point (${votes["."]} values) and with a decimal comma (${votes[","]} values); they were read with the decimal ${chosen === "." ? "point" : "comma"}, the others kept as text`,
    });
    return chosen;
  }
  if (votes["."] > 0) return ".";
  if (votes[","] > 0) return ",";
  if (ambiguousColumns.length > 0 && hints.decimal === undefined) {
    warnings.push({
      code: "ambiguous-numbers",
      message: `numbers such as 1,234 or 1.234 in ${ambiguousColumns.map(columnName).join(", ")} read either as thousands or with decimals; they were read with a decimal point (1,234 is one thousand two hundred thirty-four). Give --locale to read them with a decimal comma`,
    });
  }
  return fallback;
}

/** Per column: the order its d/m/y dates show, else the order the other columns show, else the hint (day first without one). */
function chooseDateOrders(
  width: number,
  hints: CsvHints,
  columnTexts: (c: number) => string[],
  columnName: (c: number) => string,
  warnings: CsvWarning[],
): (DateOrder | null)[] {
  const evidence = [...Array(width).keys()].map((c) => dateOrderEvidence(columnTexts(c)));
  const own = evidence.map((e): DateOrder | "both" | "open" | null => {
    if (e.dates === 0) return null;
    if (e.dmy > 0 && e.mdy > 0) return "both";
    return e.dmy > 0 ? "dmy" : e.mdy > 0 ? "mdy" : "open";
  });
  const shown = new Set(own.filter((o): o is DateOrder => o === "dmy" || o === "mdy"));
  const fileOrder: DateOrder | null = shown.size === 1 ? [...shown][0] : null;
  const assumed: DateOrder = fileOrder ?? hints.dateOrder ?? "dmy";
  const open = own.flatMap((o, c) => (o === "open" ? [c] : []));
  if (open.length > 0 && fileOrder === null) {
    const words = assumed === "dmy" ? "day/month (03/01 is 3 January)" : "month/day (03/01 is March 1)";
    warnings.push({
      code: "ambiguous-dates",
      message: `the dates in ${open.map(columnName).join(", ")} read either way round (no day above 12); they were read as ${words}. If that is wrong, give --date-order ${assumed === "dmy" ? "mdy" : "dmy"}`,
    });
  }
  const mixed = own.flatMap((o, c) => (o === "both" ? [c] : []));
  if (mixed.length > 0) {
    warnings.push({ code: "mixed-date-orders", message: `the dates in ${mixed.map(columnName).join(", ")} are written both day first and month first; they were kept as text` });
  }
  return own.map((o) => (o === null || o === "both" ? null : o === "open" ? assumed : o));
}
