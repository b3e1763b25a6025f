import fc from "fast-check";
import { computePareto, quantileGradeIndices, rateClients, roundScore, scoreNumber, type CellValue, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";

const options = { asOf: AS_OF, locale: "en" as const };
const HEADERS = ["Revenue", "Days late", "Employees", "Rating", "Last contact"];

const mixedProfile = (weights: number[], quantiles = false) =>
  makeProfile({
    scale: quantiles
      ? { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.3] }
      : { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [
      { id: "rev", column: "Revenue", area: "client", weight: weights[0], rule: { type: "higher", min: 0, max: 1000 } },
      { id: "late", column: "Days late", area: "fit", weight: weights[1], rule: { type: "lower", min: 0, max: 60 } },
      { id: "staff", column: "Employees", area: "client", weight: weights[2], rule: { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 5000 }, missing: "ignore" },
      { id: "rating", column: "Rating", area: "client", weight: weights[3], rule: { type: "categories", scores: { AAA: 100, BBB: 55.5 }, otherwise: 10 }, knockout: { below: 5 } },
      { id: "contact", column: "Last contact", area: "fit", weight: weights[4], rule: { type: "recency", fullDays: 30, zeroDays: 365 } },
    ],
  });

const weightsArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 }).filter((w) => w.some((x) => x > 0));
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -100, max: 6000 }),
  fc.constantFrom("AAA", "bbb", " aaa ", "junk", "#N/A", "", null, "1,234.5", "(12)", "2026-01-31", "45%"),
);
const rowArb = fc.array(cellArb, { minLength: 5, maxLength: 5 });
const tableArb = fc.array(rowArb, { minLength: 1, maxLength: 40 }).map((rows): ClientTable => ({ headers: HEADERS, rows }));

describe("rating invariants", () => {
  it("keeps every score and area score within [0, 100]", () => {
    fc.assert(
      fc.property(tableArb, weightsArb, (table, weights) => {
        const result = rateClients(table, [mixedProfile(weights)], options);
        for (const arr of [result.scores, result.areaScores.client, result.areaScores.fit]) {
          for (const s of arr) if (!Number.isNaN(s)) expect(s >= 0 && s <= 100).toBe(true);
        }
      }),
    );
  });

  it("never lowers a score when a 'higher' value goes up", () => {
    fc.assert(
      fc.property(rowArb, weightsArb, fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: 0, max: 2000, noNaN: true }), (row, weights, base, raise) => {
        const profile = mixedProfile(weights);
        const before = rateClients({ headers: HEADERS, rows: [[base, ...row.slice(1)]] }, [profile], options);
        const after = rateClients({ headers: HEADERS, rows: [[base + raise, ...row.slice(1)]] }, [profile], options);
        // No score either way when every weighted criterion is missing and ignored (an unreadable Employees cell).
        if (Number.isNaN(before.scores[0])) expect(after.scores[0]).toBeNaN();
        else expect(after.scores[0]).toBeGreaterThanOrEqual(before.scores[0]);
      }),
    );
  });

  it("gives every client the same grade whatever the row order", () => {
    fc.assert(
      fc.property(
        tableArb.chain((table) => fc.tuple(fc.constant(table), fc.shuffledSubarray(table.rows.map((_, i) => i), { minLength: table.rows.length }))),
        weightsArb,
        fc.boolean(),
        ([table, permutation], weights, quantiles) => {
          const profile = mixedProfile(weights, quantiles);
          const original = rateClients(table, [profile], options);
          const shuffled = rateClients({ headers: HEADERS, rows: permutation.map((i) => table.rows[i]) }, [profile], options);
          permutation.forEach((from, to) => {
            expect(shuffled.grades[to]).toBe(original.grades[from]);
            expect(Object.is(shuffled.scores[to], original.scores[from])).toBe(true);
          });
        },
      ),
    );
  });
});

