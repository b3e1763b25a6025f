// Core's modules by name, not its index: the index also carries profile validation and zod, which the worker never uses.
import type { ColumnCache } from "../../core/columns";
import { clientNameColumn } from "../../core/clientName";
import type { Profile } from "../../core/profile";
import { rateClients } from "../../core/rate";
import type { ClientTable } from "../../core/types";
import { computeMigration } from "./migration";
import type { ParetoPreview, PreviewOptions, PreviewResult } from "./types";

/** Grade labels of every profile, first profile's scale first, without repeats. */
function allGradeLabels(profiles: readonly Profile[], first: readonly string[]): string[] {
  const labels = [...first];
  for (const profile of profiles) for (const grade of profile.scale.grades) if (!labels.includes(grade)) labels.push(grade);
  return labels;
}

/**
 * Rates the table in memory and boils the result down to what the preview shows. Pass the same `cache`
 * of `table` on every call so a weight change does not parse the cells again.
 */
export function summarize(
  table: ClientTable,
  existingGrades: readonly string[] | undefined,
  profiles: Profile[],
  options: PreviewOptions,
  cache?: ColumnCache,
): PreviewResult {
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

  const perClient = existingGrades !== undefined && existingGrades.length === result.count;
  const sheet = sheetGradeCounts(existingGrades, gradeLabels);
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
    sheetCounts: sheet?.counts ?? null,
    sheetOther: sheet?.other ?? 0,
    migration: perClient
      ? computeMigration(existingGrades, result.grades, result.profileIndex, profiles, gradeLabels, clientNames(table))
      : null,
    migrationUnavailable: !perClient && (existingGrades?.some((grade) => String(grade ?? "").trim() !== "") ?? false),
    pareto,
    warnings: result.warnings,
    missingColumns: result.missingColumns,
  };
}

type SheetCounts = { counts: number[]; other: number } | null;
// The sheet's grades stay while the profile changes: counted again only when the labels change.
const sheetCountsOf = new WeakMap<readonly string[], { labels: string; counts: SheetCounts }>();

/** The grades now in the sheet, counted on the preview's labels (case and spaces ignored); null when there are none. */
function sheetGradeCounts(existing: readonly string[] | undefined, labels: readonly string[]): SheetCounts {
  if (!existing) return countSheetGrades(existing, labels);
  const key = JSON.stringify(labels);
  const kept = sheetCountsOf.get(existing);
  if (kept?.labels === key) return kept.counts && { counts: [...kept.counts.counts], other: kept.counts.other };
  const counts = countSheetGrades(existing, labels);
  sheetCountsOf.set(existing, { labels: key, counts });
  return counts && { counts: [...counts.counts], other: counts.other };
}

function countSheetGrades(existing: readonly string[] | undefined, labels: readonly string[]): SheetCounts {
  const grades = (existing ?? []).map((grade) => String(grade ?? "").trim().toUpperCase()).filter((grade) => grade !== "");
  if (grades.length === 0) return null;
  const index = new Map(labels.map((label, i) => [label.trim().toUpperCase(), i]));
  const counts = new Array<number>(labels.length).fill(0);
  let other = 0;
  for (const grade of grades) {
    const i = index.get(grade);
    if (i === undefined) other++;
    else counts[i]++;
  }
  return { counts, other };
}

// Per table, not per weight change: the names do not change while the profile does.
const namesOf = new WeakMap<ClientTable, string[]>();
function clientNames(table: ClientTable): string[] {
  let names = namesOf.get(table);
  if (!names) {
    const column = clientNameColumn(table);
    names = table.rows.map((row) => (row[column] === null || row[column] === undefined ? "" : String(row[column])));
    namesOf.set(table, names);
  }
  return names;
}
