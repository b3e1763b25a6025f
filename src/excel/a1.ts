// A1 address arithmetic. Indices are 0-based (row 0 = sheet row 1, column 0 = column A).

/** Excel's grid: 1,048,576 rows x 16,384 columns (A to XFD). */
export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "'My sheet'" for names that need quoting, else the bare name. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface Rect {
  sheet?: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** Parses "Sheet1!$B$3:H20", "'My sheet'!A1", "=Sheet1!$K$1", "B3". */
export function parseAddress(address: string): Rect {
  let text = address.trim().replace(/^=/, "");
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const parts = text.replace(/\$/g, "").split(":");
  const a = parseCell(parts[0]);
  const b = parts.length > 1 ? parseCell(parts[1]) : { ...a };
  // Whole columns ("A:C") and whole rows ("5:9") span the grid from edge to edge.
  if (a.row === undefined || b.row === undefined) {
    a.row = 0;
    b.row = GRID_ROWS - 1;
  }
  if (a.col === undefined || b.col === undefined) {
    a.col = 0;
    b.col = GRID_COLUMNS - 1;
  }
  return {
    sheet,
    row: Math.min(a.row!, b.row!),
    col: Math.min(a.col!, b.col!),
    rowCount: Math.abs(b.row! - a.row!) + 1,
    colCount: Math.abs(b.col! - a.col!) + 1,
  };
}

/** A cell, or a bare column ("K": row undefined) or bare row ("3": col undefined). */
function parseCell(text: string): { row?: number; col?: number } {
  const m = /^([A-Za-z]+)?(\d+)?$/.exec(text);
  if (!m || (!m[1] && !m[2])) throw new Error(`Not a cell address: ${text}`);
  return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.row, r.col);
  const b = cellAddress(r.row + r.rowCount - 1, r.col + r.colCount - 1);
  return a === b ? a : `${a}:${b}`;
}
