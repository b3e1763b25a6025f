// Excel moves the references inside formulas when cells are inserted or deleted
// (https://support.microsoft.com/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
import { adjustFormula } from "../../src/simulator/model/formulaRefs";
import { Shift } from "../../src/simulator/model/shift";
import { setup } from "./helpers";

const insertColumnC: Shift = { axis: "column", at: 2, count: 1, band: [0, 1_048_575] };
const deleteRow3: Shift = { axis: "row", at: 2, count: -1, band: [0, 16_383] };

test.each([
  ["=B2*C2", "=B2*D2"],
  ["=SUM($C$2:$C$10)", "=SUM($D$2:$D$10)"],
  ["=SUM(A2:E2)", "=SUM(A2:F2)"],
  ["=C:C", "=D:D"],
  ['="C2 stays"&C2', '="C2 stays"&D2'],
  ["=LOG10(C2)", "=LOG10(D2)"],
  ["=Other!C2+C2", "=Other!C2+D2"],
  ["=Sheet1!C2+'Sheet1'!C3", "=Sheet1!D2+'Sheet1'!D3"],
  ["=Table1[Profit]", "=Table1[Profit]"],
])("insert column C on Sheet1: %s -> %s", (before, after) => {
  expect(adjustFormula(before, "Sheet1", "Sheet1", insertColumnC)).toBe(after);
});

test.each([
  ["=A3", "=#REF!"],
  ["=A4+A2", "=A3+A2"],
  ["=SUM(A1:A10)", "=SUM(A1:A9)"],
  ["=2:5", "=2:4"],
])("delete row 3: %s -> %s", (before, after) => {
  expect(adjustFormula(before, "Sheet1", "Sheet1", deleteRow3)).toBe(after);
});

test("a formula on another sheet follows the cells it refers to", async () => {
  const { wb, run } = setup(undefined, (w) => {
    w.setCells("Sheet1", "A1", [[1, 2, "=A1+B1"]]);
    w.setCells("Summary", "A1", [["=Sheet1!B1*2"]]);
  });
  await run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("B:B").insert("Right"));
  expect(wb.cell("Sheet1", "D1").formula).toBe("=A1+C1");
  expect(wb.cell("Summary", "A1").formula).toBe("=Sheet1!C1*2");
});
