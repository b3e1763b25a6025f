import type { Profile } from "../../core/profile";
import { reweight, UNRATED } from "../../core/reweight";
import type { ClientTable } from "../../core/types";
import { clientNames } from "./clientNames";
import type { KeptPreview } from "./keptPreview";
import { migrationByIndex } from "./migrationByIndex";
import { compareWithSheet } from "./sheetCounts";
import type { PreviewResult } from "./types";

/** The preview after a change that only re-weights: what summarize() gives, from the kept rating's grade indices. */
export function reweightedSummary(
  kept: KeptPreview,
  table: ClientTable,
  existingGrades: readonly string[] | undefined,
  profiles: readonly Profile[],
): PreviewResult {
  const rating = kept.rating;
  reweight(rating, profiles);
  const { gradeIndex, profileIndex, knockedOut: knocked, count } = rating;
  const gradeLabels = [...kept.gradeLabels];
  const gradeCounts = new Array<number>(gradeLabels.length).fill(0);
  let unrated = 0;
  let knockedOut = 0;
  for (let i = 0; i < count; i++) {
    const g = gradeIndex[i];
    if (g === UNRATED) unrated++;
    else gradeCounts[kept.columns[profileIndex[i]][g]]++;
    knockedOut += knocked[i];
  }
  const { perClient, sheetCounts, sheetOther, migrationUnavailable } = compareWithSheet(existingGrades, gradeLabels, count);
  return {
    count,
    gradeLabels,
    gradeCounts,
    unrated,
    knockedOut,
    sheetCounts,
    sheetOther,
    migration: perClient ? migrationByIndex(existingGrades!, rating, profiles, gradeLabels, clientNames(table)) : null,
    migrationUnavailable,
    pareto: kept.pareto && { ...kept.pareto },
    warnings: [...kept.warnings],
    missingColumns: [...kept.missingColumns],
  };
}
