// The client under the selection (the panel's portrait): one sync reads the row, and every other selection
// (header, another sheet, several rows, a row that is no client) says what it is.
import { rateWorkbook, readClientSheet, readSelectedClient, watchSelection, type SelectionChange } from "../../src/excel";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";

function workbook() {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  // A title row, the header in row 2, a blank row between the clients.
  wb.setCells("Clients", "A1", [
    ["Our clients"],
    ["Client", "Revenue", "Profit"],
    ["Alpha", 90000, 30000],
    ["Bravo", 70000, 12000],
    [null, null, null],
    ["Charlie", 50000, 8000],
  ]);
  wb.addSheet("Notes");
  const host = createExcelHost(wb);
  return { wb, host };
}

async function idOf(host: ReturnType<typeof createExcelHost>, name: string): Promise<string> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name).load("id");
    await context.sync();
    return sheet.id;
  });
}

describe("readSelectedClient", () => {
  it("reads the selected client's values, formats, headers and the grade the sheet shows in one sync", async () => {
    const { host } = workbook();
    await host.run((context) => rateWorkbook(context, { asOf: AS_OF }));
    const sheet = await host.run((context) => readClientSheet(context));
    expect(sheet.layout?.clientRows).toEqual([2, 3, 5]);
    const id = await idOf(host, "Clients");
    host.counters.reset();
    const charlie = await host.run((context) => readSelectedClient(context, sheet, { worksheetId: id, address: "B6" }));
    expect(host.counters.syncs).toBe(1);
    expect(charlie).toMatchObject({ kind: "client", client: 2, sheetRow: 5, headers: ["Client", "Revenue", "Profit"], values: ["Charlie", 50000, 8000] });
    if (charlie.kind !== "client") throw new Error("not a client");
    expect(charlie.numberFormats).toHaveLength(3);
    const gradeColumn = sheet.layout!.gradeColumn!;
    expect(charlie.sheetGrade).not.toBe("");
    expect(charlie.sheetGrade).toBe(sheet.existingGrades?.[2]);
    expect(gradeColumn).toBeGreaterThan(2);
  });

  it("says what any other selection is: header, blank row, several rows, another sheet", async () => {
    const { host } = workbook();
    const sheet = await host.run((context) => readClientSheet(context));
    const id = await idOf(host, "Clients");
    const notes = await idOf(host, "Notes");
    const at = (change: SelectionChange) => host.run((context) => readSelectedClient(context, sheet, change));
    expect(await at({ worksheetId: id, address: "C2" })).toEqual({ kind: "header" });
    expect(await at({ worksheetId: id, address: "A5" })).toEqual({ kind: "no-client", sheetRow: 4 });
    expect(await at({ worksheetId: id, address: "A1" })).toEqual({ kind: "no-client", sheetRow: 0 });
    expect(await at({ worksheetId: id, address: "A40" })).toEqual({ kind: "no-client", sheetRow: 39 });
    expect(await at({ worksheetId: id, address: "A3:C4" })).toEqual({ kind: "several-rows", rows: 2, clients: 2 });
    expect(await at({ worksheetId: id, address: "A3,B6" })).toEqual({ kind: "several-rows", rows: 4, clients: 2 });
    // A whole column holds the title, the header and a blank row too: three clients, not 1,048,576 rows.
    expect(await at({ worksheetId: id, address: "B:B" })).toMatchObject({ kind: "several-rows", clients: 3 });
    expect(await at({ worksheetId: id, address: "A1:A2" })).toEqual({ kind: "several-rows", rows: 2, clients: 0 });
    expect(await at({ worksheetId: id, address: "A3:A6,B4:B5" })).toEqual({ kind: "several-rows", rows: 4, clients: 3 });
    expect(await at({ worksheetId: notes, address: "B3" })).toEqual({ kind: "other-sheet", sheetName: "Notes" });
    // A whole row is one client.
    expect(await at({ worksheetId: id, address: "4:4" })).toMatchObject({ kind: "client", client: 1, values: ["Bravo", 70000, 12000] });
  });
});

describe("watchSelection", () => {
  it("follows a selection on any sheet with ExcelApi 1.9 and stops after removal", async () => {
    const { host } = workbook();
    const seen: SelectionChange[] = [];
    const stop = await watchSelection(host.run, { sheetName: "Clients", isSetSupported: () => true }, (change) => seen.push(change));
    host.selectAsUser("Notes!B2");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([{ worksheetId: await idOf(host, "Notes"), address: "B2" }]);
    await stop();
    expect(host.selectionHandlers).toBe(0);
    await stop();
  });

  it("falls back to the client sheet's own event on ExcelApi 1.7", async () => {
    const wb = workbook().wb;
    const host = createExcelHost(wb, { requirementSets: { ExcelApi: "1.7" } });
    const seen: string[] = [];
    const isSetSupported = (set: string, version: string) => host.office.context.requirements.isSetSupported(set, version);
    const stop = await watchSelection(host.run, { sheetName: "Clients", isSetSupported }, (change) => seen.push(change.address));
    host.selectAsUser("Notes!B2");
    host.selectAsUser("Clients!A3:C3");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual(["A3:C3"]);
    await stop();
    expect(host.selectionHandlers).toBe(0);
  });
});
