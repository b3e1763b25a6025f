// Merged cells (Range.merge/unmerge, getMergedAreasOrNullObject: ExcelApi 1.2/1.13) and the worksheet
// AutoFilter's range (ExcelApi 1.9). A merged area keeps its value in its top-left cell
// (https://learn.microsoft.com/office/vba/api/excel.range.merge).
import { SimWorkbook } from "../../src/simulator";
import { failure, setup } from "./helpers";

describe("merged cells", () => {
  test("merge keeps the top-left value, discards the others and is reported by getMergedAreasOrNullObject", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Title", "x"], ["y", "z"]]));
    const [address, count, none] = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").merge();
      const areas = sheet.getRange("A1:D4").getMergedAreasOrNullObject().load("address, areaCount");
      const elsewhere = sheet.getRange("D5").getMergedAreasOrNullObject();
      await context.sync();
      return [areas.address, areas.areaCount, elsewhere.isNullObject];
    });
    expect([address, count, none]).toEqual(["Sheet1!A1:B2", 1, true]);
    expect(["A1", "B1", "A2", "B2"].map((a) => wb.cell("Sheet1", a).value)).toEqual(["Title", null, null, null]);
  });

  test("across merges each row; unmerge removes every area it touches", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3").merge(true);
      await context.sync();
    });
    expect(wb.sheet("Sheet1").merges).toHaveLength(3);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").unmerge();
      await context.sync();
    });
    expect(wb.sheet("Sheet1").merges.map((m) => m.r0)).toEqual([0, 2]);
  });

  test("values written to a merged area's other cells are not kept; the top-left one is", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A1:D1").values = [["Head", "lost", "lost", "kept"]];
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1"].map((a) => wb.cell("Sheet1", a).value)).toEqual(["Head", null, null, "kept"]);
  });

  test("merging in a table, part of a merged area or on a protected sheet fails", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "E1", [["H"], [1]]));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tables.add("Sheet1!E1:E2", true);
      sheet.getRange("A1:B2").merge();
      await context.sync();
    });
    const inTable = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("E1:F1").merge();
      await context.sync();
    }));
    const partial = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:C1").merge();
      await context.sync();
    }));
    const locked = await failure(run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.getRange("A5:B5").merge();
      await context.sync();
    }));
    expect([inTable.code, partial.code, locked.code]).toEqual(["InvalidOperation", "InvalidOperation", "AccessDenied"]);
  });

  test("merged areas move with inserted rows and survive .xlsx", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C2").merge();
      sheet.getRange("1:2").insert("Down");
      await context.sync();
    });
    const back = await SimWorkbook.fromXlsx(await wb.toXlsx());
    expect(back.sheet("Sheet1").merges).toEqual([{ r0: 3, r1: 3, c0: 1, c1: 2 }]);
  });
});

describe("worksheet autoFilter", () => {
  test("apply, getRange, enabled, remove, getRangeOrNullObject", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Name", "Sales"], ["a", 1], ["b", 2]]));
    const result = await run(async (context) => {
      const filter = context.workbook.worksheets.getItem("Sheet1").autoFilter;
      filter.apply("A1:B3");
      const range = filter.getRange().load("address");
      filter.load("enabled, isDataFiltered");
      await context.sync();
      const on = [range.address, filter.enabled, filter.isDataFiltered];
      filter.remove();
      const gone = filter.getRangeOrNullObject();
      filter.load("enabled");
      await context.sync();
      return [...on, gone.isNullObject, filter.enabled];
    });
    expect(result).toEqual(["Sheet1!A1:B3", true, false, true, false]);
  });

  test("getRange without a filter is ItemNotFound; criteria are refused (not simulated); the range is saved", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Name", "Sales"], ["a", 1]]));
    const missing = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").autoFilter.getRange().load("address");
      await context.sync();
    }));
    const criteria = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").autoFilter.apply("A1:B2", 1, { filterOn: "Values", values: ["1"] } as Excel.FilterCriteria);
      await context.sync();
    }));
    expect([missing.code, criteria.code]).toEqual(["ItemNotFound", "InvalidOperation"]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").autoFilter.apply(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2"));
      await context.sync();
    });
    const back = await SimWorkbook.fromXlsx(await wb.toXlsx());
    expect(back.sheet("Sheet1").autoFilter).toEqual({ r0: 0, r1: 1, c0: 0, c1: 1 });
  });
});

test("getMergedAreasOrNullObject reports only areas whose top-left cell is in the range, as Excel does (office-js#3611)", async () => {
  const { run } = setup();
  const [inside, overlapping] = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("C2:E2").merge();
    const a = sheet.getRange("A1:C3").getMergedAreasOrNullObject().load("address");
    const b = sheet.getRange("D1:F3").getMergedAreasOrNullObject();
    await context.sync();
    return [a.address, b.isNullObject];
  });
  expect([inside, overlapping]).toEqual(["Sheet1!C2:E2", true]);
});
