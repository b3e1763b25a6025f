// The Pareto columns, as src/core/pareto.ts computes them: clients with a readable value within +-1e300 in
// value order (largest first, ties in row order); share = value / total; the cumulative share runs down that
// order; the vital few are the clients up to the first whose cumulative share reaches the target; nothing is
// shared out when the total is zero or less. The windows run over a narrow table (row, value) joined back
// by row: a window over every column of a wide client table costs many times more.
import { doubleLiteral as lit } from "./dialect";

/** pareto.ts's MAX_SUMMABLE and SHARE_TOLERANCE. */
const MAX_SUMMABLE = 1e300;
const SHARE_TOLERANCE = 1e-12;

export function summable(sql: string): string {
  return `CASE WHEN abs(${sql}) <= ${lit(MAX_SUMMABLE)} THEN ${sql} END`;
}

/** Each included client's place in the Pareto order (1 = largest) and the running sum down to it. */
export function paretoOrderSql(from: string, row: string, value: string, place: string, running: string, rowAlias: string): string {
  const order = `ORDER BY ${value} DESC, ${row} ASC`;
  return (
    `SELECT ${row} AS ${rowAlias}, ROW_NUMBER() OVER (${order}) AS ${place}, ` +
    `SUM(${value}) OVER (${order} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${running} ` +
    `FROM ${from} WHERE ${value} IS NOT NULL`
  );
}

/** The place of the first client whose cumulative share reaches the target (NULL: none, so no vital few). */
export function reachSql(order: string, totals: string, place: string, running: string, total: string, target: number, reach: string): string {
  return `SELECT MIN(${place}) AS ${reach} FROM ${order} CROSS JOIN ${totals} WHERE ${total} > 0 AND ${running} / ${total} >= ${lit(target - SHARE_TOLERANCE)}`;
}
