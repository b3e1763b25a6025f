// Cells written straight into the sheet XML (src/simulator/xlsx/cellXml.ts, sheetData.ts) beside the few exceljs
// still writes: exceljs reads the file back with the same values, formulas, styles and row properties, rows stay
// well-formed where both write cells, and exporting twice writes the same sheet XML.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SimWorkbook } from "../../src/simulator";

async function sheetXml(bytes: Uint8Array, part = "xl/worksheets/sheet1.xml"): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async("string");
}

async function readByExceljs(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return xl.worksheets[0];
}

function workbook(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.setCells("S", "A1", [["Name", 12.5, true, "a & <b>"]]);
  const sheet = wb.sheet("S");
  Object.assign(sheet.ensure(1, 0), { value: 3, formula: "=1+2" });
  Object.assign(sheet.ensure(1, 1), { value: "AB", formula: '="A"&"B"' });
  Object.assign(sheet.ensure(1, 2), { value: true, formula: "=1<2" });
  Object.assign(sheet.ensure(1, 3), { value: "#DIV/0!", error: true, formula: "=1/0" });
  Object.assign(sheet.ensure(2, 0), { value: "#N/A", error: true });
  Object.assign(sheet.ensure(2, 1), { value: 0.25, numberFormat: "0.0%", fill: "#FFFF00", font: { bold: true, color: "#FF0000" } });
  Object.assign(sheet.ensure(2, 2), { value: "wrapped", wrapText: true, horizontalAlignment: "Center" });
  Object.assign(sheet.ensure(2, 3), { value: null, numberFormat: "0.00" });
  sheet.hiddenRows.add(4);
  sheet.rowHeights.set(2, 30);
  return wb;
}

describe("cells written straight from the model", () => {
  test("exceljs reads the same values, formulas and results", async () => {
    const ws = await readByExceljs(await workbook().toXlsx());
    expect([1, 2, 3, 4].map((c) => ws.getCell(1, c).value)).toEqual(["Name", 12.5, true, "a & <b>"]);
    expect([1, 2, 3, 4].map((c) => ws.getCell(2, c).value)).toEqual([
      { formula: "1+2", result: 3 },
      { formula: '"A"&"B"', result: "AB" },
      { formula: "1<2", result: true },
      { formula: "1/0", result: { error: "#DIV/0!" } },
    ]);
    expect(ws.getCell("A3").value).toEqual({ error: "#N/A" });
  });

  test("exceljs reads the same styles, and the row properties", async () => {
    const ws = await readByExceljs(await workbook().toXlsx());
    const { numFmt, fill, font } = ws.getCell("B3").style;
    expect(numFmt).toBe("0.0%");
    expect(fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(font).toMatchObject({ bold: true, color: { argb: "FFFF0000" } });
    expect(ws.getCell("C3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("D3").numFmt).toBe("0.00");
    expect(ws.getCell("A1").style).toEqual({});
    expect(ws.getRow(5).hidden).toBe(true);
    expect(ws.getRow(3).height).toBe(30);
  });

  test("the dimension covers the cells and every row lists its cells once, left to right", async () => {
    const wb = workbook();
    // table cells are written by exceljs, in rows the model writes cells in too
    wb.setCells("S", "F1", [["Key"], ["k1"], ["k2"]]);
    wb.sheet("S").tables.push({ id: "t1", name: "Keys", rect: { r0: 0, r1: 2, c0: 5, c1: 5 }, showHeaders: true, showTotals: false, style: "TableStyleLight1" });
    wb.setCells("S", "H2", [["after the table"]]);
    const xml = await sheetXml(await wb.toXlsx());
    expect(xml).toContain('<dimension ref="A1:H3"/>');
    for (const row of xml.match(/<row\b[\s\S]*?(?:\/>|<\/row>)/g)!) {
      const refs = [...row.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]);
      expect(refs).toEqual([...new Set(refs)].sort((a, b) => a.length - b.length || a.localeCompare(b)));
    }
    const ws = await readByExceljs(await wb.toXlsx());
    expect([ws.getCell("F1").value, ws.getCell("F2").value, ws.getCell("H2").value, ws.getCell("A2").value]).toEqual(["Key", "k1", "after the table", { formula: "1+2", result: 3 }]);
  });

  test("an imported hyperlink and rich text stay exceljs's, beside cells written straight", async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet("S");
    ws.getCell("A1").value = { text: "site", hyperlink: "https://example.com/" };
    ws.getCell("B1").value = { richText: [{ text: "bold", font: { bold: true } }, { text: " plain" }] };
    ws.getCell("C1").value = 7;
    const wb = await SimWorkbook.fromXlsx(new Uint8Array(await xl.xlsx.writeBuffer()));
    wb.setCells("S", "D1", [["new"]]);
    const back = await readByExceljs(await wb.toXlsx());
    expect(back.getCell("A1").value).toEqual({ text: "site", hyperlink: "https://example.com/" });
    expect(back.getCell("B1").value).toEqual({ richText: [{ text: "bold", font: { bold: true } }, { text: " plain" }] });
    expect([back.getCell("C1").value, back.getCell("D1").value]).toEqual([7, "new"]);
  });

  test("exporting twice writes the same sheet XML; exporting the re-read file too", async () => {
    const wb = workbook();
    // import does not read row heights back (exceljs 4.4 drops customHeight when it parses a row)
    wb.sheet("S").rowHeights.clear();
    const first = await sheetXml(await wb.toXlsx());
    expect(await sheetXml(await wb.toXlsx())).toBe(first);
    const again = await SimWorkbook.fromXlsx(await wb.toXlsx());
    const third = await sheetXml(await again.toXlsx());
    expect(third.match(/<sheetData>[\s\S]*<\/sheetData>/)![0]).toBe(first.match(/<sheetData>[\s\S]*<\/sheetData>/)![0]);
  });
});
