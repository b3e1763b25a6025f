import fc from "fast-check";
import type { Profile } from "../../src/core";
import { ColumnCache } from "../../src/core/columns";
import { reweightKey } from "../../src/core/reweightKey";
import { summarize } from "../../src/taskpane/preview";
import { keptPreviewFor } from "../../src/taskpane/preview/keptPreview";
import { AS_OF } from "../core/helpers";
import { caseArb } from "../core/reweightCases";

const options = { asOf: AS_OF, locale: "en" as const };
// The sheet's grades: on a scale, off every scale, in another case, blank.
const sheetGradeArb = fc.constantFrom("A", "b", " C ", "D", "5", "3", "1", "10", "7", "X", "", "");

describe("preview after a weight change (the re-weight path)", () => {
  it("shows what a full rating shows: grade counts, unrated, knockouts, movers, sheet counts, Pareto and warnings", () => {
    let reweighted = 0;
    fc.assert(
      fc.property(caseArb.chain((c) => fc.tuple(fc.constant(c), fc.array(sheetGradeArb, { minLength: c[0].rows.length, maxLength: c[0].rows.length }))), ([[table, profiles, changes], sheet]) => {
        const cache = new ColumnCache(table);
        expect(summarize(table, sheet, profiles, options, cache)).toEqual(summarize(table, sheet, profiles, options));
        for (const changed of changes) {
          const kept = keptPreviewFor(cache, reweightKey(changed, options.asOf, options.locale));
          expect(kept).not.toBeNull();
          // A fresh cache each time: the full rating, as before the re-weight path.
          expect(summarize(table, sheet, changed, options, cache)).toEqual(summarize(table, sheet, changed, options));
          reweighted++;
        }
      }),
      { numRuns: 120, seed: 196 },
    );
    expect(reweighted).toBeGreaterThan(120);
  });

  it("lists the movers in sheet order, from the sheet's grades to the new ones, up to the listed number", () => {
    const table = { headers: ["Client", "Revenue"], rows: Array.from({ length: 80 }, (_, i) => [`Client ${i + 1}`, i + 1]) };
    const profile = (weight: number, cutoffs: number[]): Profile => ({
      version: 1,
      name: "Movers",
      scale: { grades: ["A", "B", "C"], mode: "thresholds", cutoffs },
      criteria: [{ id: "r", column: "Revenue", area: "client", weight, rule: { type: "higher", min: 0, max: 80 } }],
    });
    const sheet = table.rows.map((_, i) => (i < 40 ? "C" : "a"));
    const cache = new ColumnCache(table);
    summarize(table, sheet, [profile(1, [75, 50])], options, cache);
    const preview = summarize(table, sheet, [profile(2, [60, 30])], options, cache);
    const full = summarize(table, sheet, [profile(2, [60, 30])], options);
    expect(preview).toEqual(full);
    // Revenue x scores 1.25x: A from 48, B from 24. Clients 24-40 go up from C to B, 41-47 down from A to B.
    expect(preview.migration).toMatchObject({ up: 17, down: 7, same: 56, changed: 24, fromLabels: ["A", "C"] });
    expect(preview.migration!.changes[0]).toEqual({ client: "Client 24", from: "C", to: "B", direction: "up" });
    expect(preview.migration!.changes[17]).toEqual({ client: "Client 41", from: "a", to: "B", direction: "down" });
    expect(preview.gradeCounts).toEqual([33, 24, 23]);
  });

  it("rates in full again when a criterion is edited, the rating date moves or another table comes", () => {
    const table = { headers: ["Client", "Revenue", "Days late"], rows: [["North", 10, 5], ["South", 70, 40], ["West", 40, null]] };
    const base: Profile = {
      version: 1,
      name: "Edit",
      scale: { grades: ["A", "B"], mode: "thresholds", cutoffs: [50] },
      criteria: [
        { id: "r", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 80 } },
        { id: "d", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 60 } },
      ],
    };
    const cache = new ColumnCache(table);
    summarize(table, undefined, [base], options, cache);
    const edited: Profile = { ...base, criteria: base.criteria.map((c, j) => (j === 0 ? { ...c, rule: { type: "higher", min: 0, max: 20 } } : c)) };
    expect(keptPreviewFor(cache, reweightKey([edited], AS_OF, "en"))).toBeNull();
    expect(summarize(table, undefined, [edited], options, cache)).toEqual(summarize(table, undefined, [edited], options));
    // West (Revenue 40, no Days late) reaches A only with the edited rule; the first rule gave [2, 1].
    expect(summarize(table, undefined, [edited], options, cache).gradeCounts).toEqual([3, 0]);
    // Now kept for the edited profile, not for the first one.
    expect(keptPreviewFor(cache, reweightKey([edited], AS_OF, "en"))).not.toBeNull();
    expect(keptPreviewFor(cache, reweightKey([base], AS_OF, "en"))).toBeNull();
    expect(keptPreviewFor(cache, reweightKey([edited], new Date(AS_OF.getTime() + 86_400_000), "en"))).toBeNull();
    expect(keptPreviewFor(new ColumnCache(table), reweightKey([edited], AS_OF, "en"))).toBeNull();
  });
});