it("scores a single numeric criterion exactly as scoreNumber does", () => {
  fc.assert(
    fc.property(
      fc.constantFrom("higher" as const, "lower" as const),
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: 1, max: 5000 }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      (type, min, width, x) => {
        const rule = { type, min, max: min + width };
        const profile = makeProfile({ criteria: [{ id: "v", column: "V", area: "client", weight: 1, rule }] });
        const result = rateClients({ headers: ["V"], rows: [[x]] }, [profile], options);
        expect(result.scores[0]).toBe(roundScore(scoreNumber(rule, x)));
      },
    ),
  );
});

describe("quantile invariants", () => {
  const sharesArb = fc
    .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 })
    .filter((parts) => parts.reduce((a, b) => a + b, 0) <= 100)
    .map((parts) => parts.map((p) => p / 100));
  const scoresArb = fc.array(fc.integer({ min: 0, max: 30 }).map((x) => x * 3.5), { minLength: 1, maxLength: 80 });

  it("honours the shares up to ties: better scores never get worse grades, ties share one", () => {
    fc.assert(
      fc.property(scoresArb, sharesArb, (list, shares) => {
        const scores = Float64Array.from(list);
        const members = Int32Array.from(list.map((_, i) => i));
        const grades = quantileGradeIndices(scores, members, shares);
        const n = list.length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (scores[i] > scores[j]) expect(grades[i]).toBeLessThanOrEqual(grades[j]);
            if (scores[i] === scores[j]) expect(grades[i]).toBe(grades[j]);
          }
        }
        // Clients in grades up to g: at least round(S(g) n), and over it only by one straddling tie group.
        const largestTie = Math.max(...list.map((s) => list.filter((t) => t === s).length));
        let cumulative = 0;
        shares.forEach((share, g) => {
          cumulative += share;
          const bound = Math.round(cumulative * n + 1e-9);
          const upToG = Array.from(grades).filter((x) => x <= g).length;
          expect(upToG).toBeGreaterThanOrEqual(Math.min(bound, n));
          expect(upToG - bound).toBeLessThan(largestTie);
        });
      }),
    );
  });

  it("gives each grade its share within one client when scores are distinct", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 80 }), sharesArb, (list, shares) => {
        const grades = quantileGradeIndices(Float64Array.from(list), Int32Array.from(list.map((_, i) => i)), shares);
        shares.forEach((share, g) => {
          const count = Array.from(grades).filter((x) => x === g).length;
          expect(Math.abs(count - share * list.length)).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});

describe("Pareto invariants", () => {
  const valuesArb = fc.array(
    fc.oneof(fc.double({ min: -1e4, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 }), fc.constant(NaN)),
    { minLength: 1, maxLength: 60 },
  );
  const targetArb = fc.double({ min: 0.05, max: 1, noNaN: true });

  it("ends cumulative shares at 100% when the total is positive", () => {
    fc.assert(
      fc.property(valuesArb, targetArb, (list, target) => {
        const result = computePareto(Float64Array.from(list), target);
        fc.pre(result.total > 0);
        expect(result.cumShares[result.cumShares.length - 1]).toBeCloseTo(1, 12);
        for (let k = 1; k < result.values.length; k++) expect(result.values[k]).toBeLessThanOrEqual(result.values[k - 1]);
      }),
    );
  });

  it("makes the vital few the shortest prefix reaching the share", () => {
    fc.assert(
      fc.property(valuesArb, targetArb, (list, target) => {
        const result = computePareto(Float64Array.from(list), target);
        fc.pre(result.total > 0);
        const k = result.vitalFewCount;
        expect(k).toBeGreaterThan(0);
        expect(result.cumShares[k - 1]).toBeGreaterThanOrEqual(target - 1e-12);
        for (let i = 0; i < k - 1; i++) expect(result.cumShares[i]).toBeLessThan(target - 1e-12);
        expect(Array.from(result.vitalFewByClient).reduce((a, b) => a + b, 0)).toBe(k);
      }),
    );
  });
});
