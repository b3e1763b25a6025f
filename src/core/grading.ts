// Turning rounded scores into grades: thresholds and quantiles (by rank, ties kept together).
import { sortByValueDescending } from "./descendingOrder";

/** Index of the first grade whose cutoff the score reaches; the last grade below every cutoff. */
export function thresholdGradeIndex(score: number, cutoffs: readonly number[]): number {
  for (let i = 0; i < cutoffs.length; i++) if (score >= cutoffs[i]) return i;
  return cutoffs.length;
}

/**
 * Quantile grades for `members` (client indices) by their score, best first.
 * A client's rank is the number of members with a strictly higher score (Excel's RANK.EQ minus 1),
 * so tied clients share a rank and so a grade. Grade g covers ranks from round(S(g-1) * n) up to
 * round(S(g) * n) (exclusive), S(g) being the sum of the first g shares; the last grade takes the rest.
 * A tie group straddling a boundary goes wholly into the better grade, so only that grade can
 * hold more than its share, and each grade is within one client of its share when there are no ties.
 * Returns the grade index per member position.
 */
export function quantileGradeIndices(
  scores: Float64Array,
  members: Int32Array,
  shares: readonly number[],
): Int32Array {
  const n = members.length;
  const order = sortByValueDescending(Int32Array.from(members), scores);
  const bounds: number[] = [];
  let cumulative = 0;
  for (const share of shares) {
    cumulative += share;
    bounds.push(Math.round(cumulative * n + 1e-9));
  }
  let maxIndex = -1;
  for (let i = 0; i < n; i++) if (members[i] > maxIndex) maxIndex = members[i];
  const gradeByClient = new Int32Array(maxIndex + 1);
  let groupRank = 0;
  for (let p = 0; p < n; p++) {
    if (p > 0 && scores[order[p]] !== scores[order[p - 1]]) groupRank = p;
    let grade = bounds.length;
    for (let g = 0; g < bounds.length; g++) {
      if (groupRank < bounds[g]) {
        grade = g;
        break;
      }
    }
    gradeByClient[order[p]] = grade;
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = gradeByClient[members[i]];
  return out;
}
