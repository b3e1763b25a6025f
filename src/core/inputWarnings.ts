// Warnings about values the model read but a user should check: numbers too large to add up, and
// dates typed as text that read either way round. Each names one client (params.clientIndex, for
// src/excel to add the cell) and how many more there are.
import type { ColumnCache } from "./columns";
import { findColumn } from "./headers";
import type { Profile } from "./profile";
import type { ClientTable, Locale, RatingWarning } from "./types";

const MS_PER_DAY = 86_400_000;

const andMore = (others: number): string => (others > 0 ? ` (and ${others} more client${others === 1 ? "" : "s"})` : "");

export function warnTooLarge(
  table: ClientTable,
  nameOf: (index: number) => string,
  warnings: RatingWarning[],
  indices: number[],
  column: string,
  leftOutOf: string,
): void {
  if (indices.length === 0) return;
  const first = indices[0];
  const client = nameOf(first);
  const value = String(table.rows[first]?.[findColumn(table.headers, column)]);
  warnings.push({
    code: "value-too-large",
    message: `${column} of ${client} is ${value}, too large to add up${andMore(indices.length - 1)}: left out of ${leftOutOf}.`,
    params: { column, client, value, count: indices.length, clientIndex: first },
  });
}

/** One warning per date column of a recency rule holding text like 01/10/2023. */
export function warnAmbiguousDates(table: ClientTable, profiles: Profile[], cache: ColumnCache, locale: Locale, warnings: RatingWarning[]): void {
  const seen = new Set<number>();
  for (const profile of profiles) {
    for (const criterion of profile.criteria) {
      if (criterion.rule.type !== "recency") continue;
      const column = findColumn(table.headers, criterion.column);
      if (column < 0 || seen.has(column)) continue;
      seen.add(column);
      const dates = cache.dates(column, profile.locale ?? locale);
      if (!dates.ambiguous || dates.ambiguous.count === 0) continue;
      const { count, firstRow } = dates.ambiguous;
      const header = table.headers[column];
      const example = String(table.rows[firstRow][column]).trim();
      const readAs = new Date(dates.values[firstRow] * MS_PER_DAY).toISOString().slice(0, 10);
      warnings.push({
        code: "ambiguous-dates",
        message:
          `${header}: ${count} date${count === 1 ? "" : "s"} typed as text could be day/month or month/day, such as "${example}", read as ${readAs}. ` +
          `Type them as real dates or as YYYY-MM-DD to be sure.`,
        params: { column: header, count, example, readAs, clientIndex: firstRow },
      });
    }
  }
}
