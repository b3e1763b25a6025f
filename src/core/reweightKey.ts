// What a kept rating (reweight.ts) stays valid for: everything that decides which profile rates a row and what
// each criterion scores. Weights and a scale's cut-offs or shares are left out, since reweight() applies them;
// the grade names and the scale's mode stay in, as do knockouts, missing-value handling and every other setting.
import type { Profile } from "./profile";
import type { Locale } from "./types";

const MS_PER_DAY = 86_400_000;

/** Equal keys: a rating with the later profiles differs from the kept one only in what reweight() redoes. */
export function reweightKey(profiles: readonly Profile[], asOf: Date, locale: Locale): string {
  const asOfDay = Math.floor(asOf.getTime() / MS_PER_DAY);
  return JSON.stringify([
    asOfDay,
    locale,
    profiles.map(({ scale, criteria, ...rest }) => [
      rest,
      scale.mode,
      scale.grades,
      criteria.map(({ weight: _weight, ...criterion }) => criterion),
    ]),
  ]);
}
