// Core's modules by name, not its index: the index also carries profile validation and zod, which the worker never uses.
import type { ColumnCache } from "../../core/columns";
import type { Profile } from "../../core/profile";
import { rateClients } from "../../core/rate";
import { reweightKey } from "../../core/reweightKey";
import type { ClientTable } from "../../core/types";
import { clientNames } from "./clientNames";
import { keepPreview, keptPreviewFor } from "./keptPreview";
import { computeMigration } from "./migration";
import { reweightedSummary } from "./reweightedSummary";
import { compareWithSheet } from "./sheetCounts";
import type { ParetoPreview, PreviewOptions, PreviewResult } from "./types";

/** Grade labels of every profile, first profile's scale first, without repeats. */
function allGradeLabels(profiles: readonly Profile[], first: readonly string[]): string[] {
  const labels = [...first];
  for (const profile of profiles) for (const grade of profile.scale.grades) if (!labels.includes(grade)) labels.push(grade);
  return labels;
}

/**
 * Rates the table in memory and boils the result down to what the preview shows. Pass the same `cache`
 * of `table` on every call so a weight change does not parse the cells again: when only weights or grade
 * cut-offs (or shares) changed since the last call with `cache`, the last rating is re-weighted instead.
 */
export function summarize(
  table: ClientTable,
  existingGrades: readonly string[] | undefined,
  profiles: Profile[],
  options: PreviewOptions,
  cache?: ColumnCache,
): PreviewResult {
  const key = cache ? reweightKey(profiles, options.asOf, options.locale) : "";
  const kept = cache ? keptPreviewFor(cache, key) : null;
  if (kept) return reweightedSummary(kept, table, existingGrades, profiles);
  // No reason or flag text: the preview shows none, and building it is most of the model's time.
  const result = rateClients(table, profiles, { ...options, texts: false }, cache);
  const gradeLabels = allGradeLabels(profiles, result.gradeLabels);
  const column = new Map(gradeLabels.map((label, index) => [label, index]));
  const gradeCounts = new Array<number>(gradeLabels.length).fill(0);
  let unrated = 0;
  let knockedOut = 0;
  for (let i = 0; i < result.count; i++) {
    const index = column.get(result.grades[i]);
    if (index === undefined) unrated++;
    else gradeCounts[index]++;
    if (result.knockedOut[i]) knockedOut++;
  }

  const { perClient, sheetCounts, sheetOther, migrationUnavailable } = compareWithSheet(existingGrades, gradeLabels, result.count);
  let pareto: ParetoPreview | null = null;
  if (result.pareto) {
    const p = result.pareto;
    pareto = {
      valueColumn: p.valueColumn,
      clients: p.order.length,
      vitalFewCount: p.vitalFewCount,
      vitalFewValueShare: p.vitalFewShare,
      largestShare: p.largestShare,
      largestWarning: p.largestWarning,
      top20Share: p.top20Share,
      error: p.error,
    };
  }

  if (cache) keepPreview(cache, key, result, profiles, { gradeLabels, pareto });
  return {
    count: result.count,
    gradeLabels,
    gradeCounts,
    unrated,
    knockedOut,
    sheetCounts,
    sheetOther,
    migration: perClient
      ? computeMigration(existingGrades!, result.grades, result.profileIndex, profiles, gradeLabels, clientNames(table))
      : null,
    migrationUnavailable,
    pareto,
    warnings: result.warnings,
    missingColumns: result.missingColumns,
  };
}
