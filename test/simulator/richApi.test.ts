// Microsoft's Excel client library (office-js 1.1.110) driving the simulator through the RichApi protocol.
import { SimWorkbook } from "../../src/simulator";
import { officeJsHost } from "../support/officeJsHost";

function clients(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.setCells("Clients", "A1", [["Name", "Revenue"], ["Acme", 120], ["Birch", 80]]);
  return wb;
}

test("a range's values written and read back through Office.js reach the simulator's cells", async () => {
  const wb = clients();
  const host = officeJsHost(wb);
  const read = await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Clients").getRange("C1:C3");
    range.values = [["Grade"], ["A"], ["B"]];
    range.load("values, address");
    await context.sync();
    return { values: range.values, address: range.address };
  });
  expect(read).toEqual({ values: [["Grade"], ["A"], ["B"]], address: "Clients!C1:C3" });
  expect(wb.cell("Clients", "C2").value).toBe("A");
  expect(wb.cell("Clients", "B3").value).toBe(80);
  expect(host.unmodelled).toEqual([]);
  expect(host.syncs[0].requestBytes).toBeGreaterThan(100);
});

test("Excel.run keeps the ranges it makes and releases them in a request of its own when the batch ends", async () => {
  const host = officeJsHost(clients());
  const messages = host.keepMessages();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Clients").getRange("A1").load("values");
    await context.sync();
  });
  expect(messages).toHaveLength(2);
  expect(messages[0].request).toContain('"Name":"_KeepReference"');
  expect(JSON.parse(messages[0].response).Results.some((r: { Value?: { _ReferenceId?: string } }) => r.Value?._ReferenceId)).toBe(true);
  expect(messages[1].request).toContain('"Name":"_RemoveReference"');
  // The release touches no cell: the simulator's counters, like the direct path's, count one round trip.
  expect(host.simulator.counters.syncs).toBe(1);
  expect(host.syncs).toHaveLength(2);
});

test("a missing sheet fails the sync with Excel's code, and Office.js names the statement", async () => {
  const host = officeJsHost(clients());
  const error = await host
    .run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("A1").load("values");
      await context.sync();
    })
    .catch((e: unknown) => e as { code: string; debugInfo: { statement?: string } });
  expect(error).toMatchObject({ code: "ItemNotFound" });
  expect(error?.debugInfo.statement).toMatch(/load|getRange|getItem/);
});

test("getItemOrNullObject answers isNullObject through the protocol", async () => {
  const host = officeJsHost(clients());
  const found = await host.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Prospects");
    const present = context.workbook.worksheets.getItemOrNullObject("Clients");
    present.load("name");
    await context.sync();
    return { missing: missing.isNullObject, present: present.isNullObject, name: present.name };
  });
  expect(found).toEqual({ missing: true, present: false, name: "Clients" });
});

test("a collection's items come back in order and can be used in the next sync", async () => {
  const wb = clients();
  wb.addSheet("Notes");
  const host = officeJsHost(wb);
  const names = await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    sheets.items[1].getRange("A1").values = [["seen"]];
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  expect(names).toEqual(["Clients", "Notes"]);
  expect(wb.cell("Notes", "A1").value).toBe("seen");
});

test("Office.js splits a large write into blocks after checking its size; a wrong shape gets Excel's message", async () => {
  const wb = clients();
  const host = officeJsHost(wb);
  const messages = host.keepMessages();
  const rows = Array.from({ length: 1000 }, (_, i) => [i, i * 2, i * 3]);
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Clients").getRange("D1:F1000").values = rows;
    await context.sync();
  });
  expect(messages[0].request).toContain("_ValidateArraySize");
  expect(wb.cell("Clients", "F1000").value).toBe(999 * 3);
  const error = await host
    .run(async (context) => {
      context.workbook.worksheets.getItem("Clients").getRange("D1:F999").values = rows;
      await context.sync();
    })
    .catch((e: unknown) => e as { code: string; message: string });
  expect(error).toMatchObject({ code: "InvalidArgument" });
  expect(error?.message).toMatch(/doesn't match the size or dimensions of the range/);
});

test("Excel's request size limit is checked on the real request bytes, and nothing of that request is applied", async () => {
  const wb = clients();
  const host = officeJsHost(wb, { payloadLimitBytes: 2000 });
  const text = "x".repeat(3000);
  const error = await host
    .run(async (context) => {
      context.workbook.worksheets.getItem("Clients").getRange("C1").values = [[text]];
      await context.sync();
    })
    .catch((e: unknown) => e as { code: string });
  expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(wb.cell("Clients", "C1").value).toBeNull();
  expect(host.syncs[0].requestBytes).toBeGreaterThan(3000);
});

test("a request the simulator has no model for fails its sync and is named, never answered with a guess", async () => {
  const host = officeJsHost(clients());
  const error = await host
    .run(async (context) => {
      context.workbook.worksheets.getItem("Clients").showGridlines = false;
      await context.sync();
    })
    .catch((e: unknown) => e as Error);
  expect(error).toBeInstanceOf(Error);
  // On the wire showGridlines is "Gridlines": the host names what Office.js sent.
  expect(host.unmodelled).toEqual([expect.stringContaining("setting Worksheet.gridlines")]);
});
