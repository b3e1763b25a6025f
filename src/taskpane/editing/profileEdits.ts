// Pure edits of a profile, one function per user action, so the reducer and the tests share them.
import type { Criterion, Profile } from "../../core";

export function addCriterion(profile: Profile, criterion: Criterion): Profile {
  return { ...profile, criteria: [...profile.criteria, criterion] };
}

export function removeCriterion(profile: Profile, index: number): Profile {
  return { ...profile, criteria: profile.criteria.filter((_, i) => i !== index) };
}

/** Moves criterion `index` by `delta` places (-1 up, +1 down); out of range is a no-op. */
export function moveCriterion(profile: Profile, index: number, delta: number): Profile {
  const target = index + delta;
  if (target < 0 || target >= profile.criteria.length || index < 0 || index >= profile.criteria.length) return profile;
  const criteria = [...profile.criteria];
  [criteria[index], criteria[target]] = [criteria[target], criteria[index]];
  return { ...profile, criteria };
}

export function replaceCriterion(profile: Profile, index: number, criterion: Criterion): Profile {
  return { ...profile, criteria: profile.criteria.map((c, i) => (i === index ? criterion : c)) };
}

/** An id not used by any criterion of the profile, derived from the column name. */
export function uniqueCriterionId(profile: Profile, column: string): string {
  const base =
    column
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "criterion";
  const taken = new Set(profile.criteria.map((c) => c.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Removes every criterion that reads `column`. */
export function unuseColumn(profile: Profile, column: string): Profile {
  return { ...profile, criteria: profile.criteria.filter((c) => c.column !== column) };
}
