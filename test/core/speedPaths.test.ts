// The fast paths added for speed must write what the plain paths write.
import { buildReason, rateClients, reasonWords, REASON_MAX_LENGTH, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";

const options = { asOf: AS_OF, locale: "en" as const };
const headers = ["Client", "Revenue", "Credit rating", "Days late", "A rather long column name for the late payments"];
const criteria = [
  { id: "rev", column: "Revenue", area: "client" as const, weight: 2, rule: { type: "higher" as const, min: 0, max: 100 } },
  {
    id: "credit", column: "Credit rating", area: "client" as const, weight: 1,
    rule: { type: "categories" as const, scores: { AAA: 100, BB: 30 } }, knockout: { below: 40.5 },
  },
  { id: "late", column: "Days late", area: "fit" as const, weight: 1, rule: { type: "lower" as const, min: 0, max: 60 } },
];

describe("reason text built in one pass", () => {
  it("equals buildReason for knockouts, missing values and losses together, in every language", () => {
    for (const language of ["en", "nl", "de", "hu"] as const) {
      const profile = makeProfile({ language, criteria });
      const table: ClientTable = { headers, rows: [["X", 35.55, " bb ", null, 0]] };
      const result = rateClients(table, [profile], options);
      const expected = buildReason(
        // Revenue (weight 2 of 4, 35.55): lost 2 x 64.45 / 4 = 32.2; Credit rating (knocked out) gained 30 / 4 = 7.5.
        {
          knockouts: [{ label: "Credit rating", value: "bb", score: 30, below: 40.5 }],
          missing: ["Days late"],
          gains: [],
          losses: [{ label: "Revenue", points: 32.225 }],
          allMet: false,
        },
        reasonWords(language),
      );
      expect(result.reasons[0]).toBe(expected);
      expect(result.reasons[0]).toContain("30");
    }
  });
  it("falls back to buildReason's shortening when the full text does not fit in a cell", () => {
    const long = Array.from({ length: 8 }, (_, i) => ({
      id: `c${i}`, column: `A long criterion column number ${i}`, area: "fit" as const, weight: 1,
      rule: { type: "higher" as const, min: 0, max: 10 },
    }));
    const table: ClientTable = { headers: long.map((c) => c.column), rows: [long.map(() => null)] };
    const result = rateClients(table, [makeProfile({ criteria: long })], options);
    const expected = buildReason({ knockouts: [], missing: long.map((c) => c.column), gains: [], losses: [], allMet: false }, reasonWords("en"));
    expect(result.reasons[0]).toBe(expected);
    expect(result.reasons[0].length).toBeLessThanOrEqual(REASON_MAX_LENGTH);
  });
});

describe("texts: false", () => {
  it("rates exactly as with texts, and leaves reasons and flags without entries", () => {
    const profile = makeProfile({ criteria, pareto: { value: "Revenue", effort: "Days late", share: 0.8 } });
    const rows: ClientTable["rows"] = [];
    for (let i = 0; i < 200; i++) rows.push([`c${i}`, (i * 37) % 101, i % 3 === 0 ? "BB" : "AAA", i % 7 === 0 ? null : (i * 13) % 70, 0]);
    const table: ClientTable = { headers, rows };
    const full = rateClients(table, [profile], options);
    const lean = rateClients(table, [profile], { ...options, texts: false });
    expect(lean.scores).toEqual(full.scores);
    expect(lean.grades).toEqual(full.grades);
    expect(lean.knockedOut).toEqual(full.knockedOut);
    expect(lean.gradeCounts).toEqual(full.gradeCounts);
    expect(lean.pareto?.order).toEqual(full.pareto?.order);
    expect(lean.warnings).toEqual(full.warnings);
    expect(full.reasons.some((r) => r !== "")).toBe(true);
    expect(full.flags.some((f) => f !== "")).toBe(true);
    expect(lean.reasons).toEqual([]);
    expect(lean.flags).toEqual([]);
  });
});
