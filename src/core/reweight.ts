// A weight change without rating again: each criterion's scores from the last full rating are kept, and only
// the weighted sums, rounding, knockouts and grades are done again, into arrays kept between changes. The sums,
// roundScore, knockouts and grading follow rateProfile.ts step for step, so every score and grade is the same.
import { thresholdGradeIndex } from "./grading";
import type { Profile } from "./profile";
import { quantileGrades } from "./reweightQuantiles";
import { roundScore } from "./scoring";
import type { RatingResult } from "./types";

/** The grade index of a client without a grade (no profile, or no score and not knocked out). */
export const UNRATED = 255;

export interface KeptRating {
  count: number;
  /** Per client, as the full rating assigned it (a weight change cannot move a client to another profile). */
  profileIndex: Int32Array;
  /** Per profile, its clients in sheet order. */
  members: Int32Array[];
  /**
   * The full rating's `criterionScores[p][j][k]`, not copied (at a million clients a copy is 8 MB per criterion): a
   * rating never writes into the arrays of an earlier result (test/core/reweight.test.ts holds it to that).
   */
  criterionScores: Float64Array[][];
  /** Per profile and criterion: whether some member has no score for it. */
  hasMissing: boolean[][];
  /** Per client, from the full rating: knockouts depend on criterion scores and knockout settings, not on weights. */
  knockedOut: Uint8Array;
  /** Written by reweight(), per client: the rounded score (NaN without one). */
  scores: Float64Array;
  /** Per client, the index of its grade on its own profile's scale; UNRATED without a grade. */
  gradeIndex: Uint8Array;
  /** Room for the weighted sums and weights per member, and for the clients a quantile scale ranks. */
  sums: Float64Array;
  totals: Float64Array;
  pool: Int32Array;
}

/** Keeps what a re-weighting needs from a full rating of `profileCount` profiles. */
export function keepRating(result: RatingResult, profileCount: number): KeptRating {
  const n = result.count;
  const sizes = new Int32Array(profileCount);
  for (let r = 0; r < n; r++) if (result.profileIndex[r] >= 0) sizes[result.profileIndex[r]]++;
  const members = Array.from(sizes, (size) => new Int32Array(size));
  for (let r = 0; r < n; r++) {
    const p = result.profileIndex[r];
    if (p >= 0) members[p][result.memberPosition[r]] = r;
  }
  const criterionScores = members.map((m, p) => (m.length === 0 ? [] : [...(result.criterionScores[p] ?? [])]));
  return {
    count: n,
    profileIndex: result.profileIndex.slice(),
    members,
    criterionScores,
    hasMissing: criterionScores.map((scores) => scores.map(hasNaN)),
    knockedOut: result.knockedOut.slice(),
    scores: new Float64Array(n).fill(NaN),
    gradeIndex: new Uint8Array(n).fill(UNRATED),
    sums: new Float64Array(n),
    totals: new Float64Array(n),
    pool: new Int32Array(n),
  };
}

// A plain loop: TypedArray.prototype.some with a callback took five times as long at 100,000 clients.
function hasNaN(column: Float64Array): boolean {
  for (let k = 0; k < column.length; k++) if (column[k] !== column[k]) return true;
  return false;
}

/**
 * Scores and grades every rated client again with `profiles`' weights and grade cut-offs or shares. The caller
 * vouches that nothing else that feeds the criterion scores changed since keepRating (reweightKey.ts says what).
 */
export function reweight(kept: KeptRating, profiles: readonly Profile[]): void {
  for (let p = 0; p < kept.members.length; p++) {
    const members = kept.members[p];
    if (members.length === 0) continue;
    const profile = profiles[p];
    if (!profile || profile.criteria.length !== kept.criterionScores[p].length) {
      throw new Error(`reweight: profile ${p} does not have the criteria its scores were kept for`);
    }
    weighMembers(kept, profile, members, kept.criterionScores[p], kept.hasMissing[p]);
    gradeMembers(kept, profile, members);
  }
}

// Criterion by criterion into per-member sums: each member's sum still adds its criteria in order, as
// rateProfile.ts does client by client, so every sum is the same to the last bit.
function weighMembers(kept: KeptRating, profile: Profile, members: Int32Array, criterionScores: Float64Array[], hasMissing: boolean[]): void {
  const criteria = profile.criteria;
  const m = members.length;
  const sums = kept.sums.subarray(0, m).fill(0);
  // Without a skipped (missing and ignored) score, every member's weights add up to the same total.
  const skips = criteria.some((criterion, j) => criterion.missing === "ignore" && hasMissing[j]);
  const totals = skips ? kept.totals.subarray(0, m).fill(0) : null;
  let total = 0;
  for (let j = 0; j < criteria.length; j++) {
    const w = criteria[j].weight;
    const column = criterionScores[j];
    total += w;
    if (!hasMissing[j]) {
      for (let k = 0; k < m; k++) sums[k] += w * column[k];
      if (totals) for (let k = 0; k < m; k++) totals[k] += w;
      continue;
    }
    const skip = criteria[j].missing === "ignore";
    for (let k = 0; k < m; k++) {
      let s = column[k];
      if (s !== s) {
        if (skip) continue;
        s = 0;
      }
      sums[k] += w * s;
      if (totals) totals[k] += w;
    }
  }
  const scores = kept.scores;
  const round = roundScore; // a local: an imported binding is a property read per call in CommonJS builds
  for (let k = 0; k < m; k++) {
    const weights = totals ? totals[k] : total;
    scores[members[k]] = weights > 0 ? round(sums[k] / weights) : NaN;
  }
}

function gradeMembers(kept: KeptRating, profile: Profile, members: Int32Array): void {
  const { scores, knockedOut, gradeIndex, pool } = kept;
  const last = profile.scale.grades.length - 1;
  if (profile.scale.mode === "thresholds") {
    const cutoffs = profile.scale.cutoffs ?? [];
    for (let k = 0; k < members.length; k++) {
      const r = members[k];
      if (knockedOut[r]) gradeIndex[r] = last;
      else gradeIndex[r] = scores[r] === scores[r] ? thresholdGradeIndex(scores[r], cutoffs) : UNRATED;
    }
    return;
  }
  // Quantiles rank only the clients with a score that are not knocked out; those get the last grade anyway.
  let pooled = 0;
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    if (knockedOut[r]) gradeIndex[r] = last;
    else if (scores[r] === scores[r]) pool[pooled++] = r;
    else gradeIndex[r] = UNRATED;
  }
  quantileGrades(scores, pool.subarray(0, pooled), profile.scale.shares ?? [], gradeIndex);
}
