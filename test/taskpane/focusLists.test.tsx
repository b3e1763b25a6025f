/** @jest-environment jsdom */
// The focus lists in the outcome (issue 14 item 8): a line per next step opening to its top clients, and a name
// that selects the client's row in the sheet.
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { sampleProfile } from "./support/clients";
import { simPanel, storeProfiles, type SimPanel } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const rateButton = () => screen.getByRole("button", { name: "Rate clients" }) as HTMLButtonElement;

async function selectedAddress(panel: SimPanel): Promise<string> {
  return panel.excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  });
}

async function rated(panel: SimPanel) {
  await storeProfiles(panel, [sampleProfile()]);
  render(<App host={panel.host} />);
  await waitFor(() => expect(rateButton().disabled).toBe(false));
  fireEvent.click(rateButton());
  await screen.findByRole("region", { name: "Result" });
  return screen.findByRole("region", { name: "Next steps" });
}

describe("the focus lists", () => {
  it("counts the four next steps, opens Keep in place, and a name selects that client's row", async () => {
    const panel = simPanel();
    const focus = await rated(panel);
    const headers = within(focus).getAllByRole("button", { expanded: false }).map((b) => b.textContent ?? "");
    expect(headers.map((h) => h.replace(/: \d+$/, ""))).toEqual(["Keep", "Develop", "Fix", "Reconsider"]);
    const total = headers.reduce((sum, h) => sum + Number(/: (\d+)$/.exec(h)?.[1] ?? NaN), 0);
    expect(total).toBe(8);

    const keep = within(focus).getByRole("button", { name: /^Keep: \d+$/ });
    fireEvent.click(keep);
    expect(keep.getAttribute("aria-expanded")).toBe("true");
    const list = within(focus).getByRole("list", { name: "Keep" });
    const names = within(list).getAllByRole("button", { name: /^Select .+ in the sheet$/ });
    expect(names.length).toBeGreaterThan(0);
    const name = names[0].getAttribute("title")!;

    // Before the tap the rating's own selection (the first rated column) is what Excel shows.
    expect(await selectedAddress(panel)).not.toMatch(/^Clients!A(\d+):[A-Z]+\1$/);
    fireEvent.click(names[0]);
    await waitFor(async () => expect(await selectedAddress(panel)).toMatch(/^Clients!A(\d+):[A-Z]+\1$/));
    const row = /^Clients!A(\d+):/.exec(await selectedAddress(panel))![1];
    expect(panel.wb.cell("Clients", `A${row}`).value).toBe(name);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a failed selection in the panel's error area instead of throwing", async () => {
    const panel = simPanel();
    const focus = await rated(panel);
    fireEvent.click(within(focus).getByRole("button", { name: /^Keep: \d+$/ }));
    await panel.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Clients").name = "Renamed";
      await context.sync();
    });
    fireEvent.click(within(within(focus).getByRole("list", { name: "Keep" })).getAllByRole("button")[0]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("There is no sheet named Clients in this workbook.");
    // The outcome stays: it is still what the rating wrote.
    expect(screen.getByRole("region", { name: "Next steps" })).toBeTruthy();
  });
});
