import fc from "fast-check";
import { rateClients, type ClientTable, type Profile } from "../../src/core";
import { ColumnCache } from "../../src/core/columns";
import type { RatingResult } from "../../src/core/types";
import { AS_OF, makeProfile } from "./helpers";
import { AS_OF_SERIAL, caseArb } from "./reweightCases";

// A rating without the caller's own cache scores client by client in one pass (src/core/onePassScores.ts);
// with one it keeps each criterion's scores per cache (rateProfile.ts). Both must rate every client alike.
const options = { asOf: AS_OF, locale: "en" as const };

/** Everything a caller reads from a result, NaN and -0 told apart (Object.is), texts included. */
function everything(result: RatingResult) {
  const exact = (values: ArrayLike<number>) => Array.from(values, (v) => (Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v));
  return {
    scores: exact(result.scores),
    client: exact(result.areaScores.client),
    fit: exact(result.areaScores.fit),
    market: exact(result.areaScores.market),
    criterionScores: result.criterionScores.map((perProfile) => perProfile.map(exact)),
    memberPosition: Array.from(result.memberPosition),
    knockedOut: Array.from(result.knockedOut),
    nextSteps: Array.from(result.nextSteps),
    troubleFlags: Array.from(result.troubleFlags),
    grades: result.grades,
    gradeCounts: result.gradeCounts,
    warnings: result.warnings,
    missingColumns: result.missingColumns,
    reasons: result.reasons,
    flags: result.flags,
  };
}

describe("one pass without a cache, kept scores with one: the same rating", () => {
  it("gives the same scores, areas, criterion scores, knockouts, grades, warnings and texts on sheets of every kind of cell", () => {
    let clients = 0;
    fc.assert(
      fc.property(caseArb, ([table, profiles, changes]) => {
        for (const rated of [profiles, ...changes]) {
          const onePass = rateClients(table, rated, options);
          const kept = rateClients(table, rated, options, new ColumnCache(table));
          expect(everything(onePass)).toEqual(everything(kept));
          clients += onePass.count;
        }
      }),
      { numRuns: 120, seed: 61 },
    );
    expect(clients).toBeGreaterThan(1000);
  });

  it("counts a missing column, text numbers, Excel errors and unreadable dates as the kept path does", () => {
    const table: ClientTable = {
      headers: ["Client", "Revenue", "Last contact", "Rating", "Reach"],
      rows: [
        ["Alpha", "1.234,5", "2026-11-01", "AAA", 40],
        ["Beta", "#N/A", "someday", "BB", "#DIV/0!"],
        ["Gamma", null, AS_OF_SERIAL - 400, null, "70"],
        ["Delta", 5000, "", "aaa ", 100],
      ],
    };
    const profile: Profile = makeProfile({
      criteria: [
        { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 5000 } },
        { id: "contact", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 }, missing: "ignore" },
        { id: "rating", column: "Rating", area: "client", weight: 2, rule: { type: "categories", scores: { AAA: 100 }, otherwise: 20 }, knockout: { below: 30 } },
        { id: "reach", column: "Reach", area: "market", weight: 1, rule: { type: "range", min: 0, idealLow: 50, idealHigh: 80, max: 120 } },
        { id: "staff", column: "Employees", area: "market", weight: 1, rule: { type: "lower", min: 0, max: 10 } },
      ],
    });
    for (const locale of ["en", "de"] as const) {
      const onePass = rateClients(table, [profile], { ...options, locale });
      const kept = rateClients(table, [profile], { ...options, locale }, new ColumnCache(table));
      expect(everything(onePass)).toEqual(everything(kept));
      expect(onePass.missingColumns).toEqual(["Employees"]);
      expect(onePass.warnings.map((w) => w.code)).toContain("missing-values");
    }
  });

  it("makes the criterion scores once, when first read, and hands the same arrays on every read", () => {
    const table: ClientTable = { headers: ["Client", "Revenue"], rows: [["A", 10], ["B", "x"], ["C", 90]] };
    const result = rateClients(table, [makeProfile()], options);
    const first = result.criterionScores;
    expect(first[0][0]).toEqual(Float64Array.from([10, NaN, 90]));
    expect(result.criterionScores).toBe(first);
    expect(result.reasonAt(1)).toBe(rateClients(table, [makeProfile()], options, new ColumnCache(table)).reasonAt(1));
  });
});
