// A number written as -0 is stored as 0: Excel receives requests as JSON, which has no negative zero
// (found comparing the direct path with Office.js's own requests: the history sheet's score changes).
import { SimWorkbook, createExcelHost } from "../../src/simulator";

test("-0 written to values or formulas reads back as 0, as through Office.js", async () => {
  const wb = SimWorkbook.empty();
  wb.addSheet("Scores");
  const read = await createExcelHost(wb).run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Scores");
    sheet.getRange("A1:B1").values = [[-0, 0 * -1]];
    sheet.getRange("C1").formulas = [[-0]];
    const range = sheet.getRange("A1:C1").load("values");
    await context.sync();
    return range.values[0];
  });
  expect(read.map((v: number) => Object.is(v, -0))).toEqual([false, false, false]);
  expect(read).toEqual([0, 0, 0]);
  expect(Object.is(wb.cell("Scores", "A1").value, 0)).toBe(true);
});
