// The rating history in the workbook: the "Rating history" sheet across runs, the Trend column, the
// grade migration table on the Focus sheet and the movers in the outcome, checked against each other.
import { readFileSync } from "fs";
import { join } from "path";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { rateWorkbook, readClientHistory, removeRatings, type RateOutcome } from "../../src/excel";
import { buildDefaultProfile, type Profile } from "../../src/core";
import { columnLetters } from "../../src/shared/a1";
import { parseHistory } from "../../src/excel/historyTable";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

type Host = ReturnType<typeof createExcelHost>;

async function sample() {
  const wb = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
  return { wb, host: createExcelHost(wb) };
}

/** The values of a sheet from A1 over its used area. */
function sheetValues(wb: SimWorkbook, sheet: string, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => wb.cell(sheet, `${columnLetters(c)}${r + 1}`).value));
}

function headerIndex(wb: SimWorkbook, sheet: string, header: string): number {
  for (let c = 0; c < 80; c++) if (wb.cell(sheet, `${columnLetters(c)}1`).value === header) return c;
  return -1;
}

function column(wb: SimWorkbook, sheet: string, col: number, rows: number): string[] {
  return Array.from({ length: rows }, (_, r) => String(wb.cell(sheet, `${columnLetters(col)}${r + 2}`).value ?? ""));
}

async function defaultProfile(host: Host): Promise<Profile> {
  const { readClientSheet } = await import("../../src/excel");
  const sheet = await host.run((ctx) => readClientSheet(ctx));
  return buildDefaultProfile(sheet.table);
}

/** The profile with one criterion's weight changed, so grades move between runs. */
const reweighted = (profile: Profile, index: number, weight: number): Profile => ({
  ...profile,
  criteria: profile.criteria.map((c, i) => (i === index ? { ...c, weight } : c)),
});

const rate = (host: Host, profile: Profile, ratingDate: string) => host.run((ctx) => rateWorkbook(ctx, { profiles: [profile], ratingDate }));

