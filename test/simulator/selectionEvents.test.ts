// Selection-changed events: Worksheet.onSelectionChanged (ExcelApi 1.7) and WorksheetCollection.onSelectionChanged
// (ExcelApi 1.9), raised by a user's selection (the workbench grid) and by Range.select(), after the change.
import { failure, setup } from "./helpers";

type Args = Excel.WorksheetSelectionChangedEventArgs;

function recorder() {
  const seen: Args[] = [];
  const handler = async (args: Args) => void seen.push(args);
  return { seen, handler };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function withOther(options?: Parameters<typeof setup>[0]) {
  return setup(options, (wb) => {
    wb.addSheet("Other");
    wb.setCells("Sheet1", "A1", [["Client"], ["Alpha"]]);
  });
}

async function sheetIds(run: ReturnType<typeof setup>["run"]): Promise<Record<string, string>> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    return Object.fromEntries(sheets.items.map((s) => [s.name, s.id]));
  });
}

test("a sheet's handler hears a user's selection on that sheet only, after the change, with the address and sheet id", async () => {
  const { host, run } = withOther();
  const ids = await sheetIds(run);
  const { seen, handler } = recorder();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(handler);
    await context.sync();
  });
  host.selectAsUser("Sheet1!B2:D2");
  // Never inside the call that changed it.
  expect(seen).toEqual([]);
  await settle();
  expect(seen).toEqual([{ address: "B2:D2", type: "WorksheetSelectionChanged", worksheetId: ids.Sheet1 }]);
  host.selectAsUser("Other!C3");
  await settle();
  expect(seen).toHaveLength(1);
});

test("the worksheet collection's handler hears every sheet; the same selection again raises nothing (Excel on the web)", async () => {
  const { host, run } = withOther();
  const ids = await sheetIds(run);
  const { seen, handler } = recorder();
  await run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(handler);
    await context.sync();
  });
  host.selectAsUser("Other!C3");
  await settle();
  host.selectAsUser("Other!C3");
  await settle();
  host.selectAsUser("Sheet1!A2");
  await settle();
  expect(seen.map((a) => [a.worksheetId, a.address])).toEqual([
    [ids.Other, "C3"],
    [ids.Sheet1, "A2"],
  ]);
});

test("Range.select() from an add-in raises the event too, once its sync has run", async () => {
  const { run } = withOther();
  const { seen, handler } = recorder();
  await run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(handler);
    await context.sync();
    context.workbook.worksheets.getItem("Sheet1").getRange("A2:C2").select();
    await settle();
    expect(seen).toEqual([]);
    await context.sync();
  });
  await settle();
  expect(seen.map((a) => a.address)).toEqual(["A2:C2"]);
});

test("a handler is registered by the sync after add, and removed on the context it was added in", async () => {
  const { host, run } = withOther();
  const { seen, handler } = recorder();
  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(handler);
    host.selectAsUser("Sheet1!A2");
    await settle();
    expect(seen).toEqual([]);
    await context.sync();
    return result;
  });
  expect(host.selectionHandlers).toBe(1);
  // The batch has ended: its context works again only through Excel.run(context, batch).
  registration.remove();
  expect((await failure(registration.context.sync())).code).toBe("InvalidObjectPath");
  await run(registration.context as Excel.RequestContext, async (context) => {
    registration.remove();
    await context.sync();
  });
  expect(host.selectionHandlers).toBe(0);
  host.selectAsUser("Sheet1!B2");
  await settle();
  expect(seen).toEqual([]);
});

test("requirement sets: the worksheet collection's event needs ExcelApi 1.9, a sheet's 1.7", async () => {
  const { run, host } = withOther({ requirementSets: { ExcelApi: "1.8" } });
  const { handler } = recorder();
  const error = await failure(
    run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(handler);
      await context.sync();
    }),
  );
  expect(error.code).toBe("ApiNotFound");
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(handler);
    await context.sync();
  });
  expect(host.selectionHandlers).toBe(1);
  const old = withOther({ requirementSets: { ExcelApi: "1.6" } });
  const refused = await failure(
    old.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(handler);
      await context.sync();
    }),
  );
  expect(refused.code).toBe("ApiNotFound");
});

test("a user's selection on a sheet that does not exist is refused", () => {
  const { host } = withOther();
  expect(() => host.selectAsUser("Nowhere!A1")).toThrow();
});
