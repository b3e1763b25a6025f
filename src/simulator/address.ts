// A1-style addresses: parsing, formatting and Excel's grid limits.
// Grid: https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

type Part = { row?: number; col?: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Returns null when `local` is not an A1 reference (it may then be a defined name). */
export function tryParseRect(local: string): Rect | null {
  const pieces = local.trim().split(":");
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const aFull = a.row !== undefined && a.col !== undefined;
  const bFull = b.row !== undefined && b.col !== undefined;
  if (pieces.length === 1 && !aFull) return null; // "A" or "1" alone is not a range
  if (aFull !== bFull) return null;
  if (!aFull && (a.row === undefined) !== (b.row === undefined)) return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? (a.row === undefined ? MAX_ROWS - 1 : r0);
  const c0 = a.col ?? 0;
  const c1 = b.col ?? (a.col === undefined ? MAX_COLUMNS - 1 : c0);
  const rect = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) return null;
  return rect;
}

export function parseAddress(address: string, location: string): ParsedAddress {
  const { sheet, local } = splitSheet(address);
  const rect = tryParseRect(local);
  if (!rect) throw invalidArgument(location);
  return { sheet, rect };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function formatLocal(rect: Rect): string {
  const fullColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const fullRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (fullColumns && !fullRows) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (fullRows && !fullColumns) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${columnLetters(rect.c1)}${rect.r1 + 1}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function inGrid(rect: Rect): boolean {
  return rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLUMNS && rect.r0 <= rect.r1 && rect.c0 <= rect.c1;
}
