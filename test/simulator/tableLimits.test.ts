// Excel on the web's cell limit for TableColumnCollection.add, and Table.resize's rules.
import { failure, setup } from "./helpers";

function tableOf(rows: number, options: Parameters<typeof setup>[0] = {}) {
  return setup(options, (wb) => wb.setCells("Sheet1", "A1", [["Name", "Value"], ...Array.from({ length: rows }, (_, i) => [`c${i}`, i])]));
}

async function addTable(run: ReturnType<typeof setup>["run"], rows: number) {
  await run(async (ctx) => {
    ctx.workbook.tables.add(`Sheet1!A1:B${rows + 1}`, true).name = "T";
    await ctx.sync();
  });
}

const addColumn = (ctx: Excel.RequestContext) => {
  ctx.workbook.tables.getItem("T").columns.add(undefined, undefined, "Extra");
  return ctx.sync();
};

describe("TableColumnCollection.add on the web", () => {
  // rows x (16383 - columns) > 33,554,000: with 2 columns the limit falls between 2,049 and 2,050 rows (header included).
  test("is refused just past the limit, with nothing changed", async () => {
    const { wb, run } = tableOf(2049);
    await addTable(run, 2049);
    const error = await failure(run(addColumn));
    expect(error.code).toBe("OperationCellsExceedLimit");
    expect(wb.cell("Sheet1", "C1").value).toBeNull();
  });

  test("is accepted just below it", async () => {
    const { wb, run } = tableOf(2047);
    await addTable(run, 2047);
    await run(addColumn);
    expect(wb.cell("Sheet1", "C1").value).toBe("Extra");
  });

  test("has no such limit on the desktop", async () => {
    const { wb, run } = tableOf(3000, { platform: "desktop" });
    await addTable(run, 3000);
    await run(addColumn);
    expect(wb.cell("Sheet1", "C1").value).toBe("Extra");
  });
});

describe("Table.resize", () => {
  test("takes in the cells beside the table, keeping their headers and naming blank ones", async () => {
    const { wb, run } = tableOf(3);
    await addTable(run, 3);
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C1").values = [["Score"]];
      ctx.workbook.tables.getItem("T").resize(ws.getRange("A1:D4"));
      const range = ctx.workbook.tables.getItem("T").getRange().load("address");
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1:D4");
    });
    expect([wb.cell("Sheet1", "C1").value, wb.cell("Sheet1", "D1").value]).toEqual(["Score", "Column4"]);
  });

  test.each([
    ["a range that does not overlap the table", "E10:F12"],
    ["a header row moved down", "A2:C4"],
    ["a header row with no data row", "A1:C1"],
  ])("refuses %s (InvalidArgument)", async (_name, address) => {
    const { run } = tableOf(3);
    await addTable(run, 3);
    const error = await failure(run(async (ctx) => {
      ctx.workbook.tables.getItem("T").resize(address);
      await ctx.sync();
    }));
    expect(error.code).toBe("InvalidArgument");
  });

  test("needs ExcelApi 1.13", async () => {
    const { run } = tableOf(3, { requirementSets: { ExcelApi: "1.12" } });
    await addTable(run, 3);
    const error = await failure(run(async (ctx) => {
      ctx.workbook.tables.getItem("T").resize("A1:C4");
      await ctx.sync();
    }));
    expect(error.code).toBe("ApiNotFound");
  });
});