describe("rating history on the sample workbook, three runs", () => {
  let wb: SimWorkbook;
  let host: Host;
  let profile: Profile;
  const outcomes: RateOutcome[] = [];
  const gradesAt: string[][] = [];

  beforeAll(async () => {
    ({ wb, host } = await sample());
    profile = await defaultProfile(host);
    const runs: [Profile, string][] = [
      [profile, "2026-01-15"],
      [reweighted(profile, 0, 5), "2026-04-15"],
      [reweighted(profile, 1, 6), "2026-07-15"],
    ];
    for (const [p, date] of runs) {
      outcomes.push(await rate(host, p, date));
      const grade = headerIndex(wb, "Clients", "Grade");
      gradesAt.push(column(wb, "Clients", grade, outcomes[0].clients));
    }
  });

  it("keeps one row per client and a Score/Grade pair per date, oldest first, keyed by Customer ID", () => {
    const n = outcomes[0].clients;
    const history = parseHistory(sheetValues(wb, "Rating history", n + 6, 8));
    expect(history.dates).toEqual(["2026-01-15", "2026-04-15", "2026-07-15"]);
    expect(history.keys).toHaveLength(n);
    expect(wb.cell("Rating history", "A5").value).toBe("Customer ID");
    expect(wb.cell("Rating history", "C5").value).toBe("2026-01-15 Score");
    expect(wb.cell("Rating history", "H5").value).toBe("2026-07-15 Grade");
    const ids = column(wb, "Clients", 0, n);
    // The history's grades per date are the grades the sheet showed after that run.
    history.dates.forEach((_, d) => {
      const byKey = new Map(history.keys.map((k, r) => [k, history.grades[d][r]]));
      expect(ids.map((id) => byKey.get(id))).toEqual(gradesAt[d]);
    });
    expect(n).toBeGreaterThan(0);
  });

  it("writes a Trend column that agrees with the grades of this run and the previous one", () => {
    const n = outcomes[0].clients;
    const trend = headerIndex(wb, "Clients", "Trend");
    expect(trend).toBeGreaterThan(0);
    const cells = column(wb, "Clients", trend, n);
    const order = profile.scale.grades;
    let moved = 0;
    cells.forEach((cell, i) => {
      const before = gradesAt[1][i];
      const now = gradesAt[2][i];
      if (before === now) expect(cell).toBe("=");
      else {
        moved++;
        expect(cell).toBe(`${order.indexOf(now) < order.indexOf(before) ? "▲" : "▼"} from ${before}`);
      }
    });
    expect(moved).toBeGreaterThan(0);
  });

  it("reports movers in the outcome that add up and match the Trend column", () => {
    const [first, second, third] = outcomes;
    expect(first.movers).toBeUndefined();
    expect(second.movers?.previousDate).toBe("2026-01-15");
    const m = third.movers!;
    expect(m.previousDate).toBe("2026-04-15");
    expect(m.date).toBe("2026-07-15");
    const c = m.counts;
    expect(c.up + c.down + c.same + c.changed + c.new + c.untracked).toBe(third.clients);
    expect(c.new).toBe(0);
    expect(c.gone).toBe(0);
    const cells = column(wb, "Clients", headerIndex(wb, "Clients", "Trend"), third.clients);
    expect(cells.filter((x) => x.startsWith("▲"))).toHaveLength(c.up);
    expect(cells.filter((x) => x.startsWith("▼"))).toHaveLength(c.down);
    expect(m.biggest.length).toBeGreaterThan(0);
    for (const mover of m.biggest) {
      expect(wb.cell("Clients", `A${mover.row + 1}`).value).toBe(mover.key);
      expect(gradesAt[1][mover.row - 1]).toBe(mover.from);
      expect(gradesAt[2][mover.row - 1]).toBe(mover.to);
    }
  });

  it("puts the grade migration table under the Focus sheet's content, its counts matching the grades", () => {
    const values = sheetValues(wb, "Focus", 200, 8);
    const title = values.findIndex((r) => r[0] === "Grade changes since 2026-04-15");
    expect(title).toBeGreaterThan(10);
    const header = values[title + 2];
    expect(header.slice(0, 7)).toEqual(["Then \\ now", "A", "B", "C", "D", "gone", "Total"]);
    const grades = ["A", "B", "C", "D"];
    for (const [r, from] of grades.entries()) {
      const row = values[title + 3 + r];
      expect(row[0]).toBe(from);
      for (const [c, to] of grades.entries()) {
        const expected = gradesAt[1].filter((g, i) => g === from && gradesAt[2][i] === to).length;
        expect({ from, to, count: row[1 + c] }).toEqual({ from, to, count: expected });
      }
    }
    const totals = values[title + 3 + grades.length + 1];
    expect(totals[0]).toBe("Total");
    expect(totals[6]).toBe(outcomes[2].clients);
    expect(String(values[title + 3 + grades.length + 2][0])).toMatch(/^\d+ up, \d+ down, \d+ unchanged, 0 new, 0 gone\.$/);
  });

  it("reads one client's history oldest first for the portrait", async () => {
    const id = String(wb.cell("Clients", "A2").value);
    const points = await host.run((ctx) => readClientHistory(ctx, id));
    expect(points.map((p) => p.date)).toEqual(["2026-01-15", "2026-04-15", "2026-07-15"]);
    expect(points.map((p) => p.grade)).toEqual(gradesAt.map((g) => g[0]));
    expect(points.every((p) => Number.isFinite(p.score))).toBe(true);
    expect(await host.run((ctx) => readClientHistory(ctx, "no such client"))).toEqual([]);
  });
});

