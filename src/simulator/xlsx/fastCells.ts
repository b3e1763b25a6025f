// A fast path for plain cells (a value, no style, no formula): exceljs needs seconds per 100,000 rows
// to build and parse its cell model, so such cells bypass it. On export they are merged into the
// <sheetData> exceljs wrote; on import they are taken out of the sheet XML before exceljs parses it.
// Every other cell (styled, formula, error, rich text, dates, which are styled) still goes through exceljs.
import JSZip from "jszip";
import { columnIndex, columnLetters } from "../../shared/a1";
import { Cell, CellValue } from "../model/cell";
import { decodeOoxmlText, encodeOoxmlText } from "./ooxmlText";

export function isPlainCell(cell: Cell): boolean {
  return (
    !cell.imported && !cell.formula && !cell.error && !cell.fill && !cell.font && !cell.horizontalAlignment && !cell.wrapText &&
    (!cell.numberFormat || cell.numberFormat === "General") && cell.value !== null &&
    (typeof cell.value !== "number" || Number.isFinite(cell.value))
  );
}

// XML 1.0 forbids most control characters; Excel drops them too.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function cellXml(ref: string, value: CellValue): string {
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(encodeOoxmlText(String(value)))}</t></is></c>`;
}

export type PlainCells = Map<number, Array<[number, CellValue]>>; // row -> [column, value][]

/** Adds plain cells (zero-based row -> cells) to the sheet XML exceljs wrote. */
export function mergeSheetXml(xml: string, plain: PlainCells): string {
  if (plain.size === 0) return xml;
  const open = xml.indexOf("<sheetData");
  const selfClosing = /<sheetData\s*\/>/.exec(xml);
  let inner = "";
  let start: number;
  let end: number;
  if (selfClosing && selfClosing.index === open) {
    start = open;
    end = open + selfClosing[0].length;
  } else {
    const close = xml.indexOf("</sheetData>");
    start = open;
    end = close + "</sheetData>".length;
    inner = xml.slice(xml.indexOf(">", open) + 1, close);
  }
  const rows = new Map<number, { attrs: string; cells: Array<[number, string]> }>();
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(inner))) {
    const r = Number(/\br="(\d+)"/.exec(m[1])![1]) - 1;
    const attrs = m[1].replace(/\s*\br="\d+"/, "").replace(/\s*\bspans="[^"]*"/, "");
    const cells: Array<[number, string]> = [];
    const cellRe = /<c\b[^>]*?\br="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
    let c: RegExpExecArray | null;
    while ((c = cellRe.exec(m[2] ?? ""))) cells.push([columnIndex(c[1]), c[0]]);
    rows.set(r, { attrs, cells });
  }
  let minCol = Infinity, maxCol = -1, minRow = Infinity, maxRow = -1;
  for (const [r, list] of plain) {
    const row = rows.get(r) ?? { attrs: "", cells: [] };
    for (const [c, v] of list) row.cells.push([c, cellXml(`${columnLetters(c)}${r + 1}`, v)]);
    rows.set(r, row);
  }
  const parts: string[] = ["<sheetData>"];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(r)!;
    row.cells.sort((a, b) => a[0] - b[0]);
    if (row.cells.length) {
      minRow = Math.min(minRow, r);
      maxRow = Math.max(maxRow, r);
      minCol = Math.min(minCol, row.cells[0][0]);
      maxCol = Math.max(maxCol, row.cells[row.cells.length - 1][0]);
    }
    parts.push(`<row r="${r + 1}"${row.attrs}>`, ...row.cells.map((x) => x[1]), "</row>");
  }
  parts.push("</sheetData>");
  let out = xml.slice(0, start) + parts.join("") + xml.slice(end);
  if (maxRow >= 0) {
    const dim = `${columnLetters(minCol)}${minRow + 1}:${columnLetters(maxCol)}${maxRow + 1}`;
    out = out.replace(/<dimension ref="[^"]*"\s*\/>/, `<dimension ref="${dim}"/>`);
  }
  return out;
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const siRe = /<si>([\s\S]*?)<\/si>/g;
  let m: RegExpExecArray | null;
  while ((m = siRe.exec(xml))) {
    const body = m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    let text = "";
    const tRe = /<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g;
    let t: RegExpExecArray | null;
    while ((t = tRe.exec(body))) text += unescapeXml(t[1] ?? "");
    out.push(decodeOoxmlText(text));
  }
  return out;
}

/**
 * Removes plain cells (no style or style 0, no formula; numbers, shared/inline strings, booleans) from every
 * worksheet of the package and returns them by worksheet path ("xl/worksheets/sheet1.xml").
 * Returns null when no sheet is large enough to be worth it (small files go through exceljs entirely).
 */
export async function extractPlainCells(zip: JSZip, minimumBytes = 2_000_000): Promise<Map<string, PlainCells> | null> {
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  const big: Array<[string, string]> = [];
  for (const name of sheets) {
    const file = zip.file(name)!;
    // jszip keeps the central directory's sizes in the entry's private _data
    const size = (file as JSZip.JSZipObject & { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (size !== undefined && size < minimumBytes) continue;
    const xml = await file.async("string");
    if (xml.length >= minimumBytes) big.push([name, xml]);
  }
  if (big.length === 0) return null;
  const strings = sharedStrings(await zip.file("xl/sharedStrings.xml")?.async("string") ?? null);
  const result = new Map<string, PlainCells>();
  for (const [name, xml] of big) {
    const plain: PlainCells = new Map();
    const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
    const rewritten = xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, (sheetData) =>
      sheetData.replace(cellRe, (whole, attrs: string, body: string | undefined) => {
        if (!body || body.includes("<f")) return whole;
        const s = /\bs="(\d+)"/.exec(attrs);
        if (s && s[1] !== "0") return whole;
        const ref = /\br="([A-Z]+)(\d+)"/.exec(attrs);
        if (!ref) return whole;
        const t = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
        let value: CellValue;
        if (t === "inlineStr") value = decodeOoxmlText([...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((x) => unescapeXml(x[1])).join(""));
        else {
          const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
          if (v === undefined) return whole;
          if (t === "n") value = Number(v);
          else if (t === "s") value = strings[Number(v)] ?? "";
          else if (t === "b") value = v === "1";
          else if (t === "str") value = unescapeXml(v);
          else return whole; // errors and anything else: exceljs
        }
        const r = Number(ref[2]) - 1;
        let list = plain.get(r);
        if (!list) plain.set(r, (list = []));
        list.push([columnIndex(ref[1]), value]);
        return "";
      }),
    );
    zip.file(name, rewritten);
    result.set(name, plain);
  }
  return result;
}

/** Worksheet part path by sheet name, from xl/workbook.xml and its relationships. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id)) out.set(unescapeXml(name), targets.get(id)!);
  }
  return out;
}
