/** @jest-environment jsdom */
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { rateClients, ratingDateOf, type Profile } from "../../src/core";
import { loadStoredProfiles, readClientSheet } from "../../src/excel";
import { App } from "../../src/taskpane/components/App";
import { sampleProfile } from "./support/clients";
import { AS_OF, columnOf, simPanel, storeProfiles, type SimPanel } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

/** The sample profile plus a heavy recency criterion on Last contact. */
function recencyProfile(): Profile {
  const profile = sampleProfile();
  profile.criteria.push({ id: "contact", column: "Last contact", area: "fit", weight: 4, rule: { type: "recency", fullDays: 30, zeroDays: 365 } });
  return profile;
}

/** The preview's "with your changes" counts. */
function chartCounts(): Record<string, number> {
  const table = screen.getByRole("table", { name: "Clients per grade, now and with your changes" });
  return Object.fromEntries(
    within(table)
      .getAllByRole("row")
      .filter((row) => row.hasAttribute("data-grade"))
      .map((row) => [row.getAttribute("data-grade")!, Number(row.getAttribute("data-count"))]),
  );
}

/** The rating date's section starts closed. */
async function openRatingDate(): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name: "Rating date" }));
}

async function coreCounts(panel: SimPanel, profile: Profile, asOf: Date): Promise<Record<string, number>> {
  const sheet = await panel.excel.run((context) => readClientSheet(context));
  const result = rateClients(sheet.table, [profile], { asOf, locale: "en" });
  return Object.fromEntries(profile.scale.grades.map((g) => [g, result.gradeCounts[g] ?? 0]));
}

async function storedProfiles(panel: SimPanel): Promise<Profile[] | undefined> {
  return (await panel.excel.run((context) => loadStoredProfiles(context))).profiles;
}

describe("the rating date", () => {
  it("a fixed date changes the preview to what core gives for that date, and rating uses and stores it", async () => {
    const panel = simPanel({ lastContact: true });
    await storeProfiles(panel, [recencyProfile()]);
    render(<App host={panel.host} />);
    await screen.findByText(/Sheet Clients: 8 clients/);
    const today = await coreCounts(panel, recencyProfile(), AS_OF);
    await waitFor(() => expect(chartCounts()).toEqual(today));

    await openRatingDate();
    const date = (await screen.findByLabelText("Date")) as HTMLInputElement;
    expect(date.disabled).toBe(true);
    expect(date.value).toBe("2026-11-27"); // today, from the host
    fireEvent.click(screen.getByRole("radio", { name: "Fixed date" }));
    expect(date.disabled).toBe(false);
    fireEvent.change(date, { target: { value: "2023-06-30" } });

    const fixed = await coreCounts(panel, { ...recencyProfile(), ratingDate: "2023-06-30" }, ratingDateOf("2023-06-30"));
    expect(fixed).not.toEqual(today); // every contact is over a year old by AS_OF, recent by mid-2023
    await waitFor(() => expect(chartCounts()).toEqual(fixed));

    fireEvent.click(screen.getByRole("button", { name: "Rate clients" }));
    await screen.findByText("Rated 8 clients on sheet Clients.");
    const grade = columnOf(panel, "Grade")!;
    const written: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
    for (let row = 2; row <= 9; row++) written[String(panel.wb.cell("Clients", `${grade}${row}`).value)]++;
    expect(written).toEqual(fixed);
    expect((await storedProfiles(panel))?.[0].ratingDate).toBe("2023-06-30");

    fireEvent.click(screen.getByRole("radio", { name: "Today" }));
    await waitFor(() => expect(chartCounts()).toEqual(today));
    expect(date.value).toBe("2026-11-27");
  });

  it("shows a stored fixed date and previews with it", async () => {
    const panel = simPanel({ lastContact: true });
    const stored = { ...recencyProfile(), ratingDate: "2023-01-31" };
    await storeProfiles(panel, [stored]);
    render(<App host={panel.host} />);
    await screen.findByText(/Sheet Clients: 8 clients/);
    await openRatingDate();
    expect(((await screen.findByRole("radio", { name: "Fixed date" })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Date") as HTMLInputElement).value).toBe("2023-01-31");
    const expected = await coreCounts(panel, stored, ratingDateOf("2023-01-31"));
    await waitFor(() => expect(chartCounts()).toEqual(expected));
  });
});
