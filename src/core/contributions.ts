// Each criterion's points in a client's 0-100 score (docs/DESIGN.md "Contribution"), as the panel lists
// them: weight * s / the sum of the weights that count for that client, so they add up to the
// unrounded score. Computed for one client on demand from the criterion scores the rating kept.
import type { Profile } from "./profile";
import type { Area, RatingResult } from "./types";

export interface Contribution {
  id: string;
  column: string;
  area: Area;
  /** The criterion's score, 0 to 100 (0 for a missing value that counts as 0). */
  score: number;
  /** Points this criterion adds to the score. */
  points: number;
  /** Points it cost: weight share times (100 - its score). */
  lost: number;
}

/** The client's criteria that counted, in profile order; [] for a client no profile rates. */
export function clientContributions(result: RatingResult, profiles: Profile[], client: number): Contribution[] {
  const p = result.profileIndex[client];
  const k = result.memberPosition[client];
  const scores = p >= 0 ? result.criterionScores[p] : undefined;
  if (!scores || k < 0) return [];
  const counted: { index: number; score: number }[] = [];
  let weights = 0;
  profiles[p].criteria.forEach((criterion, j) => {
    const raw = scores[j][k];
    if (raw !== raw && criterion.missing === "ignore") return;
    counted.push({ index: j, score: raw !== raw ? 0 : raw });
    weights += criterion.weight;
  });
  if (!(weights > 0)) return [];
  return counted.map(({ index, score }) => {
    const criterion = profiles[p].criteria[index];
    // Same operation order as the rating's reason text, so a half point rounds the same way in both.
    const points = (criterion.weight * score) / weights;
    const lost = (criterion.weight * (100 - score)) / weights;
    return { id: criterion.id, column: criterion.column, area: criterion.area, score, points, lost };
  });
}
