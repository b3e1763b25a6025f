// The preview's movers: each client's grade in the sheet against its new grade, counted from the new grade's index
// on the client's own scale (a re-weighted preview has only indices; a full rating's grades are turned into them in
// migration.ts). What depends only on the sheet's grades and the scales (normalized keys, old ranks, rows of the
// table) is worked out once per set of grade indices: a kept rating keeps the same arrays between weight changes.
import type { Profile } from "../../core/profile";
import { UNRATED } from "../../core/reweight";
import { CHANGES_LISTED, type GradeChange, type GradeMigration } from "./types";

const normalize = (grade: string) => grade.trim().toUpperCase();

interface SheetSide {
  /** Per client: its sheet grade as an index into `keys` (normalized). */
  codes: Int32Array;
  keys: string[];
  emptyCode: number;
  /** Per client: the sheet grade's rank on the client's own profile's scale; -1 when it is not on it. */
  oldRanks: Int16Array;
  /** Per key: the table row of the sheet grades that are on the preview's scale (in scale order), else -1. */
  presetRows: Int32Array;
  presetLabels: string[];
  /** Per profile and grade index: its rank (first of equal names), its column in gradeLabels and its key. */
  newRanks: Int16Array[];
  columns: Int32Array[];
  afterKeys: string[][];
}

/** Per client: the profile that rated it (-1: none) and its grade's index on that profile's scale (UNRATED: none). */
export interface GradeIndices {
  profileIndex: Int32Array;
  gradeIndex: Uint8Array;
}

const sidesOf = new WeakMap<GradeIndices, { existing: readonly string[]; side: SheetSide | null }>();

function sheetSide(existing: readonly string[], graded: GradeIndices, profiles: readonly Profile[], gradeLabels: readonly string[]): SheetSide | null {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const codes = new Int32Array(existing.length);
  for (let i = 0; i < existing.length; i++) {
    const key = normalize(String(existing[i] ?? ""));
    let code = keyIndex.get(key);
    if (code === undefined) {
      keyIndex.set(key, (code = keys.length));
      keys.push(key);
    }
    codes[i] = code;
  }
  if (keys.length === 0 || (keys.length === 1 && keys[0] === "")) return null;

  const rankMaps = profiles.map((profile) => {
    const ranks = new Map<string, number>();
    profile.scale.grades.forEach((grade, rank) => {
      if (!ranks.has(normalize(grade))) ranks.set(normalize(grade), rank);
    });
    return ranks;
  });
  const oldRanks = new Int16Array(existing.length).fill(-1);
  for (let i = 0; i < existing.length; i++) {
    const p = graded.profileIndex[i];
    if (p >= 0) oldRanks[i] = rankMaps[p].get(keys[codes[i]]) ?? -1;
  }
  const presetRows = new Int32Array(keys.length).fill(-1);
  const presetLabels: string[] = [];
  for (const label of gradeLabels) {
    const code = keyIndex.get(normalize(label));
    if (code !== undefined && presetRows[code] < 0) {
      presetRows[code] = presetLabels.length;
      presetLabels.push(label.trim());
    }
  }
  const columnOf = new Map(gradeLabels.map((label, index) => [label, index]));
  return {
    codes,
    keys,
    emptyCode: keyIndex.get("") ?? -1,
    oldRanks,
    presetRows,
    presetLabels,
    newRanks: profiles.map((profile, p) => Int16Array.from(profile.scale.grades, (grade) => rankMaps[p].get(normalize(grade)) ?? -1)),
    columns: profiles.map((profile) => Int32Array.from(profile.scale.grades, (grade) => columnOf.get(grade) ?? -1)),
    afterKeys: profiles.map((profile) => profile.scale.grades.map(normalize)),
  };
}

/** How each client's grade moved against its grade in the sheet; null when the sheet has no grades. */
export function migrationByIndex(
  existingGrades: readonly string[],
  graded: GradeIndices,
  profiles: readonly Profile[],
  gradeLabels: readonly string[],
  clientNames: readonly string[],
): GradeMigration | null {
  let stored = sidesOf.get(graded);
  if (stored?.existing !== existingGrades) {
    stored = { existing: existingGrades, side: sheetSide(existingGrades, graded, profiles, gradeLabels) };
    sidesOf.set(graded, stored);
  }
  const side = stored.side;
  if (!side) return null;

  const { codes, keys, emptyCode, oldRanks, newRanks, columns, afterKeys } = side;
  const { gradeIndex, profileIndex } = graded;
  const width = gradeLabels.length;
  const rowOfCode = side.presetRows.slice();
  const fromLabels = [...side.presetLabels];
  // One row per distinct sheet grade at most: counted flat, turned into the table's rows at the end.
  const cells = new Int32Array(keys.length * width);
  const migration: GradeMigration = { up: 0, same: 0, down: 0, notComparable: 0, changes: [], changed: 0, fromLabels, matrix: [] };
  const note = (i: number, to: string, direction: GradeChange["direction"]) => {
    migration.changed++;
    if (migration.changes.length < CHANGES_LISTED) {
      migration.changes.push({ client: clientNames[i] ?? "", from: String(existingGrades[i] ?? "").trim(), to, direction });
    }
  };

  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const g = gradeIndex[i];
    const p = profileIndex[i];
    if (code === emptyCode || g === UNRATED || p < 0) {
      migration.notComparable++;
      const ungraded = g === UNRATED || p < 0;
      if (!(code === emptyCode && ungraded)) note(i, ungraded ? "" : profiles[p].scale.grades[g], "other");
      continue;
    }
    let row = rowOfCode[code];
    if (row < 0) {
      row = rowOfCode[code] = fromLabels.length;
      fromLabels.push(String(existingGrades[i] ?? "").trim());
    }
    const column = columns[p][g];
    if (column >= 0) cells[row * width + column]++;
    const oldRank = oldRanks[i];
    const newRank = newRanks[p][g];
    if (oldRank < 0 || newRank < 0) {
      migration.notComparable++;
      if (keys[code] !== afterKeys[p][g]) note(i, profiles[p].scale.grades[g], "other");
    } else if (newRank < oldRank) {
      migration.up++;
      note(i, profiles[p].scale.grades[g], "up");
    } else if (newRank > oldRank) {
      migration.down++;
      note(i, profiles[p].scale.grades[g], "down");
    } else migration.same++;
  }
  migration.matrix = fromLabels.map((_, row) => Array.from(cells.subarray(row * width, (row + 1) * width)));
  return migration;
}
