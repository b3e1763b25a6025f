import type { Scale } from "../../core";

export type ScaleKind = "letters" | "fivePoint" | "tenPoint";

const LETTERS = "ABCDEFGH";
export const MIN_LETTERS = 2;
export const MAX_LETTERS = LETTERS.length;

export function gradesFor(kind: ScaleKind, letterCount = 4): string[] {
  if (kind === "fivePoint") return ["5", "4", "3", "2", "1"];
  if (kind === "tenPoint") return ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"];
  const count = Math.min(MAX_LETTERS, Math.max(MIN_LETTERS, Math.round(letterCount)));
  return LETTERS.slice(0, count).split("");
}

export function kindOf(grades: readonly string[]): ScaleKind {
  if (grades.join() === gradesFor("tenPoint").join()) return "tenPoint";
  if (grades.join() === gradesFor("fivePoint").join()) return "fivePoint";
  return "letters";
}

/** Evenly spaced score cutoffs, best grade first: 4 grades -> [75, 50, 25]. */
export function evenCutoffs(gradeCount: number): number[] {
  return Array.from({ length: gradeCount - 1 }, (_, i) => Math.round((100 * (gradeCount - 1 - i)) / gradeCount));
}

/** Equal shares for every grade but the last, which gets the rest. */
export function evenShares(gradeCount: number): number[] {
  return Array.from({ length: gradeCount - 1 }, () => Math.round(1000 / gradeCount) / 1000);
}

export function scaleWithGrades(scale: Scale, grades: string[]): Scale {
  return scale.mode === "quantiles"
    ? ({ ...scale, grades, shares: evenShares(grades.length) } as Scale)
    : ({ ...scale, grades, cutoffs: evenCutoffs(grades.length) } as Scale);
}

export function scaleWithMode(scale: Scale, mode: "thresholds" | "quantiles"): Scale {
  const { grades } = scale;
  return mode === "quantiles"
    ? ({ grades, mode, shares: evenShares(grades.length) } as Scale)
    : ({ grades, mode, cutoffs: evenCutoffs(grades.length) } as Scale);
}
