/** @jest-environment jsdom */
// The states a user meets on the first screen and in the preview (issue 13): what the panel says, and what it offers.
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { sampleProfile } from "./support/clients";
import { columnOf, memoryStorage, simPanel, storeProfiles } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const rateButton = () => screen.getByRole("button", { name: "Rate clients" }) as HTMLButtonElement;
const removeButton = () => screen.getByRole("button", { name: "Remove ratings" }) as HTMLButtonElement;

describe("the first screen", () => {
  it("offers Remove ratings only once there is a rating, and after rating says where it wrote", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    render(<App host={panel.host} />);
    await screen.findByText("Sheet Clients: 8 clients");
    expect(removeButton().disabled).toBe(true);
    await waitFor(() => expect(rateButton().disabled).toBe(false));

    fireEvent.click(rateButton());
    const outcome = await screen.findByRole("region", { name: "Result" });
    const first = columnOf(panel, "Score");
    // The rightmost header in row 1: the last owned column.
    const last = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].filter((letter) => String(panel.wb.cell("Clients", `${letter}1`).value ?? "") !== "").pop();
    expect(within(outcome).getByText(`Written to columns ${first} to ${last} of sheet Clients, with the headers in row 1.`)).toBeTruthy();
    expect(within(outcome).getByText(`Column ${first} is selected, so the sheet shows the new grades.`)).toBeTruthy();
    const grades = within(outcome).getByRole("list", { name: "Grades written to the sheet" });
    expect(within(grades).getAllByRole("listitem").map((item) => item.getAttribute("data-grade"))).toEqual(["A", "B", "C", "D"]);
    // The concentration warning (Alpha holds 47.6% of the profit) is in the outcome, by name.
    expect(within(outcome).getByText(/Alpha alone brings 47\.6% of Profit/)).toBeTruthy();
    await waitFor(() => expect(removeButton().disabled).toBe(false));
  });

  it("names the cell that pushed the columns away from the list", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    panel.wb.setCells("Clients", "H4", [["ring back"]]);
    render(<App host={panel.host} />);
    await waitFor(() => expect(rateButton().disabled).toBe(false));
    fireEvent.click(rateButton());
    const outcome = await screen.findByRole("region", { name: "Result" });
    expect(
      within(outcome).getByText(
        "The columns start at I, not right beside your list, because cell H4 holds a value. Move or clear it to keep the rating next to the list.",
      ),
    ).toBeTruthy();
    expect(panel.wb.cell("Clients", "I1").value).toBe("Score");
  });

  it("says a sheet with only a header row has no clients yet, and does not offer to rate", async () => {
    const panel = simPanel();
    await panel.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Clients").getRange("A2:E9").clear();
      await context.sync();
    });
    render(<App host={panel.host} />);
    expect(
      await screen.findByText("Sheet Clients has column names in row 1 but no clients below them yet. Add your clients under that row, then rate."),
    ).toBeTruthy();
    expect(rateButton().disabled).toBe(true);
  });

  it("offers to pick columns when no column is used, without schema paths", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile({ criteria: [{ id: "shoe", column: "Shoe size", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 50 } }] })]);
    render(<App host={panel.host} />);
    await screen.findByText("Sheet Clients: 8 clients");
    // Remove the one criterion: none left.
    fireEvent.click(await screen.findByRole("button", { name: /^Shoe size\b/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Remove criterion 1" }));
    const notice = await screen.findByText("None of the columns is used for rating yet. Pick the columns that say how good a client is.", {
      selector: "div",
    });
    expect(document.body.textContent).not.toMatch(/criteria\s*:/);
    expect(rateButton().disabled).toBe(true);
    fireEvent.click(within(notice.closest("[role=group]") as HTMLElement).getByRole("button", { name: "Pick columns" }));
    const columns = await screen.findByRole("region", { name: "Columns" });
    fireEvent.click(within(columns).getByRole("button", { name: "Use Revenue" }));
    await waitFor(() => expect(rateButton().disabled).toBe(false));
  });
});

describe("the preview says what changed and for whom", () => {
  it("flags changes not applied yet and lists the clients whose grade would change", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    render(<App host={panel.host} />);
    await waitFor(() => expect(rateButton().disabled).toBe(false));
    fireEvent.click(rateButton());
    await screen.findByRole("region", { name: "Result" });
    const preview = screen.getByRole("region", { name: "Preview" });
    // Right after rating the sheet holds what the profile gives: nothing to apply, nobody moves.
    await within(preview).findByText("No client's grade would change.");
    expect(within(preview).queryByText(/Not applied yet/)).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: /^Employees\b/ }));
    const staff = await screen.findByRole("group", { name: "Criterion 2: Employees" });
    fireEvent.change(within(staff).getByRole("slider"), { target: { value: "10" } });
    await within(preview).findByText("Not applied yet: click Rate clients to apply your changes to the sheet.");
    const heading = await within(preview).findByText(/^Clients whose grade would change: \d+$/);
    const count = Number(heading.textContent!.replace(/\D/g, ""));
    const items = within(within(preview).getByTestId("changed-clients")).getAllByRole("listitem");
    expect(items).toHaveLength(count);
    expect(items[0].textContent).toMatch(/^(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel): [A-D] → [A-D]$/);
    const table = within(preview).getByRole("table", { name: "Clients per grade, now and with your changes" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Grade", "Now in the sheet", "With your changes"]);

    // Putting the weight back makes the profile the one in the sheet again.
    fireEvent.change(within(staff).getByRole("slider"), { target: { value: "1" } });
    await waitFor(() => expect(within(preview).queryByText(/Not applied yet/)).toBeNull());
  });
});

describe("the sections", () => {
  it("remember which are open, through the host's storage", async () => {
    const storage = memoryStorage();
    const panel = simPanel({ storage });
    await storeProfiles(panel, [sampleProfile()]);
    const { unmount } = render(<App host={panel.host} />);
    expect((await screen.findByRole("button", { name: "Scale" })).getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(screen.getByRole("button", { name: "Scale" }));
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(JSON.parse(storage.items.get("client-rater.open-sections")!)).toEqual(["client", "criteria", "scale"]);
    unmount();

    render(<App host={simPanel({ storage }).host} />);
    expect((await screen.findByRole("button", { name: "Scale" })).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "Preview" }).getAttribute("aria-expanded")).toBe("false");
  });
});
