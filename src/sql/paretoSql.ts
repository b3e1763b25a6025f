// The Pareto columns with window functions, as src/core/pareto.ts computes them: clients with a readable
// value within +-1e300 in value order (largest first, ties in row order); share = value / total; the
// cumulative share runs down that order; the vital few are the shortest prefix whose cumulative share
// reaches the target; nothing is shared out when the total is zero or less.
import { doubleLiteral as lit } from "./dialect";

/** pareto.ts's MAX_SUMMABLE and SHARE_TOLERANCE. */
const MAX_SUMMABLE = 1e300;
const SHARE_TOLERANCE = 1e-12;

export function summable(sql: string): string {
  return `CASE WHEN abs(${sql}) <= ${lit(MAX_SUMMABLE)} THEN ${sql} END`;
}

/** The window of the Pareto order over the included clients (excluded ones form a partition of their own). */
function paretoWindow(included: string, row: string, frame: string): string {
  return `(PARTITION BY (${included} IS NULL) ORDER BY ${included} DESC, ${row} ASC ROWS BETWEEN UNBOUNDED PRECEDING AND ${frame})`;
}

/** Columns of the first window stage: the total, each client's share and the cumulative share. */
export function paretoShares(included: string, row: string): { total: string; share: string; cumulative: string } {
  const total = `SUM(${included}) OVER ()`;
  const running = `SUM(${included}) OVER ${paretoWindow(included, row, "CURRENT ROW")}`;
  return {
    total,
    share: `CASE WHEN ${total} > 0 AND ${included} IS NOT NULL THEN ${included} / ${total} END`,
    cumulative: `CASE WHEN ${total} > 0 AND ${included} IS NOT NULL THEN ${running} / ${total} END`,
  };
}

/** Second window stage: whether a client before this one already reached the target (then this one is not vital). */
export function reachedBefore(included: string, row: string, cumulative: string, target: number): string {
  return `MAX(CASE WHEN ${cumulative} >= ${lit(target - SHARE_TOLERANCE)} THEN 1 ELSE 0 END) OVER ${paretoWindow(included, row, "1 PRECEDING")}`;
}

/** Effort total over every client with a summable effort, and how many such clients there are. */
export function effortTotals(effort: string): { total: string; count: string } {
  const summableEffort = summable(effort);
  return { total: `SUM(${summableEffort}) OVER ()`, count: `COUNT(${summableEffort}) OVER ()` };
}
