// RatingResult.criterionScores as a getter on the results' prototype (clientTexts.ts sets it under the text
// getters): a rating without a caller's own ColumnCache sums each client's criterion scores as it computes
// them and keeps no array per criterion (rateProfile.ts); the arrays are made the first time they are read.
// At a million clients, twelve criteria's arrays were 96 MB per rating, which started about two of the
// garbage collector's full marks of the whole heap each time.
import type { RatingResult } from "./types";

interface Scores {
  made?: Float64Array[][];
  make?: () => Float64Array[][];
}

const scoresOf = new WeakMap<object, Scores>();

export const CRITERION_SCORES = {
  get criterionScores(): Float64Array[][] {
    const scores = scoresOf.get(this);
    if (!scores) return [];
    return (scores.made ??= scores.make?.() ?? []);
  },
};

/** `result`'s criterion scores, `make` called when they are first read (then kept). */
export function criterionScoresWhenRead(result: RatingResult, make: () => Float64Array[][]): void {
  scoresOf.set(result, { make });
}
