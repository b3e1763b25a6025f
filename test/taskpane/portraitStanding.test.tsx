/** @jest-environment jsdom */
// Selecting a client rates that one client on the panel's thread: where it stands among all clients comes from the
// preview engine (its worker in Office), never from a rating of the whole sheet in the component.
import "./support/dom";
import { configure, render, screen, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { buildDefaultProfile, clientNameColumn, type Profile } from "../../src/core";
import * as rate from "../../src/core/rate";
import { readClientSheet, rateWorkbook, saveProfiles } from "../../src/excel";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { columnLetters } from "../../src/shared/a1";
import { App } from "../../src/taskpane/components/App";
import { selectionWatcher, type PanelHost } from "../../src/taskpane/host";
import { AS_OF, memoryStorage } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

/** The sample workbook, rated with a quantile scale (so the grade needs the whole sheet's cut-offs) before the panel opens. */
async function ratedSample() {
  const wb = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
  const excel = createExcelHost(wb);
  const sheet = await excel.run((context) => readClientSheet(context));
  const base = buildDefaultProfile(sheet.table, "en");
  const profile: Profile = { ...base, scale: { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.3] } };
  await excel.run((context) => saveProfiles(context, [profile]));
  await excel.run((context) => rateWorkbook(context, { asOf: AS_OF }));
  const host: PanelHost = {
    run: excel.run,
    displayLanguage: "en-US",
    isSetSupported: (set, version) => excel.office.context.requirements.isSetSupported(set, version),
    theme: "light",
    now: () => AS_OF,
    storage: memoryStorage(),
  };
  host.watchSelection = selectionWatcher(excel.run, host.isSetSupported);
  return { wb, excel, host, sheetName: sheet.sheetName, clients: sheet.table.rows.length, headerRow: sheet.headerRow, nameHeader: sheet.table.headers[clientNameColumn(sheet.table)] };
}

/** Column letter of a header on the sheet's header row. */
function columnOf(wb: SimWorkbook, sheet: string, headerRow: number, header: string): string {
  for (let c = 0; c < 40; c++) if (wb.cell(sheet, `${columnLetters(c)}${headerRow + 1}`).value === header) return columnLetters(c);
  throw new Error(`no ${header} column`);
}

/** Stacks of the calls that rated more than one client outside the preview engine (src/taskpane/preview). */
function spyOnWholeSheetRatings() {
  const outside: string[] = [];
  const real = rate.rateClients;
  const spy = jest.spyOn(rate, "rateClients").mockImplementation((table, ...rest) => {
    const stack = new Error().stack ?? "";
    if (table.rows.length > 1 && !/[\\/]taskpane[\\/]preview[\\/]/.test(stack)) outside.push(stack);
    return real(table, ...rest);
  });
  return { outside, spy };
}

describe("the portrait of a selected client", () => {
  it("takes the client's standing from the preview engine and shows the sheet's own grade and score", async () => {
    const sample = await ratedSample();
    const { outside, spy } = spyOnWholeSheetRatings();
    try {
      render(<App host={sample.host} />);
      await screen.findByText("Select a client row in the sheet to see its portrait.");
      const score = columnOf(sample.wb, sample.sheetName, sample.headerRow, "Score");
      const grade = columnOf(sample.wb, sample.sheetName, sample.headerRow, "Grade");
      const name = columnOf(sample.wb, sample.sheetName, sample.headerRow, sample.nameHeader);
      // Spread over the list: first, last and between, across the grades.
      const clients = [0, 1, 57, 200, 333, 404, 512, 640, 777, sample.clients - 1];
      for (const client of clients) {
        const row = sample.headerRow + 2 + client;
        sample.excel.selectAsUser(`'${sample.sheetName}'!B${row}`);
        const client_ = String(sample.wb.cell(sample.sheetName, `${name}${row}`).value);
        const article = await screen.findByRole("article", { name: client_ });
        const sheetScore = Number(sample.wb.cell(sample.sheetName, `${score}${row}`).value);
        const sheetGrade = String(sample.wb.cell(sample.sheetName, `${grade}${row}`).value);
        const shown = `Grade: ${sheetGrade} · Score: ${sheetScore.toLocaleString("en-US", { maximumFractionDigits: 1 })}`;
        expect({ client, shown: within(article).queryByText(shown) ? shown : within(article).getByText(/^Grade: /).textContent }).toEqual({ client, shown });
      }
      expect(spy).toHaveBeenCalled();
      expect(outside).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
