// The workbench host with ?officejs=1: the panel's batches go through Microsoft's Excel client library to the
// same workbook, and the selection watch registers through it and hears the simulator's events as Excel sends them.
import { readFileSync } from "node:fs";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { createOfficeJsHost, type OfficeJsLibraryScript } from "../../src/simulator/richApi";
import { createWorkbenchHost, type OfficeJsHostFactory } from "../../src/workbench/simHost";

/** What src/workbench/officeJsLibrary.ts gives, over the library wrapped as webpack.config.js copies it for the page. */
function officeJs(): OfficeJsHostFactory {
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const library = new Function("window", `with (window) {\n${source}\n}`) as OfficeJsLibraryScript;
  return (workbook, options) => createOfficeJsHost(workbook, library, options);
}

const options = { displayLanguage: "en-US", theme: "light" as const };

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

test("with the library, a batch is written through Office.js into the same workbook", async () => {
  const workbook = SimWorkbook.empty();
  const host = createWorkbenchHost(workbook, { ...options, officeJs: officeJs() });
  let changes = 0;
  host.onChange(() => changes++);
  await host.run(async (context) => {
    context.workbook.worksheets.add("Clients").getRange("A1:B2").values = [
      ["Client", "Revenue"],
      ["Acme", 1200],
    ];
    await context.sync();
  });
  expect(host.officeJs?.syncs).toBeGreaterThan(0);
  expect(host.officeJs?.unmodelled).toEqual([]);
  expect(changes).toBe(1);
  const written = await createExcelHost(workbook).run(async (context) => {
    const range = context.workbook.worksheets.getItem("Clients").getRange("A1:B2").load("values");
    await context.sync();
    return range.values;
  });
  expect(written).toEqual([
    ["Client", "Revenue"],
    ["Acme", 1200],
  ]);
});

test("with the library, the selection watch registers through Office.js and hears the user's clicks", async () => {
  const workbook = SimWorkbook.empty();
  workbook.addSheet("Clients");
  const host = createWorkbenchHost(workbook, { ...options, officeJs: officeJs() });
  const addresses: string[] = [];
  const stop = await host.watchSelection!("Clients", (change) => addresses.push(change.address));
  expect(host.officeJs?.syncs).toBe(1);
  host.selectAsUser("Clients!B3");
  await waitFor(() => addresses.length > 0);
  expect(addresses).toEqual(["B3"]);
  await stop();
  expect(host.officeJs?.syncs).toBe(2);
  expect(host.officeJs?.unmodelled).toEqual([]);
});

test("without the library the host runs on the simulator alone and reports no Office.js", async () => {
  const host = createWorkbenchHost(SimWorkbook.empty(), options);
  await host.run(async (context) => {
    context.workbook.worksheets.add("Clients");
    await context.sync();
  });
  expect(host.officeJs).toBeUndefined();
});

test("the workbench plays an Excel in the display language: a PivotTable shows that Excel's captions", async () => {
  const captionsIn = async (displayLanguage: string) => {
    const workbook = SimWorkbook.empty();
    const host = createWorkbenchHost(workbook, { ...options, displayLanguage });
    return host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Clients");
      sheet.getRange("A1:B3").values = [
        ["Grade", "Revenue"],
        ["A", 100],
        ["B", 50],
      ];
      const pivot = sheet.pivotTables.add("Grades", sheet.getRange("A1:B3"), sheet.getRange("D1"));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Grade"));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem("Revenue"));
      await context.sync();
      const output = sheet.getRange("D1:E4").load("values");
      await context.sync();
      return output.values.map((row) => row[0]);
    });
  };
  expect(await captionsIn("nl-NL")).toEqual(["Rijlabels", "A", "B", "Eindtotaal"]);
  expect(await captionsIn("en-US")).toEqual(["Row Labels", "A", "B", "Grand Total"]);
});
