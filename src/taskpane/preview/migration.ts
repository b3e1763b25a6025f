import type { Profile } from "../../core/profile";
import { UNRATED } from "../../core/reweight";
import { type GradeIndices, migrationByIndex } from "./migrationByIndex";
import type { GradeMigration } from "./types";

/**
 * A full rating's grades as indices on each client's own scale. A rating only gives a client a grade of its
 * profile's scale, or none: anything else is a bug upstream, and counting it as "no grade" would hide it.
 */
function gradeIndicesOf(grades: readonly string[], profileIndex: Int32Array, profiles: readonly Profile[]): GradeIndices {
  const indexOf = profiles.map((profile) => {
    const index = new Map<string, number>();
    profile.scale.grades.forEach((grade, g) => {
      if (!index.has(grade)) index.set(grade, g);
    });
    return index;
  });
  const gradeIndex = new Uint8Array(grades.length).fill(UNRATED);
  for (let i = 0; i < grades.length; i++) {
    const p = profileIndex[i];
    const grade = grades[i];
    if (p < 0 || !grade) continue;
    const g = indexOf[p]?.get(grade);
    if (g === undefined) throw new Error(`Grade "${grade}" is not on the scale of profile ${p + 1}.`);
    gradeIndex[i] = g;
  }
  return { profileIndex, gradeIndex };
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
  return migrationByIndex(existingGrades, gradeIndicesOf(newGrades, profileIndex, profiles), profiles, gradeLabels, clientNames);
}
