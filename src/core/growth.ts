// Growth potential: what a client could buy against what it buys now.
import type { ColumnCache } from "./columns";
import { findColumn } from "./headers";
import type { Profile } from "./profile";
import type { ClientTable, Locale, RatingResult } from "./types";

/**
 * Headroom = potential - current, share of wallet = current / potential (NaN when potential is not
 * above 0), for the rated clients with both values readable. Null without a potential column or
 * when a column is not found (the caller warns).
 */
export function computeGrowth(
  table: ClientTable,
  profile: Profile,
  cache: ColumnCache,
  locale: Locale,
  result: RatingResult,
  onMissing: (column: string, role: string) => void,
): RatingResult["growth"] {
  const settings = profile.potential;
  if (!settings) return null;
  const currentName = settings.current ?? profile.pareto?.value;
  const potentialColumn = findColumn(table.headers, settings.column);
  if (potentialColumn < 0) onMissing(settings.column, "potential");
  if (!currentName) return null;
  const currentColumn = findColumn(table.headers, currentName);
  if (currentColumn < 0) onMissing(currentName, "current value");
  if (potentialColumn < 0 || currentColumn < 0) return null;
  const potential = cache.numbers(potentialColumn, locale).values;
  const current = cache.numbers(currentColumn, locale).values;
  const n = result.count;
  const headroom = new Float64Array(n).fill(NaN);
  const shareOfWallet = new Float64Array(n).fill(NaN);
  for (let r = 0; r < n; r++) {
    if (result.profileIndex[r] < 0) continue;
    const pot = potential[r];
    const cur = current[r];
    if (pot !== pot || cur !== cur) continue;
    headroom[r] = pot - cur;
    if (pot > 0) shareOfWallet[r] = cur / pot;
  }
  return { headroom, shareOfWallet };
}
