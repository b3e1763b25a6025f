// One client rated on its own, for the panel's portrait and what-if: the client's values (as the sheet
// holds them, or as the user changed them in the panel) rated with the current profiles. Scores do not
// depend on other clients; quantile grades do, so they are read off the cut-offs of a full rating
// (the lowest score each grade held), which gives every unchanged client its full-rating grade.
import { clientContributions, type Contribution } from "./contributions";
import type { Profile } from "./profile";
import { rateClients } from "./rate";
import type { CellValue, ClientTable, RateOptions, RatingResult } from "./types";

/** Per profile: null for thresholds, else the lowest score graded into each grade (NaN where a grade was empty). */
export type GradeCutoffs = (number[] | null)[];

export interface OneClientRating {
  /** Index of the profile that rates the client, -1 when none applies. */
  profile: number;
  /** Rounded as the sheet shows it; NaN when no criterion counted. */
  score: number;
  /** "" when not rated. */
  grade: string;
  knockedOut: boolean;
  contributions: Contribution[];
  /** The grade comes from the cut-offs of the full rating (a quantile scale), not from the profile's own thresholds. */
  gradedByCutoffs: boolean;
}

/** The cut-offs of quantile scales in `result`: the lowest score among the clients a grade holds (knocked-out ones left out). */
export function quantileCutoffs(result: RatingResult, profiles: Profile[]): GradeCutoffs {
  return profiles.map((profile, p) => {
    if (profile.scale.mode !== "quantiles") return null;
    const grades = profile.scale.grades;
    const lowest = grades.map(() => NaN);
    for (let r = 0; r < result.count; r++) {
      if (result.profileIndex[r] !== p || result.knockedOut[r]) continue;
      const score = result.scores[r];
      const g = grades.indexOf(result.grades[r]);
      if (g < 0 || score !== score) continue;
      if (!(lowest[g] <= score)) lowest[g] = score;
    }
    return lowest;
  });
}

/** The first grade whose lowest score the client's score reaches; below them all, the last grade. */
export function gradeByCutoffs(score: number, grades: readonly string[], lowest: readonly number[]): string {
  for (let g = 0; g < grades.length; g++) if (lowest[g] === lowest[g] && score >= lowest[g]) return grades[g];
  return grades[grades.length - 1];
}

/**
 * Rates one client's row (cells in `headers` order, with their number formats when known) with `profiles`,
 * as `rateClients` would within the whole sheet. `cutoffs` come from quantileCutoffs() of a full rating.
 */
export function rateOneClient(
  headers: string[],
  row: CellValue[],
  profiles: Profile[],
  options: RateOptions,
  cutoffs: GradeCutoffs,
  numberFormats?: string[],
): OneClientRating {
  const table: ClientTable = { headers, rows: [row], ...(numberFormats ? { numberFormats: [numberFormats] } : {}) };
  const result = rateClients(table, profiles, { ...options, texts: false });
  const p = result.profileIndex[0];
  const score = result.scores[0];
  const knockedOut = result.knockedOut[0] === 1;
  const lowest = p >= 0 ? cutoffs[p] : null;
  let grade = result.grades[0];
  const gradedByCutoffs = !!lowest && !knockedOut && score === score;
  if (gradedByCutoffs) grade = gradeByCutoffs(score, profiles[p].scale.grades, lowest);
  return { profile: p, score, grade, knockedOut, contributions: clientContributions(result, profiles, 0), gradedByCutoffs };
}
