// The PivotTable and charts a rating makes are real parts of the .xlsx the simulator writes (what the command
// line and the workbench's Download save): placed where the add-in put them, reading the cells the add-in
// pointed them at, in the file again after a second rating exactly as after the first.
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rateWorkbook } from "../../src/excel";
import { formatLocal, type Rect } from "../../src/shared/a1";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { pivotOnOtherSheet } from "../corpus/files";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample-clients.xlsx");
const RATING_DATE = "2023-01-15";

async function rated(input: Uint8Array): Promise<{ workbook: SimWorkbook; bytes: Uint8Array }> {
  const workbook = await SimWorkbook.fromXlsx(input);
  const host = createExcelHost(workbook);
  await host.run((context) => rateWorkbook(context, { ratingDate: RATING_DATE, isSetSupported: (set, v) => host.office.context.requirements.isSetSupported(set, v) }));
  return { workbook, bytes: await workbook.toXlsx() };
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir && /^xl\/(pivotTables|pivotCache|charts|drawings)\//.test(n)).sort()) {
    parts.set(name, await zip.file(name)!.async("string"));
  }
  return parts;
}

/** "Pareto!$X$2:$X$51" as the model's series reference to it. */
const formula = (sheet: string, r: Rect) => `${sheet}!${formatLocal(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;

describe("a rated sample workbook saved by the simulator", () => {
  let first: { workbook: SimWorkbook; bytes: Uint8Array };
  let parts: Map<string, string>;
  beforeAll(async () => {
    first = await rated(fs.readFileSync(SAMPLE));
    parts = await partsOf(first.bytes);
  });

  test("holds one PivotTable and three charts, and no sheet made up for the simulator", async () => {
    expect([...parts.keys()].filter((p) => /^xl\/pivotTables\/[^/]+\.xml$/.test(p))).toEqual(["xl/pivotTables/pivotTable1.xml"]);
    expect([...parts.keys()].filter((p) => /^xl\/charts\/[^/]+\.xml$/.test(p))).toHaveLength(3);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(Buffer.from(first.bytes) as unknown as ArrayBuffer);
    expect(xl.worksheets.map((w) => w.name)).toEqual(first.workbook.sheetNames());
    expect(first.workbook.sheetNames().filter((n) => /simulator/i.test(n))).toEqual([]);
  });

  test("the PivotTable sits where the add-in rendered it, over its source, with rows Grade and the three data fields as asked", () => {
    const pivot = first.workbook.sheet("Pareto").pivots[0];
    const table = parts.get("xl/pivotTables/pivotTable1.xml")!;
    const cache = parts.get("xl/pivotCache/pivotCacheDefinition1.xml")!;
    expect(/<location ref="([^"]+)"/.exec(table)?.[1]).toBe(formatLocal(pivot.outputRect!));
    expect(cache).toContain(`<worksheetSource ref="${formatLocal(pivot.source.rect)}" sheet="${pivot.source.sheet}"/>`);
    expect(cache).toMatch(/refreshOnLoad="1"/);
    const fields = [...cache.matchAll(/<cacheField name="([^"]*)"/g)].map((m) => m[1]);
    const gradeIndex = fields.indexOf(pivot.rowFields[0]);
    expect(gradeIndex).toBeGreaterThan(0);
    expect(table).toContain(`<rowFields count="1"><field x="${gradeIndex}"/></rowFields>`);
    const gradeItems = /<cacheField name="Grade" numFmtId="0"><sharedItems[^>]*>(.*?)<\/sharedItems>/.exec(cache)?.[1];
    expect(gradeItems).toBe('<s v="A"/><s v="B"/><s v="C"/><s v="D"/>');
    const dataFields = [...table.matchAll(/<dataField name="([^"]*)" fld="(\d+)" subtotal="(\w+)"(?: showDataAs="(\w+)")?/g)].map((m) => [m[1], fields[Number(m[2])], m[3], m[4] ?? "normal"]);
    expect(dataFields).toEqual(pivot.dataFields.map((d) => [d.name, d.field, d.summarizeBy.toLowerCase(), d.showAs.calculation === "PercentOfGrandTotal" ? "percentOfTotal" : "normal"]));
    expect(dataFields.map((d) => d[2])).toEqual(["count", "sum", "sum"]);
  });

  test("the Pareto chart is columns with the cumulative share and the target as lines on a secondary axis, between H17 and O33", () => {
    const chart = first.workbook.sheet("Pareto").charts[0];
    const xml = parts.get("xl/charts/chart1.xml")!;
    const bar = /<c:barChart>([\s\S]*?)<\/c:barChart>/.exec(xml)?.[1] ?? "";
    const line = /<c:lineChart>([\s\S]*?)<\/c:lineChart>/.exec(xml)?.[1] ?? "";
    expect(bar.match(/<c:ser>/g)).toHaveLength(1);
    expect(line.match(/<c:ser>/g)).toHaveLength(2);
    expect(bar).toContain(`<c:f>${formula("Pareto", chart.series[0].refs!.values!.rect)}</c:f>`);
    expect(line).toContain(`<c:f>${formula("Pareto", chart.series[1].refs!.values!.rect)}</c:f>`);
    const barAxes = [...bar.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    const lineAxes = [...line.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(lineAxes).not.toEqual(barAxes);
    const secondaryValueAxis = new RegExp(`<c:valAx><c:axId val="${lineAxes[1]}"/>[\\s\\S]*?<c:axPos val="r"/>[\\s\\S]*?<c:crosses val="max"/>`);
    expect(xml).toMatch(secondaryValueAxis);
    expect(xml).toContain(`<a:t>${chart.title.text}</a:t>`);
    const drawing = parts.get("xl/drawings/drawing1.xml")!;
    expect(drawing).toMatch(/<xdr:from><xdr:col>7<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>16<\/xdr:row>/);
    expect(drawing).toMatch(/<xdr:to><xdr:col>15<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>33<\/xdr:row>/);
  });

  test("the whale curve is a line over ranks, and the Focus sheet's chart a scatter of score against value with axis titles", () => {
    const whale = parts.get("xl/charts/chart2.xml")!;
    expect(whale).toContain("<c:lineChart>");
    expect(whale).toMatch(/<c:cat><c:numRef><c:f>Pareto!\$W\$\d+:\$W\$\d+<\/c:f>/);
    const focus = first.workbook.sheet("Focus").charts[0];
    const scatter = parts.get("xl/charts/chart3.xml")!;
    expect(scatter.match(/<c:ser>/g)).toHaveLength(focus.series.length);
    expect(scatter.match(/<c:valAx>/g)).toHaveLength(2);
    expect(scatter).toContain(`<a:t>${focus.axes["Category/Primary"].title.text}</a:t>`);
    expect(scatter).toContain(`<a:t>${focus.axes["Value/Primary"].title.text}</a:t>`);
    expect(scatter).toMatch(/<c:xVal><c:numRef><c:f>Focus!\$[A-Z]+\$2:/);
  });

  test("rating the saved file again writes the same PivotTable, charts and drawings", async () => {
    const again = await rated(first.bytes);
    expect(again.workbook.sheetNames()).toEqual(first.workbook.sheetNames());
    expect(await partsOf(again.bytes)).toEqual(parts);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(Buffer.from(again.bytes) as unknown as ArrayBuffer);
    expect(xl.getWorksheet("Pareto")?.getCell("Q2").value).toBe(first.workbook.cell("Pareto", "Q2").value);
  });
});

test("a PivotTable already in the file is kept beside the one the rating adds, each with its own cache id", async () => {
  const { workbook, bytes } = await rated(await pivotOnOtherSheet());
  const zip = await JSZip.loadAsync(bytes);
  const tables = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/pivotTables\/[^/]+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
  expect(tables.map((t) => /name="([^"]+)"/.exec(t)?.[1]).sort()).toEqual(["ClientRaterPivot", "PivotTable1"]);
  const caches = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<pivotCache cacheId="(\d+)"/g)].map((m) => m[1]);
  expect(caches.sort()).toEqual(["1", "2"]);
  expect(tables.map((t) => /cacheId="(\d+)"/.exec(t)?.[1]).sort()).toEqual(["1", "2"]);
  expect(workbook.droppedOnExport).toEqual([]);
});
