/** @jest-environment jsdom */
import "./support/dom";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { rateClients, type Profile } from "../../src/core";
import { loadStoredProfiles, readClientSheet } from "../../src/excel";
import { App } from "../../src/taskpane/components/App";
import { evenCutoffs } from "../../src/taskpane/editing/scalePresets";
import { sampleProfile } from "./support/clients";
import { AS_OF, columnOf, protectClients, simPanel, storeDamagedProfile, storeProfiles, unprotectClients, type SimPanel } from "./support/simHost";

const options = { asOf: AS_OF, locale: "en" as const };

// Fluent UI in jsdom is slow on a busy machine; give async queries room.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const COMPARISON = "Clients per grade, now and with your changes";

async function openPanel(panel: SimPanel) {
  render(<App host={panel.host} />);
  await screen.findByText(/Sheet Clients: 8 clients/);
  await screen.findByRole("table", { name: COMPARISON });
}

/** Opens a collapsed section of the panel by its heading button. */
function openSection(name: string) {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

/** Opens a criterion's summary line onto its editor. */
async function openCriterion(column: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${column}\\b`) }));
  return screen.findByRole("group", { name: new RegExp(`^Criterion \\d+: ${column}$`) });
}

/** The preview's "with your changes" counts, best grade first. */
function chartBars(): [string, number][] {
  const table = screen.getByRole("table", { name: COMPARISON });
  return within(table)
    .getAllByRole("row")
    .filter((row) => row.hasAttribute("data-grade"))
    .map((row) => [row.getAttribute("data-grade")!, Number(row.getAttribute("data-count"))]);
}

/** The preview's bars as { grade: count }. */
function chartCounts(): Record<string, number> {
  return Object.fromEntries(chartBars());
}

async function expectedCounts(panel: SimPanel, profiles: Profile[]): Promise<Record<string, number>> {
  const sheet = await panel.excel.run((context) => readClientSheet(context));
  const result = rateClients(sheet.table, profiles, options);
  return Object.fromEntries(profiles[0].scale.grades.map((g) => [g, result.gradeCounts[g] ?? 0]));
}

const cards = () => screen.getAllByRole("group", { name: /^Criterion \d+:/ });
/** The criteria's summary lines (the buttons that open them), in order. */
const criterionLines = () =>
  within(screen.getByRole("region", { name: "Criteria" }))
    .getAllByRole("button")
    .filter((button) => button.hasAttribute("aria-expanded"));

describe("the side panel on a simulated workbook", () => {
  it("reads the sheet, proposes a profile and shows which columns it uses", async () => {
    const panel = simPanel();
    await openPanel(panel);
    openSection("Columns");
    const columns = await screen.findByRole("region", { name: "Columns" });
    const revenueRow = within(columns).getByText("Revenue").closest("li")!;
    expect(within(revenueRow).getByText(/^Criterion \d+$/)).toBeTruthy();
    const segmentRow = within(columns).getByText("Segment").closest("li")!;
    expect(within(segmentRow).getByText("unused")).toBeTruthy();
    expect(screen.getByText(/a profile was proposed from the column headers/)).toBeTruthy();

    // Map an unused column: it becomes a criterion line; unmap it again.
    const before = criterionLines().length;
    fireEvent.click(within(segmentRow).getByRole("button", { name: "Use Segment" }));
    expect(criterionLines()).toHaveLength(before + 1);
    expect(within(segmentRow).getByText(`Criterion ${before + 1}`)).toBeTruthy();
    fireEvent.click(within(segmentRow).getByRole("button", { name: "Stop using Segment" }));
    expect(criterionLines()).toHaveLength(before);
  });

  it("moves clients between grades in the preview when a weight changes, as core rates them", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    await waitFor(async () => expect(chartCounts()).toEqual(await expectedCounts(panel, [sampleProfile()])));
    const before = chartCounts();

    const staffCard = await openCriterion("Employees");
    fireEvent.change(within(staffCard).getByRole("slider"), { target: { value: "10" } });
    expect(within(staffCard).getByText("Weight 10")).toBeTruthy();
    // The summary line gives the new weight and its share of all weights (3 + 10).
    expect(screen.getByText("Weight 10, 76.9% of the total")).toBeTruthy();

    const heavier = sampleProfile();
    heavier.criteria[1] = { ...heavier.criteria[1], weight: 10 };
    const expected = await expectedCounts(panel, [heavier]);
    expect(expected).not.toEqual(before); // the data is chosen so the weight matters
    await waitFor(() => expect(chartCounts()).toEqual(expected));
    // The workbook was not touched by the preview.
    expect(columnOf(panel, "Grade")).toBeNull();
  });

  it("switches the scale to 1-5 and to quotas", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    openSection("Scale");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("combobox", { name: "Grades" }));
    await user.click(screen.getByRole("option", { name: "1 to 5" }));
    const fivePoint = sampleProfile({ scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: evenCutoffs(5) } });
    await waitFor(async () => expect(chartCounts()).toEqual(await expectedCounts(panel, [fivePoint])));
    expect(screen.getByLabelText("Lowest score for 5")).toBeTruthy();

    await user.click(screen.getByRole("radio", { name: "Quotas (share of clients)" }));
    expect(screen.getByLabelText("Share of clients graded 5 (%)")).toBeTruthy();
    await waitFor(() => expect(Object.values(chartCounts()).reduce((a, b) => a + b, 0)).toBe(8));
    expect(chartBars().map(([grade]) => grade)).toEqual(["5", "4", "3", "2", "1"]);
  });

  it("adds, reorders and removes criteria", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    await openCriterion("Revenue");
    await openCriterion("Employees");
    expect(cards().map((c) => c.getAttribute("aria-label"))).toEqual(["Criterion 1: Revenue", "Criterion 2: Employees"]);

    // A new criterion opens ready to edit.
    fireEvent.click(screen.getByRole("button", { name: "Add criterion" }));
    await waitFor(() => expect(cards()).toHaveLength(3));

    fireEvent.click(screen.getByRole("button", { name: "Move criterion 2 up" }));
    expect(cards()[0].getAttribute("aria-label")).toBe("Criterion 1: Employees");
    expect(cards()[1].getAttribute("aria-label")).toBe("Criterion 2: Revenue");
    expect((screen.getByRole("button", { name: "Move criterion 1 up" }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Remove criterion 3" }));
    expect(cards().map((c) => c.getAttribute("aria-label"))).toEqual(["Criterion 1: Employees", "Criterion 2: Revenue"]);
  });

  it("states each rule in plain words", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    // In a few words on the criterion's line, in a full sentence in its editor.
    expect(screen.getByText("Ideal range · 50–500")).toBeTruthy();
    await openCriterion("Employees");
    expect(screen.getByText(/Ideal between 50 and 500 Employees; 0 points below 5 or above 5,000/)).toBeTruthy();
  });

  it("lists every wrong field of an imported profile file", async () => {
    const panel = simPanel();
    await openPanel(panel);
    const bad = { version: 1, name: "Broken", scale: { grades: ["A", "B"], mode: "thresholds", cutoffs: [50] }, criteria: [{ id: "r", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 10, max: 5 } }] };
    const file = new File([JSON.stringify(bad)], "bad.json", { type: "application/json" });
    openSection("Profiles");
    await userEvent.upload(await screen.findByLabelText("Profile file (JSON)"), file);
    await screen.findByText("The file is not a valid profile:");
    // The field by its label in the panel, not the file's path (criteria[0].rule.max).
    expect(screen.getByText("Criterion 1: Revenue, Maximum: Must be more than the minimum (10)")).toBeTruthy();
  });

  it("says what is wrong with an imported file and an edited field in German when Office speaks German", async () => {
    const panel = simPanel({ language: "de-DE" });
    await storeProfiles(panel, [sampleProfile()]);
    render(<App host={panel.host} />);
    await screen.findByText(/Blatt Clients: 8 Kunden/);
    const bad = { version: 1, name: "Kaputt", scale: { grades: ["A", "B"], mode: "thresholds", cutoffs: [50] }, criteria: [{ id: "r", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 1500.5, max: 5 } }] };
    await screen.findByRole("button", { name: "Profile" });
    openSection("Profile");
    await userEvent.upload(await screen.findByLabelText("Profildatei (JSON)"), new File([JSON.stringify(bad)], "bad.json", { type: "application/json" }));
    await screen.findByText("Die Datei ist kein gültiges Profil:");
    expect(screen.getByText("Kriterium 1: Revenue, Maximum: Muss größer als das Minimum (1.500,5) sein")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^Revenue\b/ }));
    const revenue = await screen.findByRole("group", { name: "Kriterium 1: Revenue" });
    fireEvent.change(within(revenue).getByLabelText("Maximum"), { target: { value: "-5" } });
    await screen.findByText("Korrigieren Sie diese Felder, um die Vorschau zu sehen:");
    expect(screen.getByText("Kriterium 1: Revenue, Maximum: Muss größer als das Minimum (0) sein")).toBeTruthy();
  });

  it("imports a good profile file and previews with it", async () => {
    const panel = simPanel();
    await openPanel(panel);
    const good = sampleProfile({ name: "Imported" });
    const file = new File([JSON.stringify({ version: 1, profiles: [good] })], "good.json", { type: "application/json" });
    openSection("Profiles");
    await userEvent.upload(await screen.findByLabelText("Profile file (JSON)"), file);
    await screen.findByText("Imported 1 profile(s).");
    expect(screen.getByRole("combobox", { name: "Profile shown" }).textContent).toContain("Imported");
    await waitFor(async () => expect(chartCounts()).toEqual(await expectedCounts(panel, [good])));
  });

  it("rates the workbook: saves the profile, writes the Grade column, reports success; then removes the ratings", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    fireEvent.click(screen.getByRole("button", { name: "Rate clients" }));
    await screen.findByText("Rated 8 clients on sheet Clients.");
    const grade = columnOf(panel, "Grade");
    expect(grade).not.toBeNull();
    const expected = await expectedCounts(panel, [sampleProfile()]);
    const written: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
    for (let row = 2; row <= 9; row++) written[String(panel.wb.cell("Clients", `${grade}${row}`).value)]++;
    expect(written).toEqual(expected);
    // The panel re-reads the sheet and compares with the grades just written: every client keeps its grade.
    const reread = await panel.excel.run((context) => readClientSheet(context));
    expect(reread.existingGrades).toHaveLength(8);
    await waitFor(() => expect(screen.getByTestId("migration-same").textContent).toBe("8"));

    fireEvent.click(screen.getByRole("button", { name: "Remove ratings" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Remove ratings?")).toBeTruthy();
    // In jsdom, tabster's modalizer may mark the open surface aria-hidden (it has no layout to track focus);
    // the browser test checks the real dialog with axe.
    fireEvent.click(await within(dialog).findByRole("button", { name: "Remove", hidden: true }));
    await screen.findByText(/Ratings removed/);
    expect(columnOf(panel, "Grade")).toBeNull();
  });

  it("shows progress while rating and blocks a released run", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    const syncs: string[] = [];
    const run = panel.host.run;
    await openPanel(panel);
    let letGo!: () => void;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    // Holds every sync of the rating until the test lets go, so the panel can be seen mid-way.
    panel.host.run = (batch) =>
      run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (async () => {
          syncs.push("sync");
          await released;
          return sync();
        }) as typeof context.sync;
        return batch(context);
      });
    fireEvent.click(screen.getByRole("button", { name: "Rate clients" }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    // While the progress bar shows, the button says what is going on, and cannot start a second run.
    expect((screen.getByRole("button", { name: "Rating…" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Rate clients" })).toBeNull();
    await act(async () => {
      letGo();
    });
    await screen.findByText("Rated 8 clients on sheet Clients.");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(syncs.length).toBeGreaterThan(0);
  });

  it("shows the protected-sheet error and writes nothing, not even the edited profile", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    const staffCard = await openCriterion("Employees");
    fireEvent.change(within(staffCard).getByRole("slider"), { target: { value: "10" } });
    await protectClients(panel);
    fireEvent.click(screen.getByRole("button", { name: "Rate clients" }));
    // By the button, as an alert a screen reader says at once.
    expect((await screen.findByRole("alert")).textContent).toMatch(/Sheet Clients is protected/);
    expect(columnOf(panel, "Grade")).toBeNull();
    const stored = await panel.excel.run((context) => loadStoredProfiles(context));
    expect(stored.profiles).toEqual([sampleProfile()]);

    // Once the sheet can be written, rating stores the edited profile.
    await unprotectClients(panel);
    fireEvent.click(screen.getByRole("button", { name: "Rate clients" }));
    await screen.findByText("Rated 8 clients on sheet Clients.");
    const after = await panel.excel.run((context) => loadStoredProfiles(context));
    expect(after.profiles?.[0].criteria[1].weight).toBe(10);
  });

  it("says in Dutch which field of the stored profile is wrong when Office speaks Dutch", async () => {
    const panel = simPanel({ language: "nl-NL" });
    const broken = sampleProfile();
    broken.criteria[0] = { ...broken.criteria[0], rule: { type: "higher", min: 10, max: 5 } };
    await storeDamagedProfile(panel, JSON.stringify({ version: 1, profiles: [broken] }));
    render(<App host={panel.host} />);
    await screen.findByText("Het profiel in deze werkmap is beschadigd: Criterium 1: Revenue, Maximum: Moet groter zijn dan het minimum (10)");
  });

  it("offers Reset to default for a damaged stored profile", async () => {
    const panel = simPanel();
    await storeDamagedProfile(panel);
    await openPanel(panel);
    await screen.findByText(/The profile stored in this workbook is damaged/);
    fireEvent.click(screen.getByRole("button", { name: "Reset to default" }));
    await waitFor(() => expect(screen.queryByText(/The profile stored in this workbook is damaged/)).toBeNull());
    const stored = await panel.excel.run((context) => loadStoredProfiles(context));
    expect(stored.status).toBe("ok");
  });

  it("speaks Dutch when Office does, with Dutch number formats", async () => {
    const panel = simPanel({ language: "nl-NL" });
    await storeProfiles(panel, [sampleProfile()]);
    render(<App host={panel.host} />);
    await screen.findByText(/Blad Clients: 8 klanten/);
    expect(await screen.findByRole("button", { name: "Klanten beoordelen" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Criterium toevoegen" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Employees\b/ }));
    await screen.findByRole("group", { name: "Criterium 2: Employees" });
    expect(screen.getByText(/Ideaal: Employees tussen 50 en 500; 0 punten onder 5 of boven 5\.000/)).toBeTruthy();
  });

  it("follows the Office theme", async () => {
    const panel = simPanel({ theme: "dark" });
    const { container } = render(<App host={panel.host} />);
    await screen.findByText(/Sheet Clients/);
    expect(container.querySelector("[data-theme]")!.getAttribute("data-theme")).toBe("dark");
    act(() => panel.setTheme("light"));
    expect(container.querySelector("[data-theme]")!.getAttribute("data-theme")).toBe("light");
  });
});

describe("several profiles", () => {
  it("adds a second profile for the rows where Segment is Corporate and previews both", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    openSection("Profiles");
    fireEvent.click(await screen.findByRole("button", { name: "Add profile" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Profile shown" }).textContent).toContain("Profile 2"));

    fireEvent.click(screen.getByRole("checkbox", { name: "Only rows where a column has certain values" }));
    const user = userEvent.setup();
    await user.click(within(screen.getByRole("region", { name: "Profiles" })).getByRole("combobox", { name: "Column" }));
    await user.click(screen.getByRole("option", { name: "Segment" }));
    fireEvent.change(screen.getByLabelText("Values (comma separated)"), { target: { value: "Corporate" } });
    expect(screen.getByText("Applies to rows where Segment is Corporate")).toBeTruthy();

    // The second profile's own scale: five numeric grades.
    openSection("Scale");
    await user.click(await screen.findByRole("combobox", { name: "Grades" }));
    await user.click(screen.getByRole("option", { name: "1 to 5" }));

    const sheet = await panel.excel.run((context) => readClientSheet(context));
    const { buildDefaultProfile } = await import("../../src/core");
    const second: Profile = {
      ...buildDefaultProfile(sheet.table, "en"),
      name: "Profile 2",
      appliesTo: { column: "Segment", values: ["Corporate"] },
      scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: evenCutoffs(5) },
    };
    const direct = rateClients(sheet.table, [sampleProfile(), second], options);
    const labels = ["A", "B", "C", "D", "5", "4", "3", "2", "1"];
    await waitFor(() => expect(chartBars()).toEqual(labels.map((g) => [g, direct.grades.filter((x) => x === g).length])));
    // Both profiles rate somebody: Retail rows by the first, Corporate rows by the second.
    expect(direct.grades.filter((g) => "ABCD".includes(g)).length).toBe(4);
  });
});

describe("the side panel's warnings and files", () => {
  it("warns in the preview when one client holds 25% or more of the value", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    // Alpha has 30,000 of 63,000 profit.
    expect(screen.getByText("One client holds 47.6% of Profit: 25% or more is a concentration risk.")).toBeTruthy();
    expect(screen.getByText("Largest client: 47.6%")).toBeTruthy();
  });

  it("warns in the preview about a column the sheet does not have", async () => {
    const panel = simPanel();
    const withMissing = sampleProfile();
    withMissing.criteria.push({ id: "late", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 60 } });
    await storeProfiles(panel, [withMissing]);
    await openPanel(panel);
    expect(await screen.findByText("Column Days late was not found; its criterion counts as missing.")).toBeTruthy();
    // The card keeps the missing column selectable so the user can pick another one.
    const card = await openCriterion("Days late");
    expect(within(card).getByRole("combobox", { name: "Column" }).textContent).toContain("Days late");
  });

  it("reports knocked-out clients after rating", async () => {
    const panel = simPanel();
    const strict = sampleProfile();
    strict.criteria[1] = { ...strict.criteria[1], knockout: { below: 50 } };
    await storeProfiles(panel, [strict]);
    await openPanel(panel);
    const knocked = rateClients((await panel.excel.run((c) => readClientSheet(c))).table, [strict], options);
    const count = Array.from(knocked.knockedOut).reduce((a, b) => a + b, 0);
    expect(count).toBeGreaterThan(0);
    expect(screen.getByText(`Knocked out: ${count}`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Rate clients" }));
    await screen.findByText(`${count} clients were knocked out and given the lowest grade.`);
  });

  it("shows field errors instead of a preview while an edited rule is not valid", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    const revenue = await openCriterion("Revenue");
    fireEvent.change(within(revenue).getByLabelText("Maximum"), { target: { value: "-5" } });
    await screen.findByText("Fix these fields to see the preview:");
    // In the panel's words, not the schema's path (criteria[0].rule.max).
    expect(screen.getByText("Criterion 1: Revenue, Maximum: Must be more than the minimum (0)")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Rate clients" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("exports the profiles as a JSON download", async () => {
    const panel = simPanel();
    await storeProfiles(panel, [sampleProfile()]);
    await openPanel(panel);
    openSection("Profiles");
    await screen.findByRole("button", { name: "Export profile" });
    const blobs: Blob[] = [];
    const urls = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
    urls.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return "blob:profile";
    };
    urls.revokeObjectURL = () => {};
    const clicked: { download: string; href: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    fireEvent.click(screen.getByRole("button", { name: "Export profile" }));
    click.mockRestore();
    expect(clicked).toEqual([{ download: "client-rater-profile.json", href: "blob:profile" }]);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    const { parseProfileSet } = await import("../../src/core");
    const parsed = parseProfileSet(JSON.parse(text));
    expect(parsed.ok && parsed.profiles.map((p) => p.name)).toEqual(["Wholesale"]);
  });
});

describe("a sheet that cannot be read", () => {
  it("shows the reason as an error message bar", async () => {
    const panel = simPanel();
    await panel.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Clients").getRange("A1:E9").clear();
      await context.sync();
    });
    render(<App host={panel.host} />);
    // Empty, so there is no header row: not "no clients below the header row".
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Sheet Clients is empty: no header row found. Put your client list on it, with the column names in the first row.",
    );
    expect(screen.queryByRole("button", { name: "Rate clients" })).toBeNull();
  });
});
