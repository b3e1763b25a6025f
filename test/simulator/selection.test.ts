// The selection and the active cell: Range.select(), workbook.getSelectedRange() (ExcelApi 1.1) and
// workbook.getActiveCell() (ExcelApi 1.7); each sheet keeps its own selection; saved and read as the file's active cell.
import { readFileSync } from "fs";
import { join } from "path";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { failure, setup } from "./helpers";

async function selectionOf(wb: SimWorkbook): Promise<[string, string]> {
  return createExcelHost(wb).run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address");
    const active = context.workbook.getActiveCell().load("address");
    await context.sync();
    return [selected.address, active.address];
  });
}

test("a new workbook has A1 selected", async () => {
  const { wb } = setup();
  expect(await selectionOf(wb)).toEqual(["Sheet1!A1", "Sheet1!A1"]);
});

test("select() selects the range, makes its first cell active and activates its sheet; each sheet keeps its selection", async () => {
  const { wb, run } = setup(undefined, (w) => w.addSheet("Other"));
  await run(async (context) => {
    context.workbook.worksheets.getItem("Other").getRange("B2:C4").select();
    await context.sync();
  });
  expect(await selectionOf(wb)).toEqual(["Other!B2:C4", "Other!B2"]);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").activate();
    await context.sync();
  });
  expect(await selectionOf(wb)).toEqual(["Sheet1!A1", "Sheet1!A1"]);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Other").activate();
    await context.sync();
  });
  expect(await selectionOf(wb)).toEqual(["Other!B2:C4", "Other!B2"]);
});

test("selecting on a hidden sheet fails", async () => {
  const { run } = setup(undefined, (w) => {
    w.addSheet("Hidden").visibility = "Hidden";
  });
  const error = await failure(run(async (context) => {
    context.workbook.worksheets.getItem("Hidden").getRange("A2").select();
    await context.sync();
  }));
  expect(error.code).toBe("InvalidOperation");
});

test("the active cell is saved and read back; a file's active cell is imported", async () => {
  const { wb, run } = setup(undefined, (w) => w.addSheet("Other"));
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("D7").select();
    context.workbook.worksheets.getItem("Other").getRange("C3").select();
    await context.sync();
  });
  const back = await SimWorkbook.fromXlsx(await wb.toXlsx());
  expect(await selectionOf(back)).toEqual(["Other!C3", "Other!C3"]);
  expect(back.sheet("Sheet1").activeCell).toEqual({ row: 6, column: 3 });
  const kpi = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "..", "fixtures", "excel-kpi-dashboard.xlsx")));
  expect(await selectionOf(kpi)).toEqual(["'Invoice Timelines'!C58", "'Invoice Timelines'!C58"]);
});
