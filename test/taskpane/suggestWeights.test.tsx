/** @jest-environment jsdom */
// The "Suggest weights" section: both columns side by side, the check on clients set aside, and weights
// that change only when the user clicks Apply.
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { suggestWeights, type Suggestion } from "../../src/core";
import { App } from "../../src/taskpane/components/App";
import { SimWorkbook } from "../../src/simulator";
import { knownWeightsProfile, knownWeightsTable } from "../core/suggestData";
import { AS_OF, simPanel, storeProfiles, type SimPanel } from "./support/simHost";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(90000);

const CLIENTS = 200;
const table = knownWeightsTable(CLIENTS, [5, 3, 2, 0], 50);
const profile = knownWeightsProfile([3, 3, 2, 2]);

/** The panel over a sheet of C1..C4 and Profit (made from known weights), with the [3, 3, 2, 2] profile stored. */
async function suggestPanel(): Promise<SimPanel> {
  const panel = simPanel();
  const wb = panel.wb as SimWorkbook;
  const rows = table.rows.map((row, i) => [`Client ${i + 1}`, ...row.map((cell) => Math.round(Number(cell) * 100) / 100)]);
  wb.setCells("Clients", "A1", [["Client", ...table.headers], ...rows]);
  await storeProfiles(panel, [profile]);
  return panel;
}

/** What core suggests for the sheet as the panel reads it (values rounded to cents, as written). */
function expected(): Suggestion {
  const rounded = { headers: table.headers, rows: table.rows.map((row) => row.map((cell) => Math.round(Number(cell) * 100) / 100)) };
  const result = suggestWeights(rounded, [profile], { asOf: AS_OF, locale: "en" });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const weightShares = () => screen.getAllByTestId("weight-share").map((node) => node.textContent);

async function openSection() {
  await screen.findByText(`Sheet Clients: ${CLIENTS} clients`);
  fireEvent.click(await screen.findByRole("button", { name: "Suggest weights" }));
  return screen.findByRole("region", { name: "Suggest weights" });
}

describe("the Suggest weights section", () => {
  it("shows current and suggested weights with both held-out correlations, and applies them only on click", async () => {
    const panel = await suggestPanel();
    render(<App host={panel.host} />);
    const section = await openSection();
    expect((within(section).getByRole("combobox", { name: "Order clients by" }) as HTMLButtonElement).textContent).toBe("Profit");
    const before = weightShares();
    expect(before).toEqual(["3 · 30%", "3 · 30%", "2 · 20%", "2 · 20%"]);

    fireEvent.click(within(section).getByRole("button", { name: "Work out weights" }));
    const weights = await within(section).findByRole("table", { name: "Weights now and suggested" });
    const want = expected();
    const rows = within(weights).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.getAttribute("data-criterion"))).toEqual(["c1", "c2", "c3", "c4"]);
    expect(within(weights).getAllByTestId("weight-now").map((cell) => cell.textContent)).toEqual(["3", "3", "2", "2"]);
    expect(within(weights).getAllByTestId("weight-suggested").map((cell) => cell.textContent)).toEqual(want.weights.map((w) => String(w.suggested)));
    expect(want.weights.map((w) => w.suggested)).not.toEqual([3, 3, 2, 2]);
    expect(within(section).getByTestId("fit-now").textContent).toBe(want.current.heldOut.toFixed(2));
    expect(within(section).getByTestId("fit-suggested").textContent).toBe(want.suggested.heldOut.toFixed(2));
    expect(want.suggested.heldOut).toBeGreaterThan(want.current.heldOut);
    expect(
      within(section).getByText(`How closely the score follows Profit, checked on ${want.clients.heldOut} clients set aside (rank correlation; 1 = the same order):`),
    ).toBeTruthy();
    // The preview's grade moves, from the current weights' grades to the suggestion's.
    expect(within(section).getByText("If you apply it, compared with your current weights:")).toBeTruthy();
    const moved = ["up", "down", "same", "other"].map((id) => Number(within(section).getByTestId(`migration-${id}`).textContent));
    expect(moved.reduce((a, b) => a + b, 0)).toBe(CLIENTS);

    // Nothing changed yet: the criteria keep their weights until the click.
    expect(weightShares()).toEqual(before);
    fireEvent.click(within(section).getByRole("button", { name: "Apply suggested weights" }));
    const total = want.weights.reduce((sum, w) => sum + w.suggested, 0);
    await waitFor(() =>
      expect(weightShares()).toEqual(want.weights.map((w) => `${w.suggested} · ${Math.round((1000 * w.suggested) / total) / 10}%`)),
    );
    expect(within(section).getByText("Applied: the criteria now have the suggested weights. Click Rate clients to write the new grades.")).toBeTruthy();
    expect(within(section).queryByRole("button", { name: "Apply suggested weights" })).toBeNull();
  });

  it("says plainly when the chosen column has too few numbers", async () => {
    const panel = await suggestPanel();
    render(<App host={panel.host} />);
    const section = await openSection();
    fireEvent.click(within(section).getByRole("combobox", { name: "Order clients by" }));
    fireEvent.click(await screen.findByRole("option", { name: "Client" }));
    fireEvent.click(within(section).getByRole("button", { name: "Work out weights" }));
    expect(
      await within(section).findByText(`Client has a readable number for only 0 of ${CLIENTS} clients. Suggesting weights needs at least 30.`),
    ).toBeTruthy();
    expect(within(section).queryByRole("button", { name: "Apply suggested weights" })).toBeNull();
  });
});
