// Excel answers an Instantiate action with the key of an object that has one, and Office.js then keeps the key
// and reaches the object by it: these tests look at the answer, the readdressed path, and what that makes work.
import { SimWorkbook } from "../../src/simulator";
import { officeJsHost } from "../support/officeJsHost";

interface Request {
  Actions: Array<{ Id: number; ActionType: number; ObjectPathId: number }>;
  ObjectPaths: Record<string, { ObjectPathType: number; Name: string; ArgumentInfo?: { Arguments?: unknown[] } }>;
}

function clients(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.setCells("Clients", "A1", [["Name"], ["Acme"]]);
  wb.addSheet("Notes");
  return wb;
}

test("a worksheet's Instantiate is answered with its Id, which Office.js keeps: its id is readable without a load", async () => {
  const wb = clients();
  const host = officeJsHost(wb);
  const messages = host.keepMessages();
  const id = await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Clients");
    sheet.getRange("A1").load("values");
    await context.sync();
    // Not loaded on purpose: the Instantiate answer is what sets it.
    // eslint-disable-next-line office-addins/load-object-before-read
    return sheet.id;
  });
  expect(id).toBe(wb.findSheet("Clients")?.id);
  const request = JSON.parse(messages[0].request) as Request;
  const sheetPath = Object.entries(request.ObjectPaths).find(([, p]) => p.ArgumentInfo?.Arguments?.[0] === "Clients")![0];
  const instantiate = request.Actions.find((a) => a.ActionType === 1 && a.ObjectPathId === Number(sheetPath))!;
  const results = (JSON.parse(messages[0].response) as { Results: Array<{ ActionId: number; Value?: unknown }> }).Results;
  expect(results.find((r) => r.ActionId === instantiate.Id)?.Value).toEqual({ Id: id });
});

test("a worksheet got by name and renamed is reached by its id in the next request, as Excel's answer makes Office.js do", async () => {
  const wb = clients();
  const host = officeJsHost(wb);
  const messages = host.keepMessages();
  const values = await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Clients");
    sheet.name = "Customers";
    await context.sync();
    const a2 = sheet.getRange("A2").load("values");
    await context.sync();
    return a2.values;
  });
  expect(values).toEqual([["Acme"]]);
  expect(wb.findSheet("Customers")).toBeDefined();
  const second = JSON.parse(messages[1].request) as Request;
  // worksheets.getItem("Clients") is sent again under its path id, now as worksheets[id].
  const first = JSON.parse(messages[0].request) as Request;
  const [pathId] = Object.entries(first.ObjectPaths).find(([, p]) => p.ArgumentInfo?.Arguments?.[0] === "Clients")!;
  expect(second.ObjectPaths[pathId].ArgumentInfo?.Arguments).toEqual([wb.findSheet("Customers")?.id]);
  expect(host.unmodelled).toEqual([]);
});

test("a named item is answered with its name as _Id, a missing object of an *OrNullObject call with null", async () => {
  const wb = clients();
  const host = officeJsHost(wb);
  const messages = host.keepMessages();
  const found = await host.run(async (context) => {
    context.workbook.names.add("ClientNames", context.workbook.worksheets.getItem("Clients").getRange("A1:A2"));
    await context.sync();
    const name = context.workbook.names.getItem("ClientNames").load("type");
    const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
    await context.sync();
    return { type: name.type, missing: missing.isNullObject };
  });
  expect(found).toEqual({ type: "Range", missing: true });
  const results = (JSON.parse(messages[1].response) as { Results: Array<{ Value?: unknown }> }).Results.map((r) => r.Value);
  expect(results).toContainEqual({ _Id: "ClientNames" });
  expect(results).toContainEqual(null);
});
