// Description -> SimWorkbook. Values go in through the simulator's test helper `setCells` (as a user
// types them, text kept as text with Excel's apostrophe); formats, hidden rows, tables, protection,
// names and the stored profile part go straight into the simulator's model.
import { readFileSync } from "fs";
import { join } from "path";
import { type Rect, tryParseRect } from "../../src/shared/a1";
import { SimWorkbook } from "../../src/simulator";
import { PROFILE_NS } from "../../src/excel/ownership";
import type { CellSpec, CorpusCase, SheetSpec, TableSpec, WorkbookSpec } from "./spec";
import { MILLION_CLIENTS } from "./cases-real";

type Input = string | number | boolean | null;
type Sheet = ReturnType<SimWorkbook["sheet"]>;

export async function buildCase(c: CorpusCase): Promise<SimWorkbook> {
  if (c.fixture) return SimWorkbook.fromXlsx(readFileSync(join(__dirname, "..", "fixtures", c.fixture)));
  if (c.file) return SimWorkbook.fromXlsx(await c.file());
  const spec = typeof c.build === "function" ? c.build() : c.build;
  if (spec.custom === "million-rows") return buildRows(MILLION_CLIENTS);
  if (spec.custom === "thirty-thousand-rows") return buildRows(30_000);
  return buildWorkbook(spec);
}

export function buildWorkbook(spec: WorkbookSpec): SimWorkbook {
  const wb = SimWorkbook.empty();
  for (const sheetSpec of spec.sheets) buildSheet(wb, sheetSpec);
  for (const [name, ref] of Object.entries(spec.names ?? {})) {
    const [sheet, local] = ref.split("!");
    wb.names.push({ name, ref: { sheet, rect: rectOf(local) }, comment: "", visible: true });
  }
  if (spec.protectStructure) wb.protection = { protected: true };
  if (spec.storedProfileJson !== undefined) wb.customXmlParts.push({ id: wb.newGuid(), xml: storedProfileXml(spec.storedProfileJson) });
  return wb;
}

/** The stored profile part as src/excel keeps it: JSON in CDATA under a root carrying the format version. */
function storedProfileXml(json: string): string {
  const version = /"version"\s*:\s*(\d+)/.exec(json)?.[1] ?? "1";
  return `<?xml version="1.0" encoding="UTF-8"?><clientRaterProfiles xmlns="${PROFILE_NS}" version="${version}"><![CDATA[${json}]]></clientRaterProfiles>`;
}

function buildSheet(wb: SimWorkbook, spec: SheetSpec): void {
  wb.addSheet(spec.name);
  const sheet = wb.sheet(spec.name);
  writeBlock(wb, sheet, spec.name, spec.at ?? "A1", spec.rows ?? []);
  for (const block of spec.blocks ?? []) writeBlock(wb, sheet, spec.name, block.at, block.rows);
  for (const table of spec.tables ?? []) writeTable(wb, sheet, spec.name, table);
  for (const [range, fmt] of Object.entries(spec.formats ?? {})) {
    const r = rectOf(range);
    for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) sheet.ensure(row, col).numberFormat = fmt;
  }
  for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
  if (spec.protect) sheet.protection = { protected: true, options: {} };
  if (spec.hidden) sheet.visibility = "Hidden";
  for (const col of spec.hiddenColumns ?? []) sheet.hiddenColumns.add(rectOf(`${col}1`).c0);
  for (const [col, points] of Object.entries(spec.columnWidths ?? {})) sheet.columnWidths.set(rectOf(`${col}1`).c0, points);
  if (spec.freezeRows) sheet.frozen = { rows: spec.freezeRows, columns: 0 };
  for (const cf of spec.conditionalFormats ?? []) {
    sheet.conditionalFormats.push({
      id: wb.newId("cf"),
      type: "CellValue",
      ranges: [rectOf(cf.range)],
      priority: sheet.conditionalFormats.length,
      stopIfTrue: false,
      details: { format: { fill: { color: "#FFC7CE" } }, rule: { formula1: String(cf.above), operator: "GreaterThan" } },
    });
  }
  sheet.merges = (spec.merges ?? []).map(rectOf);
  if (spec.autoFilter) sheet.autoFilter = rectOf(spec.autoFilter);
}

function writeBlock(wb: SimWorkbook, sheet: Sheet, sheetName: string, at: string, rows: CellSpec[][]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const inputs: Input[][] = rows.map((r) => Array.from({ length: width }, (_, j) => inputOf(r[j] ?? null)));
  wb.setCells(sheetName, at, inputs);
  const origin = rectOf(at);
  rows.forEach((row, i) =>
    row.forEach((spec, j) => {
      if (spec === null || typeof spec !== "object") return;
      const cell = sheet.ensure(origin.r0 + i, origin.c0 + j);
      if ("fmt" in spec) cell.numberFormat = spec.fmt;
      if ("f" in spec && spec.v !== undefined) cell.value = spec.v; // the cached result Excel saved
    }),
  );
}

function writeTable(wb: SimWorkbook, sheet: Sheet, sheetName: string, t: TableSpec): void {
  const totals: CellSpec[] = t.totalsRow ? t.headers.map((_, j) => (j === 0 ? "Total" : null)) : [];
  writeBlock(wb, sheet, sheetName, t.at, [t.headers, ...t.rows, ...(t.totalsRow ? [totals] : [])]);
  const o = rectOf(t.at);
  const rect = { r0: o.r0, c0: o.c0, r1: o.r0 + t.rows.length + (t.totalsRow ? 1 : 0), c1: o.c0 + t.headers.length - 1 };
  sheet.tables.push({ id: wb.newId("table"), name: t.name, rect, showHeaders: true, showTotals: !!t.totalsRow, style: "TableStyleMedium2" });
}

/** Text is written with Excel's leading apostrophe so "9,000" or "=1+1" stays the text the user typed. */
function inputOf(spec: CellSpec): Input {
  if (spec === null || typeof spec !== "object") return typeof spec === "string" && spec !== "" ? `'${spec}` : spec;
  if ("error" in spec) return spec.error;
  if ("f" in spec) return spec.f.startsWith("=") ? spec.f : `=${spec.f}`;
  return inputOf(spec.v);
}

/** A header and `clients` rows (1,048,575 fill the grid), written through the model for speed. */
function buildRows(clients: number): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  const sheet = wb.sheet("Clients");
  const head = ["Client", "Revenue", "Profit"];
  head.forEach((h, c) => (sheet.ensure(0, c).value = h));
  for (let i = 0; i < clients; i++) {
    const row = i + 1;
    sheet.ensure(row, 0).value = `Client ${i + 1}`;
    sheet.ensure(row, 1).value = (i * 37) % 101;
    sheet.ensure(row, 2).value = ((i * 7919) % 1000) - 100;
  }
  return wb;
}

function rectOf(a1: string): Rect {
  const rect = tryParseRect(a1);
  if (!rect) throw new Error(`Not a cell or range reference: ${a1}`);
  return rect;
}
