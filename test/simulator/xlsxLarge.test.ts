// 100,000 rows x 15 columns survive export and import (plain cells bypass exceljs's cell model). How fast that is
// belongs in `npm run bench`, not here: a wall-clock bound fails on a shared CI machine and proves nothing.
import { cellAddress } from "../../src/shared/a1";
import { SimWorkbook } from "../../src/simulator";

jest.setTimeout(180_000);

test("100,000 x 15 round trip keeps every value, and styled cells and formulas next to them", async () => {
  const wb = SimWorkbook.empty();
  wb.addSheet("Data");
  const rows: Array<Array<string | number | boolean>> = [];
  for (let i = 0; i < 100_000; i++) rows.push(Array.from({ length: 15 }, (_, j) => (j % 3 === 0 ? `Client <${i}> & "${j}"` : j === 14 ? i % 2 === 0 : i * 15 + j + 0.25)));
  wb.setCells("Data", "A1", rows);
  wb.setCells("Data", "Q1", [["=SUM(B1:B100000)"]]);
  const styled = wb.sheet("Data").ensure(4, 1);
  styled.numberFormat = "0.00";
  styled.fill = "#FFFF00";
  wb.sheet("Data").hiddenRows.add(7);

  const bytes = await wb.toXlsx();
  const again = await SimWorkbook.fromXlsx(bytes);

  const sheet = again.sheet("Data");
  for (const i of [0, 1, 4, 7, 54_321, 99_999]) {
    for (let j = 0; j < 15; j++) expect(again.cell("Data", cellAddress(i, j)).value).toBe(rows[i][j]);
  }
  let count = 0;
  for (const row of sheet.rows.values()) count += row.size;
  expect(count).toBe(1_500_001);
  expect(again.cell("Data", "B5")).toMatchObject({ numberFormat: "0.00", fill: "#FFFF00", value: rows[4][1] });
  expect(again.cell("Data", "Q1").formula).toBe("=SUM(B1:B100000)");
  expect(sheet.hiddenRows.has(7)).toBe(true);
});
