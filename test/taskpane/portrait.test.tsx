/** @jest-environment jsdom */
// The Client section: the portrait of the client whose row is selected, and the what-if that never writes.
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { rateWorkbook } from "../../src/excel";
import { App } from "../../src/taskpane/components/App";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { ScoreHistory } from "../../src/taskpane/portrait/ScoreHistory";
import { sampleProfile } from "./support/clients";
import { AS_OF, columnOf, simPanel, storeProfiles, type SimPanel } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const EMPTY = "Select a client row in the sheet to see its portrait.";

/** A sheet rated before the panel opened: no rating in the panel's memory, only the sheet and the stored profile. */
async function ratedBeforeOpening(panel: SimPanel, profile = sampleProfile()) {
  await storeProfiles(panel, [profile]);
  await panel.excel.run((context) => rateWorkbook(context, { asOf: AS_OF }));
  render(<App host={panel.host} />);
  await screen.findByText(EMPTY);
}

const portrait = (name: string) => screen.findByRole("article", { name });

describe("the client portrait", () => {
  it("follows the selection from the sheet: grade, score, next step, points per criterion and Pareto standing", async () => {
    const panel = simPanel({ selection: true });
    await ratedBeforeOpening(panel);
    const grade = columnOf(panel, "Grade")!;
    panel.excel.selectAsUser("Clients!C3");
    const bravo = await portrait("Bravo");
    // Revenue 70,000 of 100,000 (weight 3) and 400 employees, in the ideal range (weight 1): (210 + 100) / 4.
    expect(within(bravo).getByText("Grade: A · Score: 77.5")).toBeTruthy();
    expect(panel.wb.cell("Clients", `${grade}3`).value).toBe("A");
    expect(within(bravo).getByText(/^Next step: /)).toBeTruthy();
    expect(within(bravo).getByText("Row 3")).toBeTruthy();
    const criteria = within(within(bravo).getByRole("list", { name: "Points per criterion" })).getAllByRole("listitem");
    expect(criteria.map((item) => item.textContent)).toEqual([
      "Revenue: 70,000+52.5Scores 70 of 100, 22.5 points lost",
      "Employees: 400+25Scores 100 of 100, 0 points lost",
    ]);
    expect(within(bravo).getByText("Number 2 of 8 by Profit, 19% of the total")).toBeTruthy();

    // Another row: the portrait follows.
    panel.excel.selectAsUser("Clients!A4");
    const charlie = await portrait("Charlie");
    expect(within(charlie).getByText("Grade: C · Score: 37.5")).toBeTruthy();
  });

  it("draws the client's score history from the rating-history sheet once the sheet was rated on two dates", async () => {
    const panel = simPanel({ selection: true });
    await storeProfiles(panel, [sampleProfile()]);
    const earlier = new Date(Date.UTC(2026, 7, 27));
    await panel.excel.run((context) => rateWorkbook(context, { asOf: earlier }));
    await panel.excel.run((context) => rateWorkbook(context, { asOf: AS_OF }));
    render(<App host={panel.host} />);
    await screen.findByText(EMPTY);
    panel.excel.selectAsUser("Clients!C3");
    const bravo = await portrait("Bravo");
    // Bravo's values did not change between the two dates: the same score twice, read back from the history sheet.
    expect(await within(bravo).findByRole("img", { name: "Score 77.5 (A) on 2026-08-27, 77.5 (A) on 2026-11-27, 2 ratings in all" })).toBeTruthy();
  });

  it("says what a selection that is no client is: header, empty row, several rows, another sheet", async () => {
    const panel = simPanel({ selection: true });
    panel.wb.addSheet("Notes");
    await ratedBeforeOpening(panel);
    panel.excel.selectAsUser("Clients!B1");
    expect(await screen.findByText("That is the header row. Select a client row below it.")).toBeTruthy();
    panel.excel.selectAsUser("Clients!A20");
    expect(await screen.findByText("Row 20 holds no client of the list on sheet Clients. Select a client row.")).toBeTruthy();
    panel.excel.selectAsUser("Clients!A2:B4");
    expect(await screen.findByText("3 clients are selected. Select one client's row to see its portrait.")).toBeTruthy();
    // The header with one client: rows, since only one of them is a client.
    panel.excel.selectAsUser("Clients!A1:B2");
    expect(await screen.findByText("2 rows are selected. Select one client's row to see its portrait.")).toBeTruthy();
    panel.excel.selectAsUser("Notes!C3");
    expect(await screen.findByText("Sheet Notes is selected. Select a client row on sheet Clients.")).toBeTruthy();
  });

  it("what-if: a changed value gives the score and grade the client would get, and the sheet stays as it was", async () => {
    const panel = simPanel({ selection: true });
    await ratedBeforeOpening(panel);
    panel.excel.selectAsUser("Clients!A4");
    const charlie = await portrait("Charlie");
    const before = JSON.stringify(panel.wb.snapshot());
    const revenue = within(charlie).getByRole("textbox", { name: "Revenue" }) as HTMLInputElement;
    expect(revenue.value).toBe("50000");
    fireEvent.change(revenue, { target: { value: "100000" } });
    // (300 + 0) / 4: grade A from the profile's cut-off at 75.
    expect(await within(charlie).findByText("With these values: score 75, grade A")).toBeTruthy();
    expect(within(charlie).queryByText(/score limits of the last rating/)).toBeNull();
    expect(JSON.stringify(panel.wb.snapshot())).toBe(before);
    // The portrait itself still shows the sheet's client; the reset brings the what-if back to it.
    expect(within(charlie).getByText("Grade: C · Score: 37.5")).toBeTruthy();
    fireEvent.click(within(charlie).getByRole("button", { name: "Back to the sheet's values" }));
    await waitFor(() => expect(within(charlie).queryByText(/With these values/)).toBeNull());
    expect((within(charlie).getByRole("textbox", { name: "Revenue" }) as HTMLInputElement).value).toBe("50000");
  });

  it("grades by rank read off the last rating's cut-offs, and says so", async () => {
    const panel = simPanel({ selection: true });
    await ratedBeforeOpening(panel, sampleProfile({ scale: { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.25, 0.25, 0.25] } }));
    panel.excel.selectAsUser("Clients!A4");
    const charlie = await portrait("Charlie");
    const grade = columnOf(panel, "Grade")!;
    expect(within(charlie).getByText(`Grade: ${panel.wb.cell("Clients", `${grade}4`).value} · Score: 37.5`)).toBeTruthy();
    // Two clients a grade: A holds Alpha (86.9) and Bravo (77.5), B Foxtrot (66.5) and Hotel (61.7). A score of
    // 75 lies between them: B by the rating's cut-offs, where the profile's thresholds would have said A.
    fireEvent.change(within(charlie).getByRole("textbox", { name: "Revenue" }), { target: { value: "100000" } });
    expect(await within(charlie).findByText("With these values: score 75, grade B")).toBeTruthy();
    expect(within(charlie).getByText(/read off the score limits of the last rating or preview/)).toBeTruthy();
    fireEvent.change(within(charlie).getByRole("textbox", { name: "Employees" }), { target: { value: "100" } });
    expect(await within(charlie).findByText("With these values: score 100, grade A")).toBeTruthy();
  });

  it("shows a value edited in the sheet since the rating, and that the sheet's grade is out of date", async () => {
    const panel = simPanel({ selection: true });
    await ratedBeforeOpening(panel);
    panel.wb.setCells("Clients", "B4", [[100000]]);
    panel.excel.selectAsUser("Clients!B4");
    const charlie = await portrait("Charlie");
    expect(within(charlie).getByText("Grade: A · Score: 75")).toBeTruthy();
    expect(within(charlie).getByText("The sheet shows grade C. Rate clients again to update it.")).toBeTruthy();
  });

  it("speaks the display language", async () => {
    const panel = simPanel({ selection: true, language: "nl-NL" });
    await storeProfiles(panel, [sampleProfile()]);
    render(<App host={panel.host} />);
    await screen.findByText("Selecteer een klantrij in het werkblad om het portret van die klant te zien.");
    panel.excel.selectAsUser("Clients!A3");
    const bravo = await portrait("Bravo");
    expect(within(bravo).getByText("Klasse: A · Score: 77,5")).toBeTruthy();
    expect(within(bravo).getByRole("heading", { name: "Wat als" })).toBeTruthy();
  });

  it("without selection events the section says the portrait cannot follow", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    render(<App host={panel.host} />);
    expect(await screen.findByText(/does not tell add-ins which cell is selected/)).toBeTruthy();
  });
});

describe("the score history line", () => {
  const renderHistory = (history: { date: string; score: number; grade: string }[]) =>
    render(
      <I18nProvider displayLanguage="en-US">
        <ScoreHistory history={history} />
      </I18nProvider>,
    );

  it("draws a line from two ratings on, named by its first and last point", () => {
    renderHistory([
      { date: "2026-01-05", score: 58, grade: "B" },
      { date: "2026-06-01", score: 66.5, grade: "B" },
      { date: "2026-11-27", score: 77.5, grade: "A" },
    ]);
    const line = screen.getByRole("img", { name: "Score 58 (B) on 2026-01-05, 77.5 (A) on 2026-11-27, 3 ratings in all" });
    expect(line.querySelector("polyline")!.getAttribute("points")!.split(" ")).toHaveLength(3);
  });

  it("shows nothing about history with one rating or none", () => {
    const { container } = renderHistory([{ date: "2026-11-27", score: 77.5, grade: "A" }]);
    expect(container.textContent).toBe("");
    const none = renderHistory([]);
    expect(none.container.textContent).toBe("");
  });
});
