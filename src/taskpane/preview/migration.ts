import type { Profile } from "../../core";
import { CHANGES_LISTED, type GradeChange, type GradeMigration } from "./types";

const normalize = (grade: string) => grade.trim().toUpperCase();

/** The sheet's grades normalized once per sheet (the preview compares them again on every change). */
interface SheetGrades {
  keys: string[];
  present: Set<string>;
}
const sheetGradesOf = new WeakMap<readonly string[], SheetGrades>();

function sheetGrades(existing: readonly string[]): SheetGrades {
  let grades = sheetGradesOf.get(existing);
  if (!grades) {
    const keys = existing.map((grade) => normalize(String(grade ?? "")));
    sheetGradesOf.set(existing, (grades = { keys, present: new Set(keys) }));
  }
  return grades;
}

/** Compares each client's new grade with its grade in the sheet, on the scale of the profile that rated it. */
export function computeMigration(
  existingGrades: readonly string[] | undefined,
  newGrades: readonly string[],
  profileIndex: Int32Array,
  profiles: readonly Profile[],
  gradeLabels: readonly string[],
  clientNames: readonly string[] = [],
): GradeMigration | null {
  if (!existingGrades) return null;
  const { keys, present } = sheetGrades(existingGrades);
  if (present.size === 0 || (present.size === 1 && present.has(""))) return null;

  const fromLabels: string[] = [];
  const fromRow = new Map<string, number>();
  const rowOf = (key: string, grade: string) => {
    let row = fromRow.get(key);
    if (row === undefined) {
      row = fromLabels.length;
      fromRow.set(key, row);
      fromLabels.push(grade.trim());
    }
    return row;
  };
  // Rows in scale order first, so the table reads like the chart.
  for (const label of gradeLabels) if (present.has(normalize(label))) rowOf(normalize(label), label);

  const columnOf = new Map(gradeLabels.map((label, index) => [label, index]));
  // Each profile's scale as normalized grade -> rank (best first), and each new grade normalized once.
  const rankOf = profiles.map((profile) => {
    const ranks = new Map<string, number>();
    profile.scale.grades.forEach((grade, rank) => {
      if (!ranks.has(normalize(grade))) ranks.set(normalize(grade), rank);
    });
    return ranks;
  });
  const normalized = new Map<string, string>();
  const keyOf = (grade: string) => {
    let key = normalized.get(grade);
    if (key === undefined) normalized.set(grade, (key = normalize(grade)));
    return key;
  };
  const rows: number[][] = [];
  const migration: GradeMigration = { up: 0, same: 0, down: 0, notComparable: 0, changes: [], changed: 0, fromLabels, matrix: [] };
  const note = (i: number, from: string, to: string, direction: GradeChange["direction"]) => {
    migration.changed++;
    if (migration.changes.length < CHANGES_LISTED) migration.changes.push({ client: clientNames[i] ?? "", from: from.trim(), to, direction });
  };

  for (let i = 0; i < newGrades.length; i++) {
    const beforeKey = keys[i];
    const after = newGrades[i];
    const ranks = rankOf[profileIndex[i]];
    if (beforeKey === "" || !after || !ranks) {
      migration.notComparable++;
      if (beforeKey !== keyOf(after ?? "")) note(i, String(existingGrades[i] ?? ""), after ?? "", "other");
      continue;
    }
    const before = String(existingGrades[i] ?? "");
    const afterKey = keyOf(after);
    const oldRank = ranks.get(beforeKey) ?? -1;
    const newRank = ranks.get(afterKey) ?? -1;
    const row = rowOf(beforeKey, before);
    const column = columnOf.get(after);
    if (column !== undefined) {
      rows[row] ??= new Array<number>(gradeLabels.length).fill(0);
      rows[row][column]++;
    }
    if (oldRank < 0 || newRank < 0) {
      migration.notComparable++;
      if (beforeKey !== afterKey) note(i, before, after, "other");
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
