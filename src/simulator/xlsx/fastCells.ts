// A fast import path for plain cells (a value, no style, no formula): exceljs needs seconds per 100,000 rows
// to build and parse its cell model, so such cells are taken out of the sheet XML before exceljs parses it.
// Every other cell (styled, formula, error, rich text, dates, which are styled) still goes through exceljs.
// (Export writes cells straight: cellXml.ts and sheetData.ts.)
import JSZip from "jszip";
import { columnIndex } from "../../shared/a1";
import { CellValue } from "../model/cell";
import { decodeOoxmlText } from "./ooxmlText";
import { partText } from "./zipPackage";

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

type PlainCells = Map<number, Array<[number, CellValue]>>; // row -> [column, value][]

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
    const xml = (await partText(zip, name))!;
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
