// The .xlsx files saved by Microsoft Excel (test/fixtures; source in test/data/README.md) survive import + export
// without losing values, formulas, number formats, fills, fonts or tables.
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { SimWorkbook } from "../../src/simulator";

const fixtures = ["excel-customer-billing.xlsx", "excel-kpi-dashboard.xlsx"];

type Snap = { sheets: Array<{ name: string; cells: Record<string, Record<string, unknown>>; tables: unknown[] }> };

function cellsOf(wb: SimWorkbook): Snap {
  return wb.snapshot() as Snap;
}

describe.each(fixtures)("%s", (file) => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "../fixtures", file)));

  test("every cell exceljs reads from the original is in the simulator", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const wb = await SimWorkbook.fromXlsx(bytes);
    let checked = 0;
    original.eachSheet((ws) => {
      ws.eachRow((row) =>
        row.eachCell((xc) => {
          if (xc.type === ExcelJS.ValueType.Merge) return;
          const cell = wb.cell(ws.name, xc.address);
          if (xc.type === ExcelJS.ValueType.Formula) expect(cell.formula).toBe(`=${xc.formula}`);
          else if (xc.type === ExcelJS.ValueType.Number) expect(cell.value).toBe(xc.value);
          else if (xc.type === ExcelJS.ValueType.String) expect(cell.value).toBe(xc.value);
          expect(cell.numberFormat).toBe(xc.numFmt ?? "General");
          checked++;
        }),
      );
    });
    expect(checked).toBeGreaterThan(100);
  });

  test("import -> export -> import keeps every cell (value, formula, format, fill, font) and table", async () => {
    const first = await SimWorkbook.fromXlsx(bytes);
    const again = await SimWorkbook.fromXlsx(await first.toXlsx());
    const a = cellsOf(first);
    const b = cellsOf(again);
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    a.sheets.forEach((sheet, i) => {
      const other = b.sheets[i];
      for (const [address, cell] of Object.entries(sheet.cells)) {
        expect({ address, ...other.cells[address] }).toEqual({ address, ...cell });
      }
      expect(Object.keys(other.cells).length).toBe(Object.keys(sheet.cells).length);
      expect(other.tables).toEqual(sheet.tables);
    });
  });
});
