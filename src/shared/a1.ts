// A1 addressing: column letters, cell and range addresses, and the rectangle every layer uses.
// Grid: https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based and inclusive: row 0 is sheet row 1, column 0 is column A. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "A", "Z", "AA", ... "XFD" for the 0-based column index. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based index of column letters, either case ("xfd" -> 16383). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for row 2, column 1 (0-based). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

/** The rectangle of `rowCount` x `columnCount` cells from (row, col), as getRangeByIndexes takes them. */
export function rectAt(row: number, col: number, rowCount: number, columnCount: number): Rect {
  return { r0: row, c0: col, r1: row + rowCount - 1, c1: col + columnCount - 1 };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function inGrid(rect: Rect): boolean {
  return rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLUMNS && rect.r0 <= rect.r1 && rect.c0 <= rect.c1;
}

/** "B2:C9", "B2" for one cell, "A:C" for whole columns, "5:9" for whole rows. */
export function formatLocal(rect: Rect): string {
  const fullColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const fullRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (fullColumns && !fullRows) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (fullRows && !fullColumns) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function parsePart(text: string): { row?: number; col?: number } | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/**
 * "B3", "$B$3:H20", "A:C", "5:9" (no sheet) as a rectangle inside the grid; null when the text is not an A1
 * reference (it may then be a defined name). A lone "A" or "5" is not a range.
 */
export function tryParseRect(local: string): Rect | null {
  const pieces = local.trim().split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const aFull = a.row !== undefined && a.col !== undefined;
  const bFull = b.row !== undefined && b.col !== undefined;
  if (pieces.length === 1 && !aFull) return null;
  if (aFull !== bFull) return null;
  if (!aFull && (a.row === undefined) !== (b.row === undefined)) return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? (a.row === undefined ? MAX_ROWS - 1 : r0);
  const c0 = a.col ?? 0;
  const c1 = b.col ?? (a.col === undefined ? MAX_COLUMNS - 1 : c0);
  const rect = { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  return inGrid(rect) ? rect : null;
}
