import fc from "fast-check";
import { parseProfile, rateClients, type ClientTable, type Profile } from "../../src/core";
import { ColumnCache } from "../../src/core/columns";
import { quantileGradeIndices } from "../../src/core/grading";
import { keepRating, reweight, UNRATED } from "../../src/core/reweight";
import { quantileGrades } from "../../src/core/reweightQuantiles";
import { reweightKey } from "../../src/core/reweightKey";
import { AS_OF } from "./helpers";
import { AS_OF_SERIAL, caseArb, HEADERS, sharesArb } from "./reweightCases";

const options = { asOf: AS_OF, locale: "en" as const, texts: false };

describe("reweight: a kept rating re-weighted equals a full rating", () => {
  it("gives every client the score, knockout and grade rateClients gives, in every scale, through weight sequences", () => {
    let reweighted = 0;
    fc.assert(
      fc.property(caseArb, ([table, profiles, changes]) => {
        const kept = keepRating(rateClients(table, profiles, options), profiles.length);
        for (const changed of changes) {
          expect(reweightKey(changed, AS_OF, "en")).toBe(reweightKey(profiles, AS_OF, "en"));
          reweight(kept, changed);
          const full = rateClients(table, changed, options);
          for (let i = 0; i < full.count; i++) {
            const p = full.profileIndex[i];
            const grade = kept.gradeIndex[i] === UNRATED ? "" : changed[p].scale.grades[kept.gradeIndex[i]];
            expect([i, grade, kept.knockedOut[i]]).toEqual([i, full.grades[i], full.knockedOut[i]]);
            expect(Object.is(kept.scores[i], full.scores[i])).toBe(true);
          }
          reweighted += full.count;
        }
      }),
      { numRuns: 150, seed: 19_6 },
    );
    expect(reweighted).toBeGreaterThan(0);
  });

  it("stays right after the same cache rates other rules, other weights and other rows (the kept scores are not overwritten)", () => {
    fc.assert(
      fc.property(caseArb, ([table, profiles, changes]) => {
        const cache = new ColumnCache(table);
        const kept = keepRating(rateClients(table, profiles, options, cache), profiles.length);
        const otherRules = profiles.map((profile) => ({
          ...profile,
          criteria: profile.criteria.map((c) => ({ ...c, rule: { type: "higher" as const, min: 1, max: 2 }, column: "Profit" })),
        }));
        rateClients(table, otherRules, options, cache);
        rateClients({ ...table, rows: table.rows.slice(1) }, profiles, options, cache);
        rateClients(table, changes[0], options, cache);
        reweight(kept, changes[0]);
        const full = rateClients(table, changes[0], options);
        expect(Array.from(kept.scores)).toEqual(Array.from(full.scores));
      }),
      { numRuns: 60, seed: 197 },
    );
  });

  it("rates nobody again when no profile fits a row, and leaves that row ungraded", () => {
    const table: ClientTable = { headers: HEADERS, rows: [["North client", 50, 3, "AAA", AS_OF_SERIAL, "North", 10]] };
    const east = parseProfile({
      version: 1, name: "East", appliesTo: { column: "Segment", values: ["East"] },
      scale: { grades: ["A", "B"], mode: "thresholds", cutoffs: [50] },
      criteria: [{ id: "r", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 } }],
    });
    if (!east.ok) throw new Error("profile");
    const kept = keepRating(rateClients(table, [east.profile], options), 1);
    reweight(kept, [east.profile]);
    expect(kept.gradeIndex[0]).toBe(UNRATED);
    expect(kept.scores[0]).toBeNaN();
  });
});

describe("reweightKey", () => {
  const base = () => {
    const parsed = parseProfile({
      version: 1, name: "Key",
      scale: { grades: ["A", "B", "C"], mode: "thresholds", cutoffs: [70, 40] },
      criteria: [
        { id: "r", column: "Revenue", area: "client", weight: 2, rule: { type: "higher", min: 0, max: 100 } },
        { id: "d", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 60 }, knockout: { below: 20 } },
      ],
    });
    if (!parsed.ok) throw new Error("profile");
    return parsed.profile;
  };
  const key = (profile: Profile, asOf = AS_OF, locale: "en" | "de" = "en") => reweightKey([profile], asOf, locale);

  it("stays the same for new weights, cut-offs or shares, and another time of the same day", () => {
    const p = base();
    expect(key({ ...p, criteria: p.criteria.map((c) => ({ ...c, weight: c.weight * 3 + 1 })) })).toBe(key(p));
    expect(key({ ...p, scale: { ...p.scale, cutoffs: [90, 10] } })).toBe(key(p));
    expect(key(p, new Date(AS_OF.getTime() + 3_600_000))).toBe(key(p));
  });

  it("changes with anything that feeds the criterion scores, the profile choice or the grade names", () => {
    const p = base();
    const variants: Profile[] = [
      { ...p, criteria: p.criteria.slice(0, 1) },
      { ...p, criteria: p.criteria.map((c, j) => (j === 0 ? { ...c, rule: { type: "higher", min: 0, max: 90 } } : c)) },
      { ...p, criteria: p.criteria.map((c, j) => (j === 1 ? { ...c, knockout: { below: 30 } } : c)) },
      { ...p, criteria: p.criteria.map((c, j) => (j === 1 ? { ...c, missing: "ignore" } : c)) },
      { ...p, criteria: p.criteria.map((c, j) => (j === 0 ? { ...c, column: "Profit" } : c)) },
      { ...p, criteria: [...p.criteria].reverse() },
      { ...p, scale: { ...p.scale, grades: ["X", "Y", "Z"] } },
      { ...p, scale: { grades: p.scale.grades, mode: "quantiles", shares: [0.2, 0.3] } },
      { ...p, appliesTo: { column: "Segment", values: ["East"] } },
      { ...p, locale: "de" },
      { ...p, pareto: { value: "Profit", share: 0.8 } },
    ];
    for (const variant of variants) expect(key(variant)).not.toBe(key(p));
    expect(key(p, new Date(AS_OF.getTime() + 86_400_000))).not.toBe(key(p));
    expect(key(p, AS_OF, "de")).not.toBe(key(p));
    expect(reweightKey([p, p], AS_OF, "en")).not.toBe(key(p));
  });
});

describe("quantileGrades", () => {
  it("grades as quantileGradeIndices, by counting tenths or (for other scores) by its sort", () => {
    const scoreArb = fc.oneof(fc.integer({ min: 0, max: 1000 }).map((t) => t / 10), fc.double({ min: -5, max: 105, noNaN: true }));
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 60 }), sharesArb(4), (list, shares) => {
        const scores = Float64Array.from(list);
        const pool = Int32Array.from(list.keys()).filter((i) => i % 3 !== 1);
        const expected = quantileGradeIndices(scores, pool, shares);
        const gradeIndex = new Uint8Array(list.length).fill(UNRATED);
        quantileGrades(scores, pool, shares, gradeIndex);
        expect(Array.from(pool, (i) => gradeIndex[i])).toEqual(Array.from(expected));
        for (let i = 1; i < list.length; i += 3) expect(gradeIndex[i]).toBe(UNRATED);
      }),
      { numRuns: 300, seed: 19_6 },
    );
  });
});
