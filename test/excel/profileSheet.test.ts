// The "Rating profile" sheet as a table a colleague can read: one row per criterion, category scores
// as their own small table, numbers as numbers, and words in the user's language.
import { parseProfile, type Profile } from "../../src/core";
import { rateWorkbook, saveProfiles } from "../../src/excel";
import { describeProfile, describeRule } from "../../src/excel/profileWords";
import { AS_OF } from "./support/clientSheet";
import { cellsOf, standardWorkbook } from "./support/host";

function profile(extra: Record<string, unknown> = {}): Profile {
  const parsed = parseProfile({
    version: 1,
    name: "Wholesale",
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [
      { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100000 } },
      { id: "credit", column: "Credit rating", area: "client", weight: 2, rule: { type: "categories", scores: { AAA: 100, AA: 85, BBB: 50 }, otherwise: 10 }, knockout: { below: 50 } },
      { id: "c3", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 60.5 }, missing: "ignore" },
    ],
    pareto: { value: "Profit", share: 0.8 },
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

/** The sheet's rows as arrays of cell values, from the simulator's cells. */
function sheetRows(cells: Record<string, Record<string, unknown>>): unknown[][] {
  const rows: unknown[][] = [];
  for (const [address, cell] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const r = Number(m[2]) - 1;
    (rows[r] ??= [])[m[1].charCodeAt(0) - 65] = cell.value;
  }
  return rows.map((r) => (r ?? []).map((v) => v ?? ""));
}

describe("the rules in words", () => {
  it("writes numbers inside a rule as the language does", () => {
    const rule = { type: "higher", min: 0, max: 100000.5 };
    expect(describeRule(rule)).toBe("higher is better: 0 or less scores 0, 100,000.5 or more scores 100");
    expect(describeRule(rule, "de")).toBe("je höher, desto besser: 0 oder weniger ergibt 0 Punkte, 100.000,5 oder mehr ergibt 100");
    expect(describeRule(rule, "hu")).toContain("100\u00a0000,5");
  });

  it("says which date recency counts to, so a colleague without the add-in can check a grade", () => {
    const fixed = describeProfile(profile({ ratingDate: "2023-01-15" }), "de").map((r) => r.values.join("|"));
    expect(fixed).toContain("Stichtag|15.01.2023 (Aktualitätsregeln zählen die Tage bis zu diesem Datum)||||");
    const today = describeProfile(profile()).map((r) => r.values[1]);
    expect(today).toContain("the day of rating (recency rules count the days up to it)");
  });

  it("says which rows a profile applies to", () => {
    const rows = describeProfile(profile({ appliesTo: { column: "Segment", values: ["Corporate", "SMB"] } }), "nl").map((r) => r.values.slice(0, 2));
    expect(rows).toContainEqual(["Geldt voor", "rijen waarin Segment gelijk is aan Corporate of SMB"]);
  });
});

describe("the Rating profile sheet", () => {
  it("has one row per criterion: name, column, area, rule in words, weight and share", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => saveProfiles(ctx, [profile()]));
    const rows = sheetRows(cellsOf(wb, "Rating profile"));
    const header = rows.findIndex((r) => r[0] === "Criterion");
    expect(rows[header]).toEqual(["Criterion", "Column", "Area", "Rule", "Weight", "Share of the score"]);
    const table = rows.slice(header + 1, header + 4);
    expect(table.map((r) => r.slice(0, 3))).toEqual([
      ["Revenue", "Revenue", "Client"],
      ["Credit rating", "Credit rating", "Client"],
      ["Days late", "Days late", "Fit"], // an internal id ("c3") is never shown: the column names it
    ]);
    expect(table.map((r) => r[4])).toEqual([3, 2, 1]);
    expect(table.map((r) => r[5])).toEqual([0.5, 2 / 6, 1 / 6]);
    expect(cellsOf(wb, "Rating profile")[`F${header + 2}`].numberFormat).toBe("0%");
    expect(table[1][3]).toBe("points by value (table below); any other value scores 10; scoring below 50 gives the last grade");
    expect(table[2][3]).toBe("lower is better: 0 or less scores 100, 60.5 or more scores 0; left out when missing");
  });

  it("shows category scores as a small table, and no cell reads like a paragraph", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => saveProfiles(ctx, [profile()]));
    const rows = sheetRows(cellsOf(wb, "Rating profile"));
    const start = rows.findIndex((r) => r[0] === "Credit rating: value");
    expect(rows[start].slice(0, 2)).toEqual(["Credit rating: value", "Points"]);
    expect(rows.slice(start + 1, start + 5).map((r) => r.slice(0, 2))).toEqual([
      ["AAA", 100],
      ["AA", 85],
      ["BBB", 50],
      ["Any other value", 10],
    ]);
    const longest = Math.max(...rows.slice(2).flat().map((v) => String(v).length));
    expect(longest).toBeLessThan(160);
  });

  it("is written in the panel's language and follows it when the language changes", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => saveProfiles(ctx, [profile()], "de"));
    expect(wb.sheetNames()).toContain("Bewertungsprofil");
    const rows = sheetRows(cellsOf(wb, "Bewertungsprofil"));
    expect(rows).toContainEqual(["Kriterium", "Spalte", "Bereich", "Regel", "Gewicht", "Anteil an der Punktzahl"]);
    expect(rows.map((r) => r[0])).toContain("Bonität: Wert"); // the default profile's id "credit" gets its German name
    await host.run((ctx) => rateWorkbook(ctx, { profiles: [profile()], asOf: AS_OF, language: "hu" }));
    expect(wb.sheetNames().filter((s) => !["Clients", "Pareto", "Fókusz", "Minősítési előzmények"].includes(s))).toEqual(["Minősítési profil"]);
  });

  it("leaves a user's own sheet of that name alone, within Excel's 31 characters for a sheet name", async () => {
    const { wb, host } = await standardWorkbook();
    wb.setCells("Beoordelingsprofiel", "A1", [["onze notities"]]);
    await host.run((ctx) => saveProfiles(ctx, [profile()], "nl"));
    expect(wb.cell("Beoordelingsprofiel", "A1").value).toBe("onze notities");
    expect(wb.cell("Beoordelingsprofiel (2)", "A1").value).toBe("Beoordelingsprofiel"); // "(Client Rater)" would run over
    await host.run((ctx) => saveProfiles(ctx, [profile()], "nl"));
    expect(wb.sheetNames().filter((s) => s.startsWith("Beoordelingsprofiel"))).toHaveLength(2);
  });

  it("keeps a name the user gave the sheet", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => saveProfiles(ctx, [profile()]));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Rating profile").name = "Our rules";
      await ctx.sync();
    });
    await host.run((ctx) => saveProfiles(ctx, [profile()], "nl"));
    expect(wb.sheetNames()).toContain("Our rules");
    expect(wb.cell("Our rules", "A1").value).toBe("Beoordelingsprofiel");
  });
});
