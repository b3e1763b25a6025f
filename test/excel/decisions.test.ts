// The decision layer in the workbook: Next step and the optional owned columns, the Focus sheet and
// its agreement with the client sheet, the panel's outcome.focus and selectClientRow.
import { readFileSync } from "fs";
import { join } from "path";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { rateWorkbook, removeRatings, selectClientRow, type RateOutcome } from "../../src/excel";
import { buildDefaultProfile, NEXT_STEPS, type Profile } from "../../src/core";
import { columnLetters } from "../../src/shared/a1";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

const headerIndex = (wb: SimWorkbook, sheet: string, header: string): number => {
  for (let c = 0; c < 60; c++) if (wb.cell(sheet, `${columnLetters(c)}1`).value === header) return c;
  return -1;
};
const columnValues = (wb: SimWorkbook, sheet: string, col: number, rows: number): unknown[] =>
  Array.from({ length: rows }, (_, r) => wb.cell(sheet, `${columnLetters(col)}${r + 2}`).value);
/** The Focus sheet's column A, top to bottom, up to the first run of empty rows. */
const focusColumnA = (wb: SimWorkbook, sheet: string): string[] => {
  const out: string[] = [];
  for (let r = 1, empty = 0; empty < 3; r++) {
    const v = wb.cell(sheet, `A${r}`).value;
    empty = v === null || v === "" ? empty + 1 : 0;
    out.push(v === null ? "" : String(v));
  }
  return out;
};

describe("the sample workbook's Focus sheet", () => {
  let wb: SimWorkbook;
  let outcome: RateOutcome;
  beforeAll(async () => {
    wb = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
    outcome = await createExcelHost(wb).run((ctx) => rateWorkbook(ctx, { asOf: new Date(Date.UTC(2023, 0, 15)) }));
  });

  it("counts each next step as often as the client sheet's Next step column holds it", () => {
    const col = headerIndex(wb, "Clients", "Next step");
    const steps = columnValues(wb, "Clients", col, outcome.clients);
    const focus = outcome.focus!;
    for (const step of NEXT_STEPS) expect(steps.filter((s) => s === focus.stepNames[step]).length).toBe(focus.counts[step]);
    expect(Object.values(focus.counts).reduce((a, b) => a + b, 0)).toBe(outcome.clients);
    const a = focusColumnA(wb, "Focus");
    for (const step of NEXT_STEPS) expect(a).toContain(`${focus.stepNames[step]} (${focus.counts[step]})`);
  });

  it("gives every client the next step of the 2x2 of its grade (A, B good) and Pareto class", () => {
    const [grade, paretoClass, flags, step] = ["Grade", "Pareto class", "Flags", "Next step"].map((h) => columnValues(wb, "Clients", headerIndex(wb, "Clients", h), outcome.clients));
    const seen = new Set<unknown>();
    for (let i = 0; i < outcome.clients; i++) {
      const goodFit = (grade[i] === "A" || grade[i] === "B") && !String(flags[i]).includes("knocked out");
      const vitalFew = paretoClass[i] === "vital few";
      expect(step[i]).toBe(vitalFew ? (goodFit ? "Keep" : "Fix") : goodFit ? "Develop" : "Reconsider");
      seen.add(step[i]);
    }
    expect(seen.size).toBe(4);
  });

  it("lists clients whose row on the client sheet holds the same name, grade, next step and reason", () => {
    const focus = outcome.focus!;
    const cols = ["Customer name", "Grade", "Next step", "Reasons"].map((h) => headerIndex(wb, "Clients", h));
    for (const key of [...NEXT_STEPS, "contactDue"] as const) {
      expect(focus.lists[key].entries.length).toBeGreaterThan(0);
      for (const e of focus.lists[key].entries) {
        const row = cols.map((c) => wb.cell("Clients", `${columnLetters(c)}${e.row + 1}`).value);
        expect(row).toEqual([e.name, e.grade, e.nextStep, e.reason]);
      }
    }
    // The Focus sheet shows the same names in the same order under each list's title.
    const a = focusColumnA(wb, "Focus");
    const keepAt = a.indexOf(`${focus.stepNames.keep} (${focus.counts.keep})`);
    expect(a.slice(keepAt + 3, keepAt + 3 + focus.lists.keep.entries.length)).toEqual(focus.lists.keep.entries.map((e) => e.name));
  });

  it("orders Keep by value and explains every flag it counts", () => {
    const keep = outcome.focus!.lists.keep.entries.map((e) => e.value);
    expect(keep).toEqual([...keep].sort((x, y) => y - x));
    const a = focusColumnA(wb, "Focus");
    for (const flag of ["much effort for little value", "discount above limit", "pays late", "loses money", "knocked out", "missing data"]) expect(a).toContain(flag);
  });

  it("draws score against value as a scatter chart, one series per next step", () => {
    const charts = wb.sheet("Focus").charts;
    expect(charts).toHaveLength(1);
    expect(charts[0].chartType).toBe("XYScatter");
    expect(charts[0].series.map((s) => s.name)).toEqual(["Keep", "Develop", "Fix", "Reconsider"]);
    const points = charts[0].series.reduce((n, s) => n + s.values.length, 0);
    expect(points).toBeLessThanOrEqual(outcome.clients);
    expect(charts[0].series.every((s) => s.values.length === s.xValues.length)).toBe(true);
    // Values below zero put the score axis mid-plot: its labels go under the plot, values get thousands separators.
    expect(charts[0].axes["Category/Primary"].tickLabelPosition).toBe("Low");
    expect(charts[0].axes["Value/Primary"].numberFormat).toBe("#,##0");
  });
});