describe("rating history rules", () => {
  it("replaces a date's columns when rated again that day: rating twice equals rating once", async () => {
    const { wb, host } = await sample();
    const profile = await defaultProfile(host);
    await rate(host, profile, "2026-01-15");
    await rate(host, reweighted(profile, 0, 9), "2026-02-15");
    const once = normalizedSnapshot(wb);
    await rate(host, profile, "2026-02-15");
    await rate(host, reweighted(profile, 0, 9), "2026-02-15");
    expect(normalizedSnapshot(wb)).toEqual(once);
    const history = parseHistory(sheetValues(wb, "Rating history", 10, 8));
    expect(history.dates).toEqual(["2026-01-15", "2026-02-15"]);
  });

  it("drops the oldest dates past the profile's limit, with a note on the sheet", async () => {
    const { wb, host } = await sample();
    const profile: Profile = { ...(await defaultProfile(host)), history: { keep: 2 } };
    for (const date of ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"]) await rate(host, profile, date);
    const history = parseHistory(sheetValues(wb, "Rating history", 10, 10));
    expect(history.dates).toEqual(["2026-03-01", "2026-04-01"]);
    expect(wb.cell("Rating history", "A3").value).toBe("Keeps the last 2 ratings; older ones are dropped.");
    expect(wb.cell("Rating history", "A4").value).toBe("Dropped to stay within 2 ratings: 2026-01-01, 2026-02-01.");
    expect(wb.cell("Rating history", "G5").value).toBeNull();
  });

  it("follows clients by name without an ID column, leaves out repeated names with a warning, keeps gone clients' rows", async () => {
    const { wb, host } = await standardWorkbook({ rows: 40 });
    // Two clients with one name: they cannot be told apart.
    wb.setCells("Clients", "A12", [["Client 5 Ltd"]]);
    const first = await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-01-01" }));
    expect(first.warnings.find((w) => w.code === "history-repeated-keys")?.message).toBe(
      '2 clients share their Client with another row (such as "Client 5 Ltd"): they cannot be told apart and are left out of the rating history.',
    );
    expect(wb.cell("Rating history", "A2").value).toMatch(/no client ID column, so clients are followed by Client/);
    const keys = parseHistory(sheetValues(wb, "Rating history", 50, 4)).keys;
    expect(keys).toHaveLength(38);
    expect(keys).not.toContain("Client 5 Ltd");
    // A client renamed: the old name is gone, the new one is new.
    wb.setCells("Clients", "A20", [["Renamed Ltd"]]);
    const second = await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-02-01" }));
    expect(second.movers?.counts.new).toBe(1);
    expect(second.movers?.counts.gone).toBe(1);
    expect(second.movers?.counts.untracked).toBe(2);
    const trend = headerIndex(wb, "Clients", "Trend");
    expect(wb.cell("Clients", `${columnLetters(trend)}20`).value).toBe("new");
    expect(wb.cell("Clients", `${columnLetters(trend)}12`).value ?? "").toBe("");
    const history = parseHistory(sheetValues(wb, "Rating history", 50, 6));
    expect(history.keys).toHaveLength(39);
    const old = history.keys.indexOf("Client 19 Ltd");
    expect(history.grades[0][old]).not.toBe("");
    expect(history.grades[1][old]).toBe("");
  });

  it("recognises a mapped client ID column in the profile", async () => {
    const { wb, host } = await sample();
    const profile: Profile = { ...(await defaultProfile(host)), clientId: { column: "Customer name" } };
    await rate(host, profile, "2026-01-15");
    expect(wb.cell("Rating history", "A5").value).toBe("Customer name");
    expect(wb.cell("Rating history", "A6").value).toBe(wb.cell("Clients", "B2").value);
  });

  it("Remove ratings takes the history too, unless asked to keep it; a kept history grows on the next rating", async () => {
    const { wb, host } = await standardWorkbook({ rows: 20 });
    const before = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-01-01" }));
    await host.run((ctx) => removeRatings(ctx));
    expect(normalizedSnapshot(wb).sheets).toEqual(before.sheets);

    await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-01-01" }));
    await host.run((ctx) => removeRatings(ctx, { keepHistory: true }));
    expect(wb.sheetNames()).toEqual(["Clients", "Rating history"]);
    expect(normalizedSnapshot(wb).sheets.find((s) => s.name === "Clients")).toEqual(before.sheets[0]);
    const again = await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-03-01" }));
    expect(again.movers?.previousDate).toBe("2026-01-01");
    expect(wb.sheetNames().filter((s) => s.startsWith("Rating history"))).toEqual(["Rating history"]);
    expect(parseHistory(sheetValues(wb, "Rating history", 30, 6)).dates).toEqual(["2026-01-01", "2026-03-01"]);
  });

  it("names the sheet in the run's language and writes Dutch trend words", async () => {
    const { wb, host } = await standardWorkbook({ rows: 20 });
    await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-01-01", language: "nl" }));
    await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-02-01", language: "nl" }));
    expect(wb.sheetNames()).toContain("Beoordelingshistorie");
    const trend = headerIndex(wb, "Clients", "Trend");
    expect(column(wb, "Clients", trend, 20).every((x) => x === "=")).toBe(true);
    // Followed by name: the name is the key, so the dates start in column B.
    expect(wb.cell("Beoordelingshistorie", "C5").value).toBe("2026-01-01 Klasse");
  });
});
