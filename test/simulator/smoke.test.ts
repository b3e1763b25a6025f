import { failure, setup } from "./helpers";

test("write, load, sync, read", async () => {
  const { wb, run, host } = setup();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const range = sheet.getRange("A1:B2");
    range.values = [[1, "x"], [true, "=A1*2"]];
    range.load("values, formulas, address, rowCount");
    await context.sync();
    expect(range.address).toBe("Sheet1!A1:B2");
    expect(range.formulas).toEqual([[1, "x"], [true, "=A1*2"]]);
  });
  expect(wb.cell("Sheet1", "B2").formula).toBe("=A1*2");
  expect(host.counters.syncs).toBe(1);
});

test("values without load", async () => {
  const { run } = setup();
  const err = await failure(run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    return range.values;
  }));
  expect(err.code).toBe("PropertyNotLoaded");
});