describe("optional owned columns", () => {
  const withPotential = (profile: Profile, on: boolean): Profile => {
    const { potential: _unused, ...rest } = profile;
    void _unused;
    const market = { id: "size", column: "Employees", area: "market" as const, weight: 1, rule: { type: "higher" as const, min: 0, max: 2000 } };
    return on ? { ...rest, potential: { column: "Service hours", current: "Days late" }, criteria: [...rest.criteria, market] } : rest;
  };

  it("writes Market score and growth columns while they apply, removes them when they no longer do, and rates twice as once", async () => {
    const { wb, host } = await standardWorkbook({ rows: 40 });
    const original = normalizedSnapshot(wb);
    const table = await host.run(async (ctx) => (await import("../../src/excel")).readClientSheet(ctx));
    const base = buildDefaultProfile(table.table);
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: [withPotential(base, true)] }));
    for (const header of ["Market score: the market's reality", "Next step", "Headroom", "Share of wallet"]) expect(headerIndex(wb, "Clients", header)).toBeGreaterThan(0);
    const headroom = headerIndex(wb, "Clients", "Headroom");
    // Potential (Service hours) minus current (Days late), as the fake mapping says.
    expect(wb.cell("Clients", `${columnLetters(headroom)}7`).value).toBe(Number(wb.cell("Clients", "I7").value) - Number(wb.cell("Clients", "G7").value));
    const once = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: [withPotential(base, true)] }));
    expect(normalizedSnapshot(wb)).toEqual(once);

    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: [withPotential(base, false)] }));
    for (const header of ["Market score: the market's reality", "Headroom", "Share of wallet"]) expect(headerIndex(wb, "Clients", header)).toBe(-1);
    expect(wb.names.filter((n) => /ClientRater_(market|headroom|shareOfWallet)/.test(n.name))).toEqual([]);
    await host.run((ctx) => removeRatings(ctx));
    expect(normalizedSnapshot(wb).sheets).toEqual(original.sheets);
  });
});

describe("in the profile's language", () => {
  it.each([
    ["nl", "Focus", "Focus: wie behouden, ontwikkelen, verbeteren en heroverwegen", "Volgende stap"],
    ["de", "Fokus", "Fokus: wen halten, ausbauen, verbessern und überdenken", "Nächster Schritt"],
    ["hu", "Fókusz", "Fókusz: kit tartsunk meg, fejlesszünk, tegyünk rendbe, vizsgáljunk felül", "Következő lépés"],
  ] as const)("%s: the Focus sheet and the Next step column", async (language, sheet, title, header) => {
    const { wb, host } = await standardWorkbook({ rows: 30 });
    const table = await host.run(async (ctx) => (await import("../../src/excel")).readClientSheet(ctx));
    const profile = { ...buildDefaultProfile(table.table), language };
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: [profile] }));
    expect(wb.cell(sheet, "A1").value).toBe(title);
    expect(headerIndex(wb, "Clients", header)).toBeGreaterThan(0);
  });
});

describe("selectClientRow", () => {
  it("activates the rated sheet and selects the client's row of the list", async () => {
    const { wb, host } = await standardWorkbook({ rows: 20 });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const entry = outcome.focus!.lists.reconsider.entries[0] ?? outcome.focus!.lists.develop.entries[0];
    await host.run((ctx) => selectClientRow(ctx, outcome.sheetName, entry.row));
    const selected = await host.run(async (ctx) => {
      const range = ctx.workbook.getSelectedRange().load("address,values");
      await ctx.sync();
      return range;
    });
    expect(selected.address).toMatch(new RegExp(`^Clients!A${entry.row + 1}:[A-Z]+${entry.row + 1}$`));
    expect(selected.values[0][0]).toBe(entry.name);
    expect(wb.sheetNames()).toContain("Focus");
  });
});
