// Text and blank cells that XML alone would change: a carriage return (XML parsers turn it into a line feed
// unless it is written _x000D_), a literal "_x000D_" typed by the user, and blank cells that only carry a format.
import JSZip from "jszip";
import { SimWorkbook } from "../../src/simulator";
import { cellXml } from "../../src/simulator/xlsx/cellXml";
import { extractPlainCells } from "../../src/simulator/xlsx/fastCells";

const TEXTS = ["two\rlines", "crlf\r\nline", "literal _x000D_ stays", "lower _x00ab_ too", "plain"];

async function reloaded(wb: SimWorkbook): Promise<SimWorkbook> {
  return SimWorkbook.fromXlsx(await wb.toXlsx());
}

describe("text survives .xlsx exactly", () => {
  test("plain cells (written as inline strings straight from the model)", async () => {
    const wb = SimWorkbook.empty();
    wb.setCells("S", "A1", [TEXTS]);
    const back = await reloaded(wb);
    expect(TEXTS.map((_t, i) => back.cell("S", `${"ABCDE"[i]}1`).value)).toEqual(TEXTS);
  });

  test("styled cells and table cells (table cells written by exceljs, as shared strings)", async () => {
    const wb = SimWorkbook.empty();
    wb.setCells("S", "A1", [TEXTS]);
    for (let c = 0; c < TEXTS.length; c++) wb.sheet("S").get(0, c)!.font = { bold: true };
    wb.setCells("S", "A3", [["Name"], ...TEXTS.map((t) => [t])]);
    wb.sheet("S").tables.push({ id: "t1", name: "T", rect: { r0: 2, r1: 2 + TEXTS.length, c0: 0, c1: 0 }, showHeaders: true, showTotals: false, style: "TableStyleMedium2" });
    const back = await reloaded(wb);
    expect(TEXTS.map((_t, i) => back.cell("S", `${"ABCDE"[i]}1`).value)).toEqual(TEXTS);
    expect(TEXTS.map((_t, i) => back.cell("S", `A${4 + i}`).value)).toEqual(TEXTS);
  });

  test("the carriage return is written as _x000D_ in the XML", async () => {
    const wb = SimWorkbook.empty();
    wb.setCells("S", "A1", [["a\rb"]]);
    const zip = await JSZip.loadAsync(await wb.toXlsx());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain("a_x000D_b");
    expect(xml).not.toContain("\r");
  });

  test("the fast import path of large sheets decodes the same way", async () => {
    const cells = TEXTS.map((t, c) => cellXml(`${"ABCDE"[c]}1`, { value: t }, 0)).join("");
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`);
    const extracted = await extractPlainCells(zip, 0);
    expect(extracted?.get("xl/worksheets/sheet1.xml")?.get(0)?.map(([, v]) => v)).toEqual(TEXTS);
  });
});

describe("blank cells that carry only a format survive .xlsx", () => {
  test("number format, fill and alignment on an empty cell", async () => {
    const wb = SimWorkbook.empty();
    wb.setCells("S", "A1", [["x"]]);
    const sheet = wb.sheet("S");
    sheet.ensure(1, 0).numberFormat = "0.00%";
    sheet.ensure(2, 1).fill = "#FFFF00";
    sheet.ensure(3, 2).horizontalAlignment = "Center";
    const back = await reloaded(wb);
    expect([back.cell("S", "A2"), back.cell("S", "B3").fill, back.sheet("S").get(3, 2)?.horizontalAlignment]).toEqual([
      { value: null, formula: null, numberFormat: "0.00%" },
      "#FFFF00",
      "Center",
    ]);
  });
});
