// A file made by Excel, changed through the API and saved: what exceljs cannot write (the picture, the
// external workbook link behind `[1]` references, names that refer to it) is copied from the original.
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { insertDrawingElement } from "../../src/simulator/xlsx/carryOver";

const FIXTURE = join(__dirname, "..", "fixtures", "excel-kpi-dashboard.xlsx");
const SHEET = "Invoice Timelines";

interface Package {
  files: string[];
  text(path: string): Promise<string>;
}

async function open(bytes: Uint8Array | Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    files: Object.keys(zip.files).filter((f) => !f.endsWith("/")).sort(),
    text: async (path) => (await zip.file(path)?.async("string")) ?? "",
  };
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const anchorColumn = (drawingXml: string) => Number(/<xdr:from><xdr:col>(\d+)<\/xdr:col>/.exec(drawingXml)?.[1]);

async function changedAndSaved(change: (sheet: Excel.Worksheet) => void): Promise<{ wb: SimWorkbook; out: Package }> {
  const wb = await SimWorkbook.fromXlsx(readFileSync(FIXTURE));
  await createExcelHost(wb).run(async (context) => {
    change(context.workbook.worksheets.getItem(SHEET));
    await context.sync();
  });
  return { wb, out: await open(await wb.toXlsx()) };
}

describe("parts exceljs drops are kept from the imported file", () => {
  let original: Package;
  beforeAll(async () => {
    original = await open(readFileSync(FIXTURE));
  });

  test("the picture: drawing, both media files, the sheet's <drawing> and content types", async () => {
    const { out } = await changedAndSaved((sheet) => (sheet.getRange("N2").values = [["rated"]]));
    expect(out.files.filter((f) => /^xl\/(media|drawings)\//.test(f))).toEqual(original.files.filter((f) => /^xl\/(media|drawings)\//.test(f)));
    const sheetXml = await out.text("xl/worksheets/sheet1.xml");
    const id = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
    expect(await out.text("xl/worksheets/_rels/sheet1.xml.rels")).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    const types = await out.text("[Content_Types].xml");
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(types).toMatch(/Extension="svg"/);
    expect(await out.text("xl/drawings/drawing1.xml")).toBe(await original.text("xl/drawings/drawing1.xml"));
  });

  test("the external link, its relationship and <externalReferences>, so [1] in formulas still resolves", async () => {
    const { out } = await changedAndSaved((sheet) => (sheet.getRange("N2").values = [["rated"]]));
    expect(out.files.filter((f) => f.startsWith("xl/externalLinks/"))).toEqual(original.files.filter((f) => f.startsWith("xl/externalLinks/")));
    const workbookXml = await out.text("xl/workbook.xml");
    const id = /<externalReferences><externalReference r:id="([^"]+)"\/><\/externalReferences>/.exec(workbookXml)?.[1];
    expect(await out.text("xl/_rels/workbook.xml.rels")).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink"`);
    expect(await out.text("[Content_Types].xml")).toContain('PartName="/xl/externalLinks/externalLink1.xml"');
    expect(workbookXml.indexOf("<externalReferences>")).toBeLessThan(workbookXml.indexOf("<definedNames>"));
  });

  test("defined names that refer to the external workbook, workbook- and sheet-scoped", async () => {
    const { wb, out } = await changedAndSaved(() => undefined);
    const names = (xml: string) => [...xml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"(?: localSheetId="(\d+)")?/g)].map((m) => `${m[1]}@${m[2] ?? "*"}`).sort();
    expect(names(await out.text("xl/workbook.xml"))).toEqual(names(await original.text("xl/workbook.xml")));
    expect(wb.findName("Sold_to_Group_Name")?.formula).toBe("=[1]working!$G:$G");
  });

  test("a name deleted through the API stays deleted", async () => {
    const { out } = await changedAndSaved(() => undefined);
    expect(await out.text("xl/workbook.xml")).toContain('name="Sold_to_Group_Name"');
    const wb = await SimWorkbook.fromXlsx(readFileSync(FIXTURE));
    await createExcelHost(wb).run(async (context) => {
      context.workbook.names.getItem("Sold_to_Group_Name").delete();
      await context.sync();
    });
    expect(await (await open(await wb.toXlsx())).text("xl/workbook.xml")).not.toContain('name="Sold_to_Group_Name"');
  });

  test("the picture moves with inserted columns, as Excel moves it", async () => {
    const { out } = await changedAndSaved((sheet) => sheet.getRange("A:B").insert("Right"));
    expect(anchorColumn(await out.text("xl/drawings/drawing1.xml"))).toBe(anchorColumn(await original.text("xl/drawings/drawing1.xml")) + 2);
  });

  test("saving the saved file again keeps everything once (no duplicated parts or references)", async () => {
    const { out } = await changedAndSaved(() => undefined);
    const again = await SimWorkbook.fromXlsx(await (await changedAndSaved(() => undefined)).wb.toXlsx());
    const second = await open(await again.toXlsx());
    expect(second.files).toEqual(out.files);
    const workbookXml = await second.text("xl/workbook.xml");
    expect(count(workbookXml, /<externalReference /g)).toBe(1);
    expect(count(await second.text("xl/worksheets/sheet1.xml"), /<drawing /g)).toBe(1);
  });

  test("the printer settings part behind <pageSetup r:id>", async () => {
    const { out } = await changedAndSaved(() => undefined);
    const id = /<pageSetup r:id="([^"]+)"/.exec(await out.text("xl/worksheets/sheet1.xml"))?.[1];
    expect(await out.text("xl/worksheets/_rels/sheet1.xml.rels")).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"`);
    expect(out.files).toContain("xl/printerSettings/printerSettings1.bin");
  });

  test("what cannot be kept is reported; a new workbook reports nothing", async () => {
    const { wb } = await changedAndSaved(() => undefined);
    expect(wb.droppedOnExport).toEqual([]);
    const deleted = await SimWorkbook.fromXlsx(readFileSync(FIXTURE));
    await createExcelHost(deleted).run(async (context) => {
      context.workbook.worksheets.add("Other");
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    await deleted.toXlsx();
    expect(deleted.droppedOnExport).toEqual(expect.arrayContaining(["pictures (2 of 2)", "printer settings (1 of 1)"]));
    const fresh = SimWorkbook.empty();
    fresh.addSheet("S");
    await fresh.toXlsx();
    expect(fresh.droppedOnExport).toEqual([]);
  });
});

describe("where the kept <drawing> goes in the sheet XML (schema order)", () => {
  const cf = '<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar/><extLst><ext/></extLst></cfRule></conditionalFormatting>';
  test("after page setup, not into a conditional format's own <extLst>", () => {
    const xml = `<worksheet><sheetData/>${cf}<pageMargins left="0.7"/><pageSetup orientation="portrait"/><tableParts count="1"/><extLst><ext/></extLst></worksheet>`;
    expect(insertDrawingElement(xml, "r1")).toBe(`<worksheet><sheetData/>${cf}<pageMargins left="0.7"/><pageSetup orientation="portrait"/><drawing r:id="r1"/><tableParts count="1"/><extLst><ext/></extLst></worksheet>`);
  });
  test("without page setup: before the worksheet's own <extLst>", () => {
    const xml = `<worksheet><sheetData/>${cf}<extLst><ext/></extLst></worksheet>`;
    expect(insertDrawingElement(xml, "r1")).toBe(`<worksheet><sheetData/>${cf}<drawing r:id="r1"/><extLst><ext/></extLst></worksheet>`);
  });
});
