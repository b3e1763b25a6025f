// The next step per client, from two questions (docs/DESIGN.md "Next step"): is the fit good (the grade
// lies in the better half of the scale, or in the profile's goodFitGrades; a knocked-out client
// never) and is the client among the vital few of the Pareto value.
import { decisionWords } from "./decisionLabels";
import type { Profile } from "./profile";
import type { RatingResult } from "./types";

export const NEXT_STEPS = ["keep", "develop", "fix", "reconsider"] as const;
export type NextStep = (typeof NEXT_STEPS)[number];
export const KEEP = 0;
export const DEVELOP = 1;
export const FIX = 2;
export const RECONSIDER = 3;

/** Keep = vital few and good fit; Fix = vital few, poor fit; Develop = good fit only; Reconsider = neither. */
export function nextStepOf(goodFit: boolean, vitalFew: boolean): number {
  if (vitalFew) return goodFit ? KEEP : FIX;
  return goodFit ? DEVELOP : RECONSIDER;
}

/** The grades that count as a good fit: the profile's list, else the first floor(n / 2) grades. */
export function goodFitGrades(profile: Profile): string[] {
  const grades = profile.scale.grades;
  const wanted = profile.nextStep?.goodFitGrades;
  if (wanted) {
    const keys = new Set(wanted.map((g) => g.trim().toLowerCase()));
    return grades.filter((g) => keys.has(g.trim().toLowerCase()));
  }
  return grades.slice(0, Math.floor(grades.length / 2));
}

/** The four steps as the sheet shows them: the profile's own names, else the profile language's. */
export function nextStepNames(profile: Profile): Record<NextStep, string> {
  const words = decisionWords(profile.language).nextSteps;
  const own = profile.nextStep?.names ?? {};
  return { keep: own.keep ?? words.keep, develop: own.develop ?? words.develop, fix: own.fix ?? words.fix, reconsider: own.reconsider ?? words.reconsider };
}

/**
 * Fills result.nextSteps for every graded client; clients without a grade keep -1. `gradeIndex` is each
 * client's grade as an index into its profile's scale (-1 without one): compared as numbers, not labels.
 */
export function assignNextSteps(result: RatingResult, profiles: Profile[], gradeIndex: Int8Array): void {
  const goodAt = profiles.map((profile) => {
    const good = new Set(goodFitGrades(profile));
    return Uint8Array.from(profile.scale.grades, (grade) => (good.has(grade) ? 1 : 0));
  });
  const vital = result.pareto && !result.pareto.error ? result.pareto.vitalFewByClient : null;
  for (let r = 0; r < result.count; r++) {
    const p = result.profileIndex[r];
    const g = gradeIndex[r];
    if (p < 0 || g < 0) continue;
    const goodFit = !result.knockedOut[r] && goodAt[p][g] === 1;
    result.nextSteps[r] = nextStepOf(goodFit, vital !== null && vital[r] === 1);
  }
}
