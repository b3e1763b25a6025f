// The last full rating of each sheet the preview rates (one ColumnCache per sheet), kept so that a change of
// weights or grade cut-offs re-weights it (src/core/reweight.ts) instead of rating the sheet again.
import type { ColumnCache } from "../../core/columns";
import type { Profile } from "../../core/profile";
import { keepRating, type KeptRating } from "../../core/reweight";
import type { RatingResult, RatingWarning } from "../../core/types";
import type { ParetoPreview } from "./types";

export interface KeptPreview {
  /** reweightKey (src/core/reweightKey.ts) of the profiles and options the rating was made with. */
  key: string;
  rating: KeptRating;
  gradeLabels: string[];
  /** Per profile and grade index: the grade's column in gradeLabels. */
  columns: Int32Array[];
  // None of these depend on weights or cut-offs: taken from the full rating as they are.
  pareto: ParetoPreview | null;
  warnings: RatingWarning[];
  missingColumns: string[];
}

const keptOf = new WeakMap<ColumnCache, KeptPreview>();

/** The kept rating of `cache`'s sheet, if it was made for the same `key`. */
export function keptPreviewFor(cache: ColumnCache, key: string): KeptPreview | null {
  const kept = keptOf.get(cache);
  return kept?.key === key ? kept : null;
}

export function keepPreview(
  cache: ColumnCache,
  key: string,
  result: RatingResult,
  profiles: readonly Profile[],
  summary: { gradeLabels: string[]; pareto: ParetoPreview | null },
): void {
  if (result.count === 0 || profiles.length === 0) {
    keptOf.delete(cache);
    return;
  }
  const columnOf = new Map(summary.gradeLabels.map((label, index) => [label, index]));
  keptOf.set(cache, {
    key,
    rating: keepRating(result, profiles.length),
    gradeLabels: summary.gradeLabels,
    columns: profiles.map((profile) => Int32Array.from(profile.scale.grades, (grade) => columnOf.get(grade) ?? -1)),
    pareto: summary.pareto,
    warnings: [...result.warnings],
    missingColumns: [...result.missingColumns],
  });
}
