// Troublesome clients (docs/DESIGN.md's list): much effort for little value, concessions (discounts
// above the profile's limit), late payment and losing money. Thresholds come from the first
// profile's `flags`, like the Pareto settings.
import type { ColumnCache } from "./columns";
import { findColumn } from "./headers";
import type { Profile } from "./profile";
import type { ClientTable, Locale, RatingResult } from "./types";

export const FLAG_EFFORT = 1;
export const FLAG_DISCOUNT = 2;
export const FLAG_LATE = 4;
export const FLAG_LOSS = 8;
export const TROUBLE_FLAGS = [
  { key: "effort", bit: FLAG_EFFORT },
  { key: "discount", bit: FLAG_DISCOUNT },
  { key: "late", bit: FLAG_LATE },
  { key: "loss", bit: FLAG_LOSS },
] as const;
export type TroubleFlag = (typeof TROUBLE_FLAGS)[number]["key"];

export const DEFAULT_EFFORT_RATIO = 2;

/**
 * Sets result.troubleFlags for the rated clients. "Much effort" needs an effort share both at least
 * `effortRatio` times the value share (a value share below zero counts as zero) and above the average
 * client's, so small clients that take little effort are not named for their small value.
 */
export function flagTroublesome(
  table: ClientTable,
  profile: Profile,
  cache: ColumnCache,
  locale: Locale,
  result: RatingResult,
  onMissing: (column: string, role: string) => void,
): void {
  const flags = result.troubleFlags;
  const n = result.count;
  const pareto = result.pareto;
  const profileIndex = result.profileIndex;
  if (pareto && !pareto.error) {
    const { order, values } = pareto;
    for (let k = 0; k < order.length; k++) {
      const r = order[k];
      if (values[k] < 0 && profileIndex[r] >= 0) flags[r] |= FLAG_LOSS;
    }
    const effort = pareto.effortShareByClient;
    if (effort) {
      const ratio = profile.flags?.effortRatio ?? DEFAULT_EFFORT_RATIO;
      const valueShares = pareto.valueShareByClient;
      let readable = 0;
      for (let r = 0; r < n; r++) if (effort[r] === effort[r]) readable++;
      const average = readable > 0 ? 1 / readable : Infinity;
      for (let r = 0; r < n; r++) {
        const share = effort[r];
        const value = valueShares[r];
        // NaN comparisons are false: unreadable effort or value never flags.
        if (profileIndex[r] >= 0 && share > average && share >= ratio * (value > 0 ? value : 0) && value === value) flags[r] |= FLAG_EFFORT;
      }
    }
  }
  const limit = (settings: { column: string; above: number } | undefined, bit: number, role: string) => {
    if (!settings) return;
    const column = findColumn(table.headers, settings.column);
    if (column < 0) {
      onMissing(settings.column, role);
      return;
    }
    const values = cache.numbers(column, locale).values;
    const above = settings.above;
    for (let r = 0; r < n; r++) if (profileIndex[r] >= 0 && values[r] > above) flags[r] |= bit;
  };
  limit(profile.flags?.discount, FLAG_DISCOUNT, "discount limit");
  limit(profile.flags?.latePayment, FLAG_LATE, "late-payment limit");
}
