// Which profile rates which row: the first profile whose appliesTo matches the row's value
// (compared trimmed and case-insensitively), else the first profile without appliesTo.
import type { ColumnCache } from "./columns";
import { findColumn } from "./headers";
import type { Profile } from "./profile";
import type { ClientTable, RatingWarning } from "./types";
import { normalizeValue } from "./values";

export function assignProfiles(
  table: ClientTable,
  profiles: Profile[],
  cache: ColumnCache,
  warnings: RatingWarning[],
  missingColumns: Set<string>,
): Int32Array {
  const n = table.rows.length;
  const assigned = new Int32Array(n).fill(-1);
  const fallback = profiles.findIndex((p) => !p.appliesTo);
  const matchers = profiles.map((profile) => {
    if (!profile.appliesTo) return null;
    const column = findColumn(table.headers, profile.appliesTo.column);
    if (column < 0) {
      if (!missingColumns.has(profile.appliesTo.column)) {
        missingColumns.add(profile.appliesTo.column);
        warnings.push({
          code: "missing-column",
          message: `Column "${profile.appliesTo.column}" (which rows profile "${profile.name}" rates) was not found; that profile rates no rows.`,
          params: { column: profile.appliesTo.column, profile: profile.name },
        });
      }
      return null;
    }
    return { keys: cache.text(column).keys, wanted: new Set(profile.appliesTo.values.map(normalizeValue)) };
  });
  for (let r = 0; r < n; r++) {
    let chosen = -1;
    for (let p = 0; p < profiles.length; p++) {
      const matcher = matchers[p];
      const key = matcher?.keys[r];
      if (key != null && matcher!.wanted.has(key)) {
        chosen = p;
        break;
      }
    }
    assigned[r] = chosen >= 0 ? chosen : fallback;
  }
  return assigned;
}
