// Office.js's events over the RichApi host: registration in the request, the simulator's selection change
// delivered as Excel's RichApiMessage entry, and events the host does not model refused by name.
import { SimWorkbook } from "../../src/simulator";
import { officeJsHost } from "../support/officeJsHost";

type Seen = Array<{ type: string; address: string; worksheetId: string }>;

function twoSheets(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.addSheet("Notes");
  return wb;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

async function sheetId(host: ReturnType<typeof officeJsHost>, name: string): Promise<string> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name).load("id");
    await context.sync();
    return sheet.id;
  });
}

test("a handler is registered in its request, hears the selection as Excel sends it, and is unregistered on removal", async () => {
  const host = officeJsHost(twoSheets());
  const messages = host.keepMessages();
  const seen: Seen = [];
  const added = await host.run(async (context) => {
    const result = context.workbook.worksheets.onSelectionChanged.add(async (args) => void seen.push({ ...args }));
    await context.sync();
    return result;
  });
  expect(JSON.parse(messages[0].request).Actions).toContainEqual(expect.objectContaining({ ActionType: 3, Name: "_RegisterSelectionChangedEvent" }));
  // The library adds the handler on the answer to its Trace action, which Excel lists in TraceIds.
  expect(JSON.parse(messages[0].response).TraceIds).toHaveLength(1);
  expect(host.simulator.selectionHandlers).toBe(1);

  host.simulator.selectAsUser("Notes!B2:C3");
  await settle();
  expect(seen).toEqual([{ type: "WorksheetSelectionChanged", address: "B2:C3", worksheetId: await sheetId(host, "Notes") }]);

  await host.run(added.context as Excel.RequestContext, async (context) => {
    added.remove();
    await context.sync();
  });
  expect(messages.some((m) => m.request.includes('"Name":"_UnregisterSelectionChangedEvent"'))).toBe(true);
  expect(host.simulator.selectionHandlers).toBe(0);
  host.simulator.selectAsUser("Clients!A1");
  await settle();
  expect(seen).toHaveLength(1);
  expect(host.unmodelled).toEqual([]);
});

test("a worksheet's handler hears only its sheet, addressed by the id Excel answered the worksheet's Instantiate with", async () => {
  const host = officeJsHost(twoSheets());
  const seen: Seen = [];
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Clients").onSelectionChanged.add(async (args) => void seen.push({ ...args }));
    await context.sync();
  });
  host.simulator.selectAsUser("Notes!A1");
  host.simulator.selectAsUser("Clients!D4");
  await settle();
  expect(seen.map((s) => s.address)).toEqual(["D4"]);
  expect(seen[0].worksheetId).toBe(await sheetId(host, "Clients"));
});

test("handlers added in two batches each hear a selection once, and removing one leaves the other", async () => {
  const host = officeJsHost(twoSheets());
  const first: string[] = [];
  const second: string[] = [];
  const add = (into: string[]) =>
    host.run(async (context) => {
      const result = context.workbook.worksheets.onSelectionChanged.add(async (args) => void into.push(args.address));
      await context.sync();
      return result;
    });
  const one = await add(first);
  await add(second);
  host.simulator.selectAsUser("Clients!B2");
  await settle();
  expect([first, second]).toEqual([["B2"], ["B2"]]);
  await host.run(one.context as Excel.RequestContext, async (context) => {
    one.remove();
    await context.sync();
  });
  host.simulator.selectAsUser("Clients!C3");
  await settle();
  expect([first, second]).toEqual([["B2"], ["B2", "C3"]]);
  expect(host.simulator.selectionHandlers).toBe(1);
});

test("an event the host does not model fails its sync and is named", async () => {
  const host = officeJsHost(twoSheets());
  const added = host.run(async (context) => {
    context.workbook.worksheets.getItem("Clients").onChanged.add(async () => undefined);
    await context.sync();
  });
  await expect(added).rejects.toThrow(/cannot answer this Office.js request: the DataChanged event of Worksheet/);
  expect(host.unmodelled).toEqual([expect.stringContaining("_RegisterDataChangedEvent")]);
});
