// RangeFormat.wrapText: written by the Rating profile sheet; the simulator once dropped it silently
// (richApi/ found it: Office.js sends the write, and the host had nothing to apply it to).
import { SimWorkbook, createExcelHost } from "../../src/simulator";

test("wrapText is kept per cell, reads back, survives an .xlsx round trip and is cleared with the formats", async () => {
  const wb = SimWorkbook.empty();
  wb.addSheet("Notes");
  const host = createExcelHost(wb);
  const read = await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Notes");
    sheet.getRange("A1:A2").values = [["a long note"], ["another"]];
    sheet.getRange("A1").format.wrapText = true;
    const one = sheet.getRange("A1").format.load("wrapText");
    const both = sheet.getRange("A1:A2").format.load("wrapText");
    await context.sync();
    return { one: one.wrapText, both: both.wrapText };
  });
  expect(read).toEqual({ one: true, both: null });
  expect(wb.snapshot()).toMatchObject({ sheets: [expect.objectContaining({ cells: expect.objectContaining({ A1: expect.objectContaining({ wrapText: true }) }) })] });

  const again = await SimWorkbook.fromXlsx(await wb.toXlsx());
  expect(again.cell("Notes", "A1")).toMatchObject({ value: "a long note" });
  const reread = await createExcelHost(again).run(async (context) => {
    const format = context.workbook.worksheets.getItem("Notes").getRange("A1").format.load("wrapText");
    await context.sync();
    return format.wrapText;
  });
  expect(reread).toBe(true);

  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Notes").getRange("A1").clear("Formats");
    await context.sync();
  });
  expect(JSON.stringify(wb.snapshot())).not.toContain("wrapText");
});

test("wrapText refuses what is not a boolean", async () => {
  const wb = SimWorkbook.empty();
  wb.addSheet("Notes");
  const error = await createExcelHost(wb)
    .run(async (context) => {
      (context.workbook.worksheets.getItem("Notes").getRange("A1").format as unknown as { wrapText: unknown }).wrapText = "yes";
      await context.sync();
    })
    .catch((e: unknown) => e as { code: string });
  expect(error).toMatchObject({ code: "InvalidArgument" });
});
