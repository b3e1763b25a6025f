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

/** What the preview compares with the grades now in the sheet, the same on the full and the re-weight path. */
export interface SheetComparison {
  /** One sheet grade per rated client: movers can be counted client by client. */
  perClient: boolean;
  sheetCounts: number[] | null;
  sheetOther: number;
  migrationUnavailable: boolean;
}

export function compareWithSheet(existing: readonly string[] | undefined, labels: readonly string[], count: number): SheetComparison {
  const perClient = existing !== undefined && existing.length === count;
  const sheet = sheetGradeCounts(existing, labels);
  return {
    perClient,
    sheetCounts: sheet?.counts ?? null,
    sheetOther: sheet?.other ?? 0,
    migrationUnavailable: !perClient && (existing?.some((grade) => String(grade ?? "").trim() !== "") ?? false),
  };
}
