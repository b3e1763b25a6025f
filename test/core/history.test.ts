// Trend, grade migration and movers (src/core/history.ts), and the keys the history follows clients
// by (src/core/historyKeys.ts): fixed examples, then properties on generated runs.
import fc from "fast-check";
import { compareRuns, gradeTrend, historyKeys, type CurrentRating, type PastRating } from "../../src/core";
import { makeProfile } from "./helpers";

const ABCD = ["A", "B", "C", "D"];
const client = (key: string | null, grade: string, score = 50, grades = ABCD): CurrentRating => ({ key, name: `Name ${key}`, score, grade, grades });

describe("gradeTrend", () => {
  it("reads up and down in the scale's order, not the alphabet's", () => {
    expect(gradeTrend({ grade: "C", score: 45 }, "A", ABCD)).toEqual({ kind: "up", from: "C", steps: 2 });
    expect(gradeTrend({ grade: "A", score: 85 }, "B", ABCD)).toEqual({ kind: "down", from: "A", steps: 1 });
    // A numeric scale, best first: 5 is better than 4.
    expect(gradeTrend({ grade: "4", score: 70 }, "5", ["5", "4", "3", "2", "1"])).toEqual({ kind: "up", from: "4", steps: 1 });
  });

  it("says same, new, changed (a grade off the scale) and none (not rated)", () => {
    expect(gradeTrend({ grade: "B", score: 70 }, "B", ABCD)).toEqual({ kind: "same", from: "B" });
    expect(gradeTrend(undefined, "B", ABCD)).toEqual({ kind: "new" });
    expect(gradeTrend({ grade: "", score: NaN }, "B", ABCD)).toEqual({ kind: "new" });
    expect(gradeTrend({ grade: "3", score: 50 }, "B", ABCD)).toEqual({ kind: "changed", from: "3" });
    expect(gradeTrend({ grade: "B", score: 70 }, "", ABCD)).toEqual({ kind: "none" });
  });
});

describe("compareRuns", () => {
  const previous = new Map<string, PastRating>([
    ["1", { grade: "A", score: 90 }],
    ["2", { grade: "C", score: 45 }],
    ["3", { grade: "B", score: 65 }],
    ["4", { grade: "D", score: 10 }],
  ]);

  it("counts moves, new and gone clients, and fills the migration matrix", () => {
    const current = [client("1", "B", 75), client("2", "A", 82), client("3", "B", 66), client("5", "C", 50), client(null, "A", 99)];
    const result = compareRuns(current, previous, ABCD);
    expect(result.counts).toEqual({ up: 1, down: 1, same: 1, changed: 0, new: 1, gone: 1, untracked: 1 });
    expect(result.trends.map((t) => t.kind)).toEqual(["down", "up", "same", "new", "none"]);
    expect(result.migration.rows).toEqual(["A", "B", "C", "D", null]);
    expect(result.migration.columns).toEqual(["A", "B", "C", "D", null]);
    expect(result.migration.counts).toEqual([
      [0, 1, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 1, 0, 0],
    ]);
    // Two steps up beats one step down; each mover says from and to with the score change.
    expect(result.biggest.map((m) => [m.key, m.from, m.to, m.steps, m.scoreChange])).toEqual([
      ["2", "C", "A", 2, 37],
      ["1", "A", "B", -1, -15],
    ]);
  });

  it("adds a grade off the scale as its own row, after the scale's grades", () => {
    const result = compareRuns([client("1", "A")], new Map([["1", { grade: "Gold", score: 90 }]]), ABCD);
    expect(result.migration.rows).toEqual(["A", "B", "C", "D", "Gold", null]);
    expect(result.counts.changed).toBe(1);
  });
});

const gradeArb = fc.constantFrom("A", "B", "C", "D");
const runArb = fc
  .array(fc.record({ key: fc.integer({ min: 0, max: 60 }), grade: gradeArb, score: fc.double({ min: 0, max: 100, noNaN: true }) }), { maxLength: 50 })
  .map((rows) => {
    const seen = new Set<number>();
    return rows.filter((r) => !seen.has(r.key) && seen.add(r.key));
  });

