import { rateClients, type ClientTable, type Profile } from "../../core";
import { computeMigration } from "./migration";
import type { ParetoPreview, PreviewOptions, PreviewResult } from "./types";

/** Grade labels of every profile, first profile's scale first, without repeats. */
function allGradeLabels(profiles: readonly Profile[], first: readonly string[]): string[] {
  const labels = [...first];
  for (const profile of profiles) for (const grade of profile.scale.grades) if (!labels.includes(grade)) labels.push(grade);
  return labels;
}

/** Rates the table in memory and boils the result down to what the preview shows. */
export function summarize(
  table: ClientTable,
  existingGrades: readonly string[] | undefined,
  profiles: Profile[],
  options: PreviewOptions,
): PreviewResult {
  const result = rateClients(table, profiles, options);
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

  const perClient = existingGrades !== undefined && existingGrades.length === result.count;
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

  return {
    count: result.count,
    gradeLabels,
    gradeCounts,
    unrated,
    knockedOut,
    migration: perClient ? computeMigration(existingGrades, result.grades, result.profileIndex, profiles, gradeLabels) : null,
    migrationUnavailable: !perClient && (existingGrades?.some((grade) => String(grade ?? "").trim() !== "") ?? false),
    pareto,
    warnings: result.warnings,
    missingColumns: result.missingColumns,
  };
}
