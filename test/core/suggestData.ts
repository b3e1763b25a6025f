// Synthetic client lists for the weight-suggestion tests: criterion columns scored 0-100 by a
// "higher" rule from 0 to 100 (the score is the value), and an outcome built from known weights.
import { seededRandom } from "../../src/core/seededRandom";
import type { ClientTable } from "../../src/core";
import { makeProfile } from "./helpers";

/** Standard normal noise from the seeded generator (Box-Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** `clients` rows of columns C1..Cn (uniform 0-100) and Profit = sum(truth[j] * Cj) + noise * N(0, 1). */
export function knownWeightsTable(clients: number, truth: readonly number[], noise: number, seed = 3): ClientTable {
  const random = seededRandom(seed);
  const headers = [...truth.map((_, j) => `C${j + 1}`), "Profit"];
  const rows = Array.from({ length: clients }, () => {
    const scores = truth.map(() => random() * 100);
    const profit = scores.reduce((sum, s, j) => sum + truth[j] * s, 0) + noise * normal(random);
    return [...scores, profit];
  });
  return { headers, rows };
}

/** A profile with one "higher" criterion (0 to 100) per column C1..Cn, with the given weights, Pareto on Profit. */
export function knownWeightsProfile(weights: readonly number[]) {
  return makeProfile({
    criteria: weights.map((weight, j) => ({
      id: `c${j + 1}`,
      column: `C${j + 1}`,
      area: "client" as const,
      weight,
      rule: { type: "higher" as const, min: 0, max: 100 },
    })),
    pareto: { value: "Profit", share: 0.8 },
  });
}