describe("compareRuns properties", () => {
  it("trend, migration and counts agree with the grades, and the counts add up", () => {
    fc.assert(
      fc.property(runArb, runArb, (before, now) => {
        const previous = new Map(before.map((r) => [String(r.key), { grade: r.grade, score: r.score }]));
        const current = now.map((r) => client(String(r.key), r.grade, r.score));
        const { trends, migration, counts, biggest } = compareRuns(current, previous, ABCD);
        const c = counts;
        expect(c.up + c.down + c.same + c.changed + c.new + c.untracked).toBe(current.length);
        expect(c.gone).toBe(before.filter((b) => !now.some((n) => n.key === b.key)).length);
        const total = migration.counts.flat().reduce((a, b) => a + b, 0);
        expect(total).toBe(current.length + c.gone);
        // Row sums are the previous run's grades (and the new clients); column sums this run's (and the gone ones).
        migration.rows.forEach((grade, r) => {
          const sum = migration.counts[r].reduce((a, b) => a + b, 0);
          expect(sum).toBe(grade === null ? c.new : before.filter((b) => b.grade === grade).length);
        });
        migration.columns.forEach((grade, col) => {
          const sum = migration.counts.reduce((a, row) => a + row[col], 0);
          expect(sum).toBe(grade === null ? c.gone : now.filter((n) => n.grade === grade).length);
        });
        // Above the diagonal (a better grade now) are the ups, below it the downs.
        let above = 0;
        let below = 0;
        ABCD.forEach((_, r) => ABCD.forEach((__, col) => (col < r ? (above += migration.counts[r][col]) : col > r ? (below += migration.counts[r][col]) : 0)));
        expect([above, below]).toEqual([c.up, c.down]);
        trends.forEach((t, i) => {
          const was = previous.get(current[i].key!);
          if (!was) expect(t.kind).toBe("new");
          else expect(t.kind).toBe(was.grade === current[i].grade ? "same" : ABCD.indexOf(current[i].grade) < ABCD.indexOf(was.grade) ? "up" : "down");
        });
        expect(biggest.length).toBe(Math.min(5, c.up + c.down));
        for (let i = 1; i < biggest.length; i++) expect(Math.abs(biggest[i - 1].steps)).toBeGreaterThanOrEqual(Math.abs(biggest[i].steps));
      }),
    );
  });
});

describe("historyKeys", () => {
  const profile = makeProfile();

  it.each([
    ["Customer ID", "en"],
    ["Account number", "en"],
    ["Klantnummer", "nl"],
    ["Kundennummer", "de"],
    ["Ügyfélazonosító", "hu"],
  ])("recognises %s (%s) as the client ID", (header) => {
    const keys = historyKeys({ headers: ["Name", header, "Revenue"], rows: [["Acme", "K-1", 5], ["Beta", 1002, 7]] }, profile);
    expect(keys).toMatchObject({ header, byName: false, keys: ["K-1", "1002"], repeated: [] });
  });

  it("uses the profile's clientId column before a recognised header", () => {
    const keys = historyKeys({ headers: ["Name", "Customer ID", "VAT number"], rows: [["Acme", "1", "NL1"]] }, { ...profile, clientId: { column: "VAT number" } });
    expect(keys.header).toBe("VAT number");
    expect(keys.keys).toEqual(["NL1"]);
  });

  it("falls back to the name, and leaves out blank and repeated keys", () => {
    const keys = historyKeys({ headers: ["Client", "Revenue"], rows: [["Acme", 1], [" Acme ", 2], ["Beta", 3], ["", 4], [null, 5]] }, profile);
    expect(keys).toEqual({ header: "Client", byName: true, keys: [null, null, "Beta", null, null], repeated: ["Acme"], repeatedClients: 2 });
  });
});
