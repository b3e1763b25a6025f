// How well a set of weights orders a group of clients by an outcome, computed as the rating would
// score them (rateProfile.ts: weighted mean, missing values as 0 or left out, knock-outs last), and the
// search over slider steps that suggestWeights.ts runs on it.
import { averageRanks, pearson } from "./rankCorrelation";
import { WEIGHT_MAX, WEIGHT_STEP } from "./weightSteps";

/** Below every real score (0 to 100): knocked-out clients rank under all others, clients with no score under them. */
const KNOCKED_OUT_SHIFT = -200;
const NO_SCORE = -1000;

/** A group of clients (training or held-out) with what each criterion scored and the outcome's ranks. */
export interface ClientGroup {
  size: number;
  criteria: number;
  /** Row-major `size` x `criteria`: the criterion's score 0-100, NaN where the value is missing or unreadable. */
  scores: Float64Array;
  knockedOut: Uint8Array;
  outcomeRanks: Float64Array;
}

export function makeGroup(scores: Float64Array, knockedOut: Uint8Array, outcome: Float64Array, criteria: number): ClientGroup {
  return { size: outcome.length, criteria, scores, knockedOut, outcomeRanks: averageRanks(outcome) };
}

/** The first `size` clients of a group (the groups are in shuffled order, so this is a random sample). */
export function firstOf(group: ClientGroup, size: number): ClientGroup {
  if (size >= group.size) return group;
  const c = group.criteria;
  return {
    size,
    criteria: c,
    scores: group.scores.subarray(0, size * c),
    knockedOut: group.knockedOut.subarray(0, size),
    outcomeRanks: averageRanks(group.outcomeRanks.subarray(0, size)),
  };
}

/** Each client's place in the order the weights give: the rating's score, knocked-out and unscored clients last. */
export function rankingKeys(group: ClientGroup, weights: ArrayLike<number>, ignoreMissing: readonly boolean[]): Float64Array {
  const { size, criteria: c, scores, knockedOut } = group;
  const keys = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    let weighted = 0;
    let total = 0;
    for (let j = 0; j < c; j++) {
      let s = scores[k * c + j];
      if (s !== s) {
        if (ignoreMissing[j]) continue;
        s = 0;
      }
      weighted += weights[j] * s;
      total += weights[j];
    }
    const score = total > 0 ? weighted / total : NaN;
    keys[k] = score !== score ? NO_SCORE : knockedOut[k] ? score + KNOCKED_OUT_SHIFT : score;
  }
  return keys;
}

/** Spearman's rank correlation between the order the weights give and the outcome (NaN when the scores do not vary). */
export function rankFit(group: ClientGroup, weights: ArrayLike<number>, ignoreMissing: readonly boolean[]): number {
  return pearson(averageRanks(rankingKeys(group, weights, ignoreMissing)), group.outcomeRanks);
}

const MAX_MOVES = 200;
const IMPROVEMENT = 1e-9;

/**
 * Hill climb over slider steps: moves one step of weight from one free criterion to another while that
 * raises the rank correlation on `group` (the best move each time), so the total stays as it is.
 * `free` lists the criteria whose weight may change; the others keep theirs.
 */
export function climb(
  group: ClientGroup,
  start: readonly number[],
  free: readonly number[],
  ignoreMissing: readonly boolean[],
): { weights: number[]; fit: number } {
  const weights = [...start];
  let fit = orLowest(rankFit(group, weights, ignoreMissing));
  for (let move = 0; move < MAX_MOVES; move++) {
    let best: { from: number; to: number; fit: number } | null = null;
    for (const from of free) {
      if (weights[from] < WEIGHT_STEP) continue;
      for (const to of free) {
        if (to === from || weights[to] + WEIGHT_STEP > WEIGHT_MAX) continue;
        weights[from] -= WEIGHT_STEP;
        weights[to] += WEIGHT_STEP;
        const tried = orLowest(rankFit(group, weights, ignoreMissing));
        weights[from] += WEIGHT_STEP;
        weights[to] -= WEIGHT_STEP;
        if (tried > (best?.fit ?? fit) + IMPROVEMENT) best = { from, to, fit: tried };
      }
    }
    if (!best) break;
    weights[best.from] -= WEIGHT_STEP;
    weights[best.to] += WEIGHT_STEP;
    fit = best.fit;
  }
  return { weights, fit };
}

const orLowest = (fit: number) => (fit === fit ? fit : -2);
