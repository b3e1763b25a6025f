// How proxies are handed out as Office.js types (src/simulator/api/standIn.ts), and the loads that reach child
// proxies by navigation ("format/fill/color"), which must reach the very proxies the properties return.
import { SimRange } from "../../src/simulator/api/range";
import { asExcel, standsFor } from "../../src/simulator/api/standIn";
import { SimTable } from "../../src/simulator/api/tables/table";
import { setup } from "./helpers";

describe("asExcel", () => {
  test("hands out the proxy itself, as the one type its class declares; the declaration adds nothing at run time", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Client", "Profit"], ["Acme", 100]]));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B2");
      const table = sheet.tables.add("A1:B2", true);
      if (!(range instanceof SimRange) || !(table instanceof SimTable)) throw new Error("expected simulator proxies");

      const asRange: Excel.Range = asExcel(range);
      expect(asRange).toBe(range);
      // The lines marked @ts-expect-error are checked by `npx tsc --noEmit -p tsconfig.json` (jest does not
      // type-check): each must stay a compile error, or tsc fails on the unused directive.
      // @ts-expect-error a table stands in for Excel.Table, so it cannot be handed out as an Excel.Range
      const tableAsRange: Excel.Range = asExcel(table);
      // @ts-expect-error an object that declares no Office.js type cannot be handed out at all
      const plainAsRange: Excel.Range = asExcel<Excel.Range>({ address: "A1" });
      expect([tableAsRange, plainAsRange.address]).toEqual([table, "A1"]);

      expect(standsFor in range).toBe(false);
      expect(Object.getOwnPropertySymbols(table)).not.toContain(standsFor);
      await context.sync();
    });
  });
});

describe("loads through navigation reach the proxies the properties return", () => {
  test("workbook and worksheet parts: protection, autoFilter", async () => {
    const { run } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.load("protection/protected");
      sheet.load("name, protection/protected, autoFilter/enabled");
      await context.sync();
      expect(context.workbook.protection.protected).toBe(false);
      expect(sheet.protection.protected).toBe(false);
      expect(sheet.autoFilter.enabled).toBe(false);
    });
  });

  test("range format parts, and the worksheet of a range and of a table", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Client", "Profit"], ["Acme", 100]]));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").format.fill.color = "#FFC7CE";
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.tables.add("A1:B2", true);
    });
    // New proxies, so what they read comes from the loads, not from what was written through them.
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B1").load("address, format/fill/color, format/font/bold, worksheet/name");
      const table = sheet.tables.getItemAt(0).load("name, worksheet/name");
      await context.sync();
      expect(range.format.fill.color).toBe("#FFC7CE");
      expect(range.format.font.bold).toBe(true);
      expect(table.name).toBe("Table1");
    });
  });

  test("chart title and legend, and a conditional format's nested rule format (child bags)", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Client", "Profit"], ["Acme", 100], ["Beta", 50]]));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Profit";
      chart.legend.visible = false;
      const cf = sheet.getRange("B2:B3").conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = "#C6EFCE";
      cf.cellValue.rule = { formula1: "0", operator: "GreaterThan" };
    });
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.getItemAt(0).load("name, title/text, legend/visible");
      const cf = sheet.getRange("B2:B3").conditionalFormats.getItemAt(0).load("type, cellValue/format/fill/color");
      await context.sync();
      expect(chart.title.text).toBe("Profit");
      expect(chart.legend.visible).toBe(false);
      expect(cf.cellValue.format.fill.color).toBe("#C6EFCE");
    });
  });
});
