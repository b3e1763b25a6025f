import fc from "fast-check";
import { rateClients, type ClientTable } from "../../src/core";
import { ColumnCache } from "../../src/core/columns";
import { ScratchBuffers } from "../../src/core/scratchBuffers";
import type { RatingResult } from "../../src/core/types";
import { AS_OF } from "./helpers";
import { caseArb } from "./reweightCases";

// A rating without the caller's own cache parses its columns into arrays the next rating of as many rows
// reuses (src/core/scratchBuffers.ts): nothing may carry over from one rating into the next, and nothing
// a result holds may be one of those arrays.
const options = { asOf: AS_OF, locale: "en" as const };

function snapshot(result: RatingResult): string {
  const pareto = result.pareto;
  return JSON.stringify({
    scores: Array.from(result.scores, String),
    areas: [result.areaScores.client, result.areaScores.fit, result.areaScores.market].map((a) => Array.from(a, String)),
    criterionScores: result.criterionScores.map((perProfile) => perProfile.map((a) => Array.from(a, String))),
    grades: result.grades,
    knockedOut: Array.from(result.knockedOut),
    nextSteps: Array.from(result.nextSteps),
    flags: Array.from(result.troubleFlags),
    warnings: result.warnings,
    reasons: result.reasons,
    pareto: pareto && {
      order: Array.from(pareto.order),
      values: Array.from(pareto.values, String),
      shares: Array.from(pareto.cumShares, String),
      byClient: Array.from(pareto.valueShareByClient, String),
      vital: Array.from(pareto.vitalFewByClient),
    },
  });
}

describe("scratch buffers between ratings", () => {
  it("rates a sheet after another of as many rows exactly as a fresh cache does, and leaves the first result as it was", () => {
    fc.assert(
      fc.property(caseArb, caseArb, ([first, firstProfiles], [second, secondProfiles]) => {
        const n = Math.min(first.rows.length, second.rows.length);
        const a: ClientTable = { ...first, rows: first.rows.slice(0, n) };
        const b: ClientTable = { ...second, rows: second.rows.slice(0, n) };
        const earlier = rateClients(a, firstProfiles, options);
        const later = rateClients(b, secondProfiles, options);
        expect(snapshot(later)).toBe(snapshot(rateClients(b, secondProfiles, options, new ColumnCache(b))));
        // Read only now (its reasons and criterion scores are made when read), after the later rating reused the arrays.
        expect(snapshot(earlier)).toBe(snapshot(rateClients(a, firstProfiles, options, new ColumnCache(a))));
      }),
      { numRuns: 100, seed: 62 },
    );
  });

  it("hands an array back only after release, of the same kind and length, and lets other lengths go", () => {
    const scratch = new ScratchBuffers();
    const first = scratch.take("float64", 4);
    expect(scratch.take("float64", 4)).not.toBe(first);
    scratch.release();
    const again = scratch.take("float64", 4);
    expect(again === first || scratch.take("float64", 4) === first).toBe(true);
    expect(scratch.take("uint8", 4)).toBeInstanceOf(Uint8Array);
    scratch.release();
    scratch.take("int32", 9);
    scratch.release();
    expect(scratch.take("float64", 4)).not.toBe(first);
  });
});
