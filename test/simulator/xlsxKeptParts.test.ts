// Data validation rules, PivotTables and an .xlsm's VBA project carried from the imported file into the
// saved one (xlsx/keptParts.ts): each element where the schema puts it, rules moved with inserted columns.
import JSZip from "jszip";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { macroWorkbook, pivotOnOtherSheet, validationAndTooltips } from "../corpus/files";

/** The top-level children of a part's root element, in order (nested elements such as a rule's <extLst> skipped). */
function topLevel(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.replace(/<\?[^>]*\?>/g, "").matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 1) out.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return out;
}

// CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99), the part that matters here.
const SHEET_ORDER = ["sheetData", "sheetProtection", "autoFilter", "mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks", "pageMargins", "pageSetup", "drawing", "tableParts", "extLst"];

async function sheetXml(bytes: Uint8Array, part = "xl/worksheets/sheet1.xml"): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async("string");
}

test("validation rules are written after the conditional formats (data bars carry their own extLst) and before the links", async () => {
  const wb = await SimWorkbook.fromXlsx(await validationAndTooltips());
  await createExcelHost(wb).run(async (context) => {
    const range = context.workbook.worksheets.getItem("Clients").getRange("B2:B5");
    range.conditionalFormats.add("DataBar");
    await context.sync();
  });
  const order = topLevel(await sheetXml(await wb.toXlsx())).filter((t) => SHEET_ORDER.includes(t));
  const ranks = order.map((t) => SHEET_ORDER.indexOf(t));
  expect(order).toContain("dataValidations");
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test("a rule whose cells are all deleted goes with them", async () => {
  const wb = await SimWorkbook.fromXlsx(await validationAndTooltips());
  await createExcelHost(wb).run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Clients");
    sheet.getRange("A:A").insert("Right");
    sheet.getRange("C:C").delete("Left"); // Revenue, now in C, with its whole-number rule
    await context.sync();
  });
  const sqrefs = [...(await sheetXml(await wb.toXlsx())).matchAll(/<dataValidation\b[^>]*\bsqref="([^"]*)"/g)].map((m) => m[1]);
  expect(sqrefs).toEqual([]); // the whole-number rule on Revenue went with its cells
});

test("a drop-down kept in the sheet's extLst moves with its cells and its xm prefix stays declared", async () => {
  const wb = await SimWorkbook.fromXlsx(await validationAndTooltips());
  await createExcelHost(wb).run(async (context) => {
    context.workbook.worksheets.getItem("Clients").getRange("A:A").insert("Right");
    await context.sync();
  });
  const xml = await sheetXml(await wb.toXlsx());
  const ext = /<ext\b[^>]*\{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF\}[\s\S]*?<\/ext>/.exec(xml)?.[0] ?? "";
  expect(/<xm:sqref>([^<]*)</.exec(ext)?.[1]).toBe("E2:E5");
  expect(/<worksheet\b[^>]*xmlns:xm=/.test(xml) || /<ext\b[^>]*xmlns:xm=/.test(ext)).toBe(true);
  expect(topLevel(xml).filter((t) => t === "extLst")).toHaveLength(1);
});

test("a PivotTable on an untouched sheet is kept with its cache, records and the workbook's cache id", async () => {
  const wb = await SimWorkbook.fromXlsx(await pivotOnOtherSheet());
  const zip = await JSZip.loadAsync(await wb.toXlsx());
  const files = Object.keys(zip.files);
  expect(files.filter((f) => /pivot(Table|CacheDefinition|CacheRecords)\d*\.xml$/.test(f)).sort()).toEqual([
    "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/pivotTables/pivotTable1.xml",
  ]);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbook).toMatch(/<pivotCaches><pivotCache cacheId="1" r:id="[^"]+"\/><\/pivotCaches>/);
  expect(wb.droppedOnExport).toEqual([]);
});

test("a PivotTable on a sheet whose columns moved is not kept with a stale location, and is named as dropped", async () => {
  const wb = await SimWorkbook.fromXlsx(await pivotOnOtherSheet());
  await createExcelHost(wb).run(async (context) => {
    context.workbook.worksheets.getItem("Summary").getRange("A:A").insert("Right");
    await context.sync();
  });
  await wb.toXlsx();
  expect(wb.droppedOnExport).toEqual(expect.arrayContaining([expect.stringMatching(/^PivotTables \(1 of 1\)/)]));
});

test("an .xlsm stays macro-enabled with its VBA project; its relationship and content type are there", async () => {
  const wb = await SimWorkbook.fromXlsx(await macroWorkbook());
  expect(wb.macroEnabled).toBe(true);
  const zip = await JSZip.loadAsync(await wb.toXlsx());
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types.match(/PartName="\/xl\/workbook\.xml"/g)).toHaveLength(1);
  expect(types).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/relationships\/vbaProject" Target="vbaProject\.bin"/);
  expect(zip.file("xl/vbaProject.bin")).not.toBeNull();
});
