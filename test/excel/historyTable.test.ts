// The history as data (src/excel/historyTable.ts): merging a run, the previous run, and the sheet's
// cells read back to the same table.
import fc from "fast-check";
import { EMPTY_HISTORY, historyCells, mergeRun, parseHistory, previousRun, type HistoryRun, type HistoryTable } from "../../src/excel/historyTable";
import { historyWords } from "../../src/excel/sheetWords/history";

const run = (date: string, rows: [string | null, string, number, string][]): HistoryRun => ({
  date,
  keys: rows.map((r) => r[0]),
  names: rows.map((r) => r[1]),
  scores: rows.map((r) => r[2]),
  grades: rows.map((r) => r[3]),
});

/** The table as the sheet would hold it, read back. */
const roundTrip = (table: HistoryTable, keep = 24, byName = false): HistoryTable => {
  const cells = historyCells(table, historyWords("en"), byName ? "Client" : "Customer ID", byName, keep);
  return parseHistory([...cells.notes.map((n) => [n]), cells.header, ...cells.rows]);
};

describe("mergeRun", () => {
  const first = mergeRun(EMPTY_HISTORY, run("2026-02-01", [["1", "Acme", 80, "A"], ["2", "Beta", 50, "C"]]), 24);

  it("adds new clients at the end, keeps gone ones, and follows the latest name", () => {
    const second = mergeRun(first, run("2026-03-01", [["2", "Beta NV", 70, "B"], ["3", "Gamma", 20, "D"]]), 24);
    expect(second.keys).toEqual(["1", "2", "3"]);
    expect(second.names).toEqual(["Acme", "Beta NV", "Gamma"]);
    expect(second.grades).toEqual([["A", "C", ""], ["", "B", "D"]]);
    expect(second.scores[1].slice(1)).toEqual([70, 20]);
    expect(Number.isNaN(second.scores[1][0])).toBe(true);
  });

  it("replaces a date rated again, and puts an earlier date before the later ones", () => {
    const again = mergeRun(first, run("2026-02-01", [["1", "Acme", 40, "C"]]), 24);
    expect(again.dates).toEqual(["2026-02-01"]);
    expect(again.grades).toEqual([["C", ""]]);
    const earlier = mergeRun(first, run("2026-01-01", [["1", "Acme", 60, "B"]]), 24);
    expect(earlier.dates).toEqual(["2026-01-01", "2026-02-01"]);
    expect(previousRun(earlier, "2026-02-01")?.ratings.get("1")).toEqual({ grade: "B", score: 60 });
    expect(previousRun(earlier, "2026-01-01")).toBeNull();
  });

  it("drops the oldest dates over the limit, never the run's own", () => {
    let table = EMPTY_HISTORY;
    for (const date of ["2026-01-01", "2026-02-01", "2026-03-01"]) table = mergeRun(table, run(date, [["1", "Acme", 80, "A"]]), 2);
    expect(table.dates).toEqual(["2026-02-01", "2026-03-01"]);
    expect(table.dropped).toEqual(["2026-01-01"]);
    const old = mergeRun(table, run("2025-12-01", [["1", "Acme", 80, "A"]]), 2);
    expect(old.dates).toEqual(["2025-12-01", "2026-03-01"]);
    expect(old.dropped).toEqual(["2026-01-01", "2026-02-01"]);
  });

  it("does not record untracked keys or unrated clients", () => {
    const table = mergeRun(EMPTY_HISTORY, run("2026-01-01", [[null, "Twin", 80, "A"], ["9", "Unrated", NaN, ""]]), 24);
    expect(table.keys).toEqual([]);
  });
});

describe("the sheet's cells", () => {
  it("read back to the same table, dropped dates included", () => {
    const dateArb = fc.integer({ min: 1, max: 28 }).map((d) => `2026-01-${String(d).padStart(2, "0")}`);
    const rowArb = fc.tuple(fc.constantFrom("1", "2", "3", "K-4", "005"), fc.string({ maxLength: 5 }), fc.integer({ min: 0, max: 1000 }).map((x) => x / 10), fc.constantFrom("A", "B", "C", "D"));
    fc.assert(
      fc.property(fc.array(fc.tuple(dateArb, fc.array(rowArb, { maxLength: 6 })), { minLength: 1, maxLength: 6 }), (runs) => {
        let table = EMPTY_HISTORY;
        for (const [date, rows] of runs) {
          const unique = rows.filter((r, i) => rows.findIndex((x) => x[0] === r[0]) === i);
          table = mergeRun(table, run(date, unique.map(([k, n, s, g]) => [k, n.trim(), s, g])), 3);
        }
        if (table.keys.length === 0) return;
        // With an ID column (key, name, dates) and followed by name (the name is the key, dates from column B).
        for (const byName of [false, true]) {
          const back = roundTrip(table, 3, byName);
          expect(back.dates).toEqual(table.dates);
          expect(back.keys).toEqual(table.keys);
          expect(back.names).toEqual(byName ? table.keys : table.names);
          expect(back.grades).toEqual(table.grades);
          expect(back.dropped).toEqual(table.dropped);
          expect(back.scores.map((c) => c.map((s) => (Number.isNaN(s) ? null : s)))).toEqual(table.scores.map((c) => c.map((s) => (Number.isNaN(s) ? null : s))));
        }
      }),
    );
  });
});
