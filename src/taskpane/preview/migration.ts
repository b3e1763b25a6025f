import type { Profile } from "../../core";
import type { GradeMigration } from "./types";

const normalize = (grade: string) => grade.trim().toUpperCase();

/** Compares each client's new grade with its grade in the sheet, on the scale of the profile that rated it. */
export function computeMigration(
  existingGrades: readonly string[] | undefined,
  newGrades: readonly string[],
  profileIndex: Int32Array,
  profiles: readonly Profile[],
  gradeLabels: readonly string[],
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
  const migration: GradeMigration = { up: 0, same: 0, down: 0, notComparable: 0, fromLabels, matrix: [] };

  for (let i = 0; i < newGrades.length; i++) {
    const before = String(existingGrades[i] ?? "");
    const after = newGrades[i];
    const profile = profiles[profileIndex[i]];
    if (normalize(before) === "" || !after || !profile) {
      migration.notComparable++;
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
    if (oldRank < 0 || newRank < 0) migration.notComparable++;
    else if (newRank < oldRank) migration.up++;
    else if (newRank > oldRank) migration.down++;
    else migration.same++;
  }
  migration.matrix = fromLabels.map((_, row) => rows[row] ?? new Array<number>(gradeLabels.length).fill(0));
  return migration;
}
