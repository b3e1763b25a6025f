// Worksheets, protection, freeze panes: https://learn.microsoft.com/javascript/api/excel/excel.worksheet
import { failure, setup } from "./helpers";

test("add, getItem, activate, rename, position, visibility, delete", async () => {
  const { wb, run } = setup();
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = sheets.add("Pareto");
    added.activate();
    added.position = 0;
    await context.sync();
    const active = sheets.getActiveWorksheet().load("name, position");
    await context.sync();
    expect([active.name, active.position]).toEqual(["Pareto", 0]);
    added.name = "Pareto view";
    sheets.getItem("Sheet1").visibility = "Hidden";
    await context.sync();
  });
  expect(wb.sheetNames()).toEqual(["Pareto view", "Sheet1"]);
  expect(wb.sheet("Sheet1").visibility).toBe("Hidden");
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").delete();
  });
  expect(wb.sheetNames()).toEqual(["Pareto view"]);
});

test("a proxy keeps pointing at its sheet after a rename", async () => {
  const { run } = setup();
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    s.load("name");
    await context.sync();
    s.name = "Renamed";
    await context.sync();
    s.getRange("A1").values = [["still here"]];
    const check = context.workbook.worksheets.getItem("Renamed").getRange("A1").load("values");
    await context.sync();
    expect(check.values).toEqual([["still here"]]);
  });
});

test.each([
  ["duplicate name", (s: Excel.WorksheetCollection) => s.add("sheet1"), "ItemAlreadyExists"],
  ["invalid characters", (s: Excel.WorksheetCollection) => s.add("a/b"), "InvalidArgument"],
  ["longer than 31 characters", (s: Excel.WorksheetCollection) => s.add("x".repeat(32)), "InvalidArgument"],
  ["deleting the last visible sheet", (s: Excel.WorksheetCollection) => s.getItem("Sheet1").delete(), "InvalidOperation"],
])("%s fails", async (_name, act, code) => {
  const { run } = setup();
  const err = await failure(run(async (context) => {
    act(context.workbook.worksheets);
    await context.sync();
  }));
  expect(err.code).toBe(code);
});

describe("protection", () => {
  test("writing to a protected sheet fails with AccessDenied; after unprotect it works", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
    });
    for (const write of [
      (s: Excel.Worksheet) => (s.getRange("A1").values = [[1]]),
      (s: Excel.Worksheet) => (s.getRange("A1").format.fill.color = "red"),
      (s: Excel.Worksheet) => s.getRange("A1").insert("Down"),
      (s: Excel.Worksheet) => s.tables.add("A1:B2", true),
      (s: Excel.Worksheet) => s.getRange("A1:A3").conditionalFormats.add("DataBar"),
    ]) {
      const err = await failure(run(async (context) => {
        write(context.workbook.worksheets.getItem("Sheet1"));
        await context.sync();
      }));
      expect(err.code).toBe("AccessDenied");
    }
    await run(async (context) => {
      const p = context.workbook.worksheets.getItem("Sheet1").protection.load("protected");
      await context.sync();
      expect(p.protected).toBe(true);
      p.unprotect();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(wb.cell("Sheet1", "A1").value).toBe(1);
  });

  test("unprotect with a wrong password fails", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      const p = context.workbook.worksheets.getItem("Sheet1").protection;
      p.protect({ allowFormatCells: true }, "secret");
      p.unprotect("wrong");
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });
});

test("freezeRows, freezeAt, unfreeze, getLocationOrNullObject", async () => {
  const { wb, run } = setup();
  await run(async (context) => {
    const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
    panes.freezeRows(2);
    await context.sync();
    expect(wb.sheet("Sheet1").frozen).toEqual({ rows: 2, columns: 0 });
    panes.freezeAt(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B3"));
    const loc = panes.getLocationOrNullObject().load("address");
    await context.sync();
    expect(loc.address).toBe("Sheet1!A1:B3");
    panes.unfreeze();
    const none = panes.getLocationOrNullObject();
    await context.sync();
    expect(none.isNullObject).toBe(true);
  });
});

test("application: calculation mode and suspend calls", async () => {
  const { run, host } = setup();
  await run(async (context) => {
    const app = context.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    app.calculationMode = "Manual";
    app.load("calculationMode");
    await context.sync();
    expect(app.calculationMode).toBe("Manual");
  });
  expect([host.counters.suspendApiCalculation, host.counters.suspendScreenUpdating]).toEqual([1, 1]);
});
