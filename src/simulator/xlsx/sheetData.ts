// A worksheet's <sheetData> written straight from the model (cells by cellXml.ts, row height and hidden rows as
// row attributes) into the sheet XML exceljs wrote for everything else: views, columns, merges, conditional
// formats, tables, and the few cells left to exceljs (see leftToExceljs), whose rows are merged cell by cell.
import { columnIndex, columnLetters } from "../../shared/a1";
import { SheetModel } from "../model/sheet";
import { Cell } from "../model/cell";
import { ByteWriter } from "./byteWriter";
import { cellXml, isStraightCell } from "./cellXml";

/** Whether exceljs writes the cell: the few cells isStraightCell leaves to it, and table cells (exceljs rewrites a table's cells). */
export function leftToExceljs(sheet: SheetModel, r: number, c: number, cell: Cell): boolean {
  if (!isStraightCell(cell)) return true;
  for (const t of sheet.tables) if (r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1) return true;
  return false;
}

interface ExceljsRow {
  attrs: string;
  cells: Array<[number, string]>;
}

/** The rows exceljs wrote in its <sheetData> (zero-based row -> attributes other than r and spans, and cells). */
function exceljsRows(sheetData: string): Map<number, ExceljsRow> {
  const rows = new Map<number, ExceljsRow>();
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(sheetData))) {
    const r = Number(/\br="(\d+)"/.exec(m[1])![1]) - 1;
    const attrs = m[1].replace(/\s*\br="\d+"/, "").replace(/\s*\bspans="[^"]*"/, "");
    const cells: Array<[number, string]> = [];
    const cellRe = /<c\b[^>]*?\br="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
    let c: RegExpExecArray | null;
    while ((c = cellRe.exec(m[2] ?? ""))) cells.push([columnIndex(c[1]), c[0]]);
    rows.set(r, { attrs, cells });
  }
  return rows;
}

/** A row only the model has cells in, as XML with its first and last written column; null when it writes no cell. */
function ownRow(sheet: SheetModel, r: number, cells: Map<number, Cell>, styleIdOf: (cell: Cell) => number, letters: string[]): { xml: string; c0: number; c1: number } | null {
  const rowNumber = r + 1;
  let xml = "";
  let c0 = -1;
  let c1 = -1;
  for (const c of sortedKeys(cells)) {
    const cell = cells.get(c)!;
    if (leftToExceljs(sheet, r, c, cell)) continue;
    const cellText = cellXml(`${(letters[c] ??= columnLetters(c))}${rowNumber}`, cell, styleIdOf(cell));
    if (!cellText) continue;
    if (c0 < 0) c0 = c;
    c1 = c;
    xml += cellText;
  }
  return c0 < 0 ? null : { xml: `<row r="${rowNumber}"${rowAttributes(sheet, r)}>${xml}</row>`, c0, c1 };
}

/** A row's columns in order; rows are mostly filled left to right, so the sort is seldom needed. */
function sortedKeys(cells: Map<number, Cell>): number[] {
  const keys = [...cells.keys()];
  for (let i = 1; i < keys.length; i++) if (keys[i] < keys[i - 1]) return keys.sort((a, b) => a - b);
  return keys;
}

function rowAttributes(sheet: SheetModel, r: number): string {
  const height = sheet.rowHeights.get(r);
  return `${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}${sheet.hiddenRows.has(r) ? ` hidden="1"` : ""}`;
}

/**
 * The sheet XML exceljs wrote, as UTF-8, with the model's cells in its <sheetData> and <dimension> covering them.
 * `styleIdOf` gives a cell's index in styles.xml (0 for none).
 */
export function writeSheetXml(exceljsXml: string, sheet: SheetModel, styleIdOf: (cell: Cell) => number): Uint8Array {
  const open = exceljsXml.indexOf("<sheetData");
  const selfClosing = /<sheetData\s*\/>/.exec(exceljsXml);
  let theirs = new Map<number, ExceljsRow>();
  let end: number;
  if (selfClosing && selfClosing.index === open) end = open + selfClosing[0].length;
  else {
    const close = exceljsXml.indexOf("</sheetData>");
    end = close + "</sheetData>".length;
    theirs = exceljsRows(exceljsXml.slice(exceljsXml.indexOf(">", open) + 1, close));
  }
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  const body = new ByteWriter(1 << 20);
  body.write("<sheetData>");
  const letters: string[] = [];
  const rowIndexes = new Set([...sheet.rows.keys(), ...sheet.hiddenRows, ...sheet.rowHeights.keys(), ...theirs.keys()]);
  for (const r of [...rowIndexes].sort((a, b) => a - b)) {
    const cells = sheet.rows.get(r);
    const other = theirs.get(r);
    if (cells && !other) {
      const row = ownRow(sheet, r, cells, styleIdOf, letters);
      if (row) {
        body.write(row.xml);
        if (r < r0) r0 = r;
        r1 = r;
        if (row.c0 < c0) c0 = row.c0;
        if (row.c1 > c1) c1 = row.c1;
        continue;
      }
    }
    const written: Array<[number, string]> = [];
    if (cells) {
      const rowNumber = r + 1;
      for (const c of sortedKeys(cells)) {
        const cell = cells.get(c)!;
        if (leftToExceljs(sheet, r, c, cell)) continue;
        const xml = cellXml(`${(letters[c] ??= columnLetters(c))}${rowNumber}`, cell, styleIdOf(cell));
        if (xml) written.push([c, xml]);
      }
    }
    if (other?.cells.length) {
      // a merged area's cells exceljs adds sit beside the model's own: the model's cell is the one written
      const taken = new Set(written.map(([c]) => c));
      written.push(...other.cells.filter(([c]) => !taken.has(c)));
      written.sort((a, b) => a[0] - b[0]);
    }
    const attrs = `${other?.attrs ?? ""}${rowAttributes(sheet, r)}`;
    if (written.length === 0) {
      if (attrs) body.write(`<row r="${r + 1}"${attrs}/>`);
      continue;
    }
    if (r < r0) r0 = r;
    r1 = r;
    if (written[0][0] < c0) c0 = written[0][0];
    if (written[written.length - 1][0] > c1) c1 = written[written.length - 1][0];
    let row = `<row r="${r + 1}"${attrs}>`;
    for (const [, xml] of written) row += xml;
    body.write(row + "</row>");
  }
  body.write("</sheetData>");
  let head = exceljsXml.slice(0, open);
  if (r1 >= 0) head = head.replace(/<dimension ref="[^"]*"\s*\/>/, `<dimension ref="${columnLetters(c0)}${r0 + 1}:${columnLetters(c1)}${r1 + 1}"/>`);
  const encoder = new TextEncoder();
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(exceljsXml.slice(end));
  const sheetData = body.bytes();
  const out = new Uint8Array(headBytes.length + sheetData.length + tailBytes.length);
  out.set(headBytes, 0);
  out.set(sheetData, headBytes.length);
  out.set(tailBytes, headBytes.length + sheetData.length);
  return out;
}
