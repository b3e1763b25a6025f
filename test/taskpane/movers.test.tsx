/** @jest-environment jsdom */
// Who moved since the last rating, in the panel's outcome: the previous date, the counts, the biggest
// moves with a name that selects the client's row; and Remove ratings keeping the history unless asked.
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { rateWorkbook } from "../../src/excel";
import { App } from "../../src/taskpane/components/App";
import { sampleProfile } from "./support/clients";
import { simPanel, storeProfiles, type SimPanel } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const rateButton = () => screen.getByRole("button", { name: "Rate clients" }) as HTMLButtonElement;

/** An earlier rating with revenue alone counting, then the panel rates with the stored profile (staff counts too). */
async function ratedTwice(panel: SimPanel) {
  const earlier = sampleProfile({ criteria: [sampleProfile().criteria[0]] });
  await panel.excel.run((context) => rateWorkbook(context, { profiles: [earlier], ratingDate: "2026-01-15" }));
  await storeProfiles(panel, [sampleProfile()]);
  render(<App host={panel.host} />);
  await waitFor(() => expect(rateButton().disabled).toBe(false));
  fireEvent.click(rateButton());
  await screen.findByRole("region", { name: "Result" });
  return screen.findByRole("region", { name: "Grade changes since 2026-01-15" });
}

/** Grades in the sheet's Grade column (G, after the five data columns) and in the history's first date (column C: followed by name, the key is the name). */
function grades(panel: SimPanel): { before: string[]; now: string[] } {
  const names = Array.from({ length: 8 }, (_, i) => String(panel.wb.cell("Clients", `A${i + 2}`).value));
  const byName = new Map(Array.from({ length: 8 }, (_, i) => [String(panel.wb.cell("Rating history", `A${i + 6}`).value), String(panel.wb.cell("Rating history", `C${i + 6}`).value)]));
  return { before: names.map((n) => byName.get(n) ?? ""), now: names.map((_, i) => String(panel.wb.cell("Clients", `G${i + 2}`).value)) };
}

describe("the movers in the outcome", () => {
  it("says what moved since the previous rating date, and a name selects that client's row", async () => {
    const panel = simPanel();
    const movers = await ratedTwice(panel);
    const { before, now } = grades(panel);
    const order = ["A", "B", "C", "D"];
    const up = now.filter((g, i) => order.indexOf(g) < order.indexOf(before[i])).length;
    const down = now.filter((g, i) => order.indexOf(g) > order.indexOf(before[i])).length;
    expect(up + down).toBeGreaterThan(0);
    expect(within(movers).getByText(`${up} up · ${down} down · 0 new · 0 gone`)).toBeTruthy();

    const list = within(movers).getByRole("list", { name: "Biggest moves" });
    const names = within(list).getAllByRole("button", { name: /^Select .+ in the sheet$/ });
    expect(names).toHaveLength(Math.min(5, up + down));
    const first = names[0].getAttribute("title")!;
    const row = Array.from({ length: 8 }, (_, i) => panel.wb.cell("Clients", `A${i + 2}`).value).indexOf(first);
    expect(names[0].parentElement!.textContent).toContain(`${before[row]} → ${now[row]}`);
    fireEvent.click(names[0]);
    await waitFor(async () =>
      expect(
        await panel.excel.run(async (context) => {
          const range = context.workbook.getSelectedRange().load("address");
          await context.sync();
          return range.address;
        }),
      ).toMatch(new RegExp(`^Clients!A${row + 2}:`)),
    );
  });

  it("Remove ratings keeps the rating history unless its box is ticked", async () => {
    const panel = simPanel();
    await ratedTwice(panel);
    fireEvent.click(screen.getByRole("button", { name: "Remove ratings" }));
    const dialog = await screen.findByRole("dialog");
    // Fluent's dialog is aria-hidden to jsdom while it opens (as in app.test.tsx): look inside it anyway.
    const box = (await within(dialog).findByRole("checkbox", { name: "Also delete the rating history", hidden: true })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove", hidden: true }));
    await screen.findByText(/The rating history is kept/);
    expect(panel.wb.sheetNames()).toEqual(["Clients", "Rating history"]);
  });
});
