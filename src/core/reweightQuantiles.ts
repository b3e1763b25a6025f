// Quantile grades without a sort: rounded scores are whole tenths from 0 to 100, so counting the clients per
// tenth gives each client's rank (the clients with a strictly higher score) in one pass. The grades are those
// of quantileGradeIndices (grading.ts): the same bounds, ties kept together; other scores go through it.
import { quantileGradeIndices } from "./grading";

const TENTHS = 1001;

/** Writes into `gradeIndex[client]` the quantile grade of every client in `pool` (client indices) by `scores`. */
export function quantileGrades(scores: Float64Array, pool: Int32Array, shares: readonly number[], gradeIndex: Uint8Array): void {
  const n = pool.length;
  const perTenth = new Int32Array(TENTHS);
  for (let i = 0; i < n; i++) {
    const score = scores[pool[i]];
    const tenth = Math.round(score * 10);
    if (!(tenth >= 0 && tenth < TENTHS) || tenth / 10 !== score) {
      const grades = quantileGradeIndices(scores, pool, shares);
      for (let k = 0; k < n; k++) gradeIndex[pool[k]] = grades[k];
      return;
    }
    perTenth[tenth]++;
  }
  // As grading.ts: grade g covers ranks from round(S(g-1) * n) up to round(S(g) * n), S the running sum of shares.
  const bounds: number[] = [];
  let cumulative = 0;
  for (const share of shares) {
    cumulative += share;
    bounds.push(Math.round(cumulative * n + 1e-9));
  }
  const gradeOfTenth = new Uint8Array(TENTHS);
  let higher = 0;
  for (let tenth = TENTHS - 1; tenth >= 0; tenth--) {
    let grade = bounds.length;
    for (let g = 0; g < bounds.length; g++) {
      if (higher < bounds[g]) {
        grade = g;
        break;
      }
    }
    gradeOfTenth[tenth] = grade;
    higher += perTenth[tenth];
  }
  for (let i = 0; i < n; i++) gradeIndex[pool[i]] = gradeOfTenth[Math.round(scores[pool[i]] * 10)];
}
