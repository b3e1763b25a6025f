// The PivotTables and charts of an .xlsx package, found the way a reader finds them: workbook -> sheet ->
// its relationships (pivot table parts, the drawing) -> their parts (cache definition, chart parts).
import JSZip from "jszip";
import { tryParseRect, type Rect } from "../../../src/shared/a1";

export interface FilePivot {
  sheet: string;
  name: string;
  location: Rect;
  table: string;
  cache: string;
}

export interface FileChart {
  sheet: string;
  xml: string;
}

const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

async function rels(zip: JSZip, part: string): Promise<Array<{ id: string; type: string; target: string }>> {
  const slash = part.lastIndexOf("/");
  const xml = (await zip.file(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`)?.async("string")) ?? "";
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: /\bId="([^"]*)"/.exec(m[0])?.[1] ?? "",
    type: (/\bType="([^"]*)"/.exec(m[0])?.[1] ?? "").split("/").pop() ?? "",
    target: resolve(part, unescape(/\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? "")),
  }));
}

async function sheets(zip: JSZip): Promise<Array<{ name: string; part: string }>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const links = await rels(zip, "xl/workbook.xml");
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: unescape(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ""),
    part: links.find((r) => r.id === /\br:id="([^"]*)"/.exec(m[0])?.[1])?.target ?? "",
  }));
}

export async function pivotsOf(bytes: Uint8Array): Promise<FilePivot[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: FilePivot[] = [];
  for (const sheet of await sheets(zip)) {
    for (const rel of (await rels(zip, sheet.part)).filter((r) => r.type === "pivotTable")) {
      const table = (await zip.file(rel.target)?.async("string")) ?? "";
      const cachePart = (await rels(zip, rel.target)).find((r) => r.type === "pivotCacheDefinition")?.target ?? "";
      const location = tryParseRect(/<location ref="([^"]+)"/.exec(table)?.[1] ?? "");
      if (!location) throw new Error(`${rel.target} has no location`);
      out.push({ sheet: sheet.name, name: unescape(/\bname="([^"]*)"/.exec(table)?.[1] ?? ""), location, table, cache: (await zip.file(cachePart)?.async("string")) ?? "" });
    }
  }
  return out;
}

export async function chartsOf(bytes: Uint8Array): Promise<FileChart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: FileChart[] = [];
  for (const sheet of await sheets(zip)) {
    for (const drawing of (await rels(zip, sheet.part)).filter((r) => r.type === "drawing")) {
      for (const chart of (await rels(zip, drawing.target)).filter((r) => r.type === "chart")) {
        out.push({ sheet: sheet.name, xml: (await zip.file(chart.target)?.async("string")) ?? "" });
      }
    }
  }
  return out;
}

/** The package without its sheets' drawings (the <drawing> elements go; the parts stay unreferenced): a baseline without charts. */
export async function withoutDrawings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const sheet of await sheets(zip)) {
    const xml = await zip.file(sheet.part)?.async("string");
    if (xml) zip.file(sheet.part, xml.replace(/<drawing\b[^>]*\/>/, ""));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * The cell references a chart's series read (`<c:f>`), without `$` and quotes, sorted. A series name typed in is
 * no reference (LibreOffice writes it as a text formula, `"Whale curve..."`), so it is left out.
 */
export function seriesFormulas(chartXml: string): string[] {
  return [...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => unescape(m[1])).filter((f) => !f.startsWith('"')).map((f) => f.replace(/[$']/g, "")).sort();
}
