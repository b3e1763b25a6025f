import type { Profile } from "../../core";
import { CHANGES_LISTED, type GradeChange, type GradeMigration } from "./types";

const normalize = (grade: string) => grade.trim().toUpperCase();

/** Compares each client's new grade with its grade in the sheet, on the scale of the profile that rated it. */
export function computeMigration(
  existingGrades: readonly string[] | undefined,
  newGrades: readonly string[],
  profileIndex: Int32Array,
  profiles: readonly Profile[],
  gradeLabels: readonly string[],
  clientNames: readonly string[] = [],
): GradeMigration | null {
  if (!existingGrades || !existingGrades.some((grade) => normalize(String(grade ?? "")) !== "")) return null;

  const fromLabels: string[] = [];
  const fromRow = new Map<string, number>();
  const rowOf = (grade: string) => {
    const key = normalize(grade);
    let row = fromRow.get(key);
    if (row === undefined) {
      row = fromLabels.length;
      fromRow.set(key, row);
      fromLabels.push(grade.trim());
    }
    return row;
  };
  // Rows in scale order first, so the table reads like the chart.
  const present = new Set(existingGrades.map((grade) => normalize(String(grade ?? ""))));
  for (const label of gradeLabels) if (present.has(normalize(label))) rowOf(label);

  const columnOf = new Map(gradeLabels.map((label, index) => [label, index]));
  const rows: number[][] = [];
  const migration: GradeMigration = { up: 0, same: 0, down: 0, notComparable: 0, changes: [], changed: 0, fromLabels, matrix: [] };
  const note = (i: number, from: string, to: string, direction: GradeChange["direction"]) => {
    migration.changed++;
    if (migration.changes.length < CHANGES_LISTED) migration.changes.push({ client: clientNames[i] ?? "", from: from.trim(), to, direction });
  };

  for (let i = 0; i < newGrades.length; i++) {
    const before = String(existingGrades[i] ?? "");
    const after = newGrades[i];
    const profile = profiles[profileIndex[i]];
    if (normalize(before) === "" || !after || !profile) {
      migration.notComparable++;
      if (normalize(before) !== normalize(after ?? "")) note(i, before, after ?? "", "other");
      continue;
    }
    const scale = profile.scale.grades.map(normalize);
    const oldRank = scale.indexOf(normalize(before));
    const newRank = scale.indexOf(normalize(after));
    const row = rowOf(before);
    const column = columnOf.get(after);
    if (column !== undefined) {
      rows[row] ??= new Array<number>(gradeLabels.length).fill(0);
      rows[row][column]++;
    }
    if (oldRank < 0 || newRank < 0) {
      migration.notComparable++;
      if (normalize(before) !== normalize(after)) note(i, before, after, "other");
    } else if (newRank < oldRank) {
      migration.up++;
      note(i, before, after, "up");
    } else if (newRank > oldRank) {
      migration.down++;
      note(i, before, after, "down");
    } else migration.same++;
  }
  migration.matrix = fromLabels.map((_, row) => rows[row] ?? new Array<number>(gradeLabels.length).fill(0));
  return migration;
}
