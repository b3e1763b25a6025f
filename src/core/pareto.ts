// Pareto (80/20) and concentration, exactly as docs/DESIGN.md defines them.
import { sortByValueDescending } from "./descendingOrder";
import type { ParetoResult } from "./types";

/**
 * Values beyond this magnitude are left out of the sums (and reported): a sheet holds at most
 * 1,048,576 rows, so the total of values within it stays finite, where two values near 1e308 add up
 * to Infinity and every share would come out blank.
 */
const MAX_SUMMABLE = 1e300;

/** Cumulative shares are ratios of sums; this absorbs their last-bit error when comparing to the target. */
const SHARE_TOLERANCE = 1e-12;

/**
 * `values` per client (NaN = unreadable, left out and listed); `target` e.g. 0.8; `effort` per client
 * (NaN = unreadable) for the costly-to-serve comparison. `columns` names the columns in the result.
 */
export function computePareto(
  values: Float64Array,
  target: number,
  effort?: Float64Array,
  columns: { value?: string; effort?: string } = {},
): ParetoResult {
  const clientCount = values.length;
  const excluded: number[] = [];
  const tooLarge: number[] = [];
  for (let i = 0; i < clientCount; i++) {
    if (Number.isNaN(values[i])) excluded.push(i);
    else if (Math.abs(values[i]) > MAX_SUMMABLE) tooLarge.push(i);
  }
  const included = clientCount - excluded.length - tooLarge.length;

  const order = new Int32Array(included);
  for (let i = 0, k = 0; i < clientCount; i++) if (Math.abs(values[i]) <= MAX_SUMMABLE) order[k++] = i;
  sortByValueDescending(order, values);

  const sorted = new Float64Array(included);
  // Summed in Pareto order, the same order as the running sum, so the last cumulative share is exactly 1.
  let total = 0;
  let positiveSum = 0;
  let lossMakers = 0;
  for (let k = 0; k < included; k++) {
    const v = values[order[k]];
    sorted[k] = v;
    total += v;
    if (v > 0) positiveSum += v;
    if (v < 0) lossMakers++;
  }

  const shares = new Float64Array(included).fill(NaN);
  const cumShares = new Float64Array(included).fill(NaN);
  const valueShareByClient = new Float64Array(clientCount).fill(NaN);
  const vitalFewByClient = new Uint8Array(clientCount);
  const totalPositive = total > 0;

  let vitalFewCount = 0;
  let vitalFewShare = 0;
  if (totalPositive) {
    let running = 0;
    for (let k = 0; k < included; k++) {
      running += sorted[k];
      shares[k] = sorted[k] / total;
      cumShares[k] = running / total;
      valueShareByClient[order[k]] = shares[k];
      if (vitalFewCount === 0 && cumShares[k] >= target - SHARE_TOLERANCE) {
        vitalFewCount = k + 1;
        vitalFewShare = cumShares[k];
      }
    }
    for (let k = 0; k < vitalFewCount; k++) vitalFewByClient[order[k]] = 1;
  }

  let hhi = 0;
  if (positiveSum > 0) {
    for (let k = 0; k < included && sorted[k] > 0; k++) {
      const s = sorted[k] / positiveSum;
      hhi += s * s;
    }
  }

  const top20Count = Math.ceil(included / 5);
  const largestShare = totalPositive && included > 0 ? shares[0] : NaN;
  const result: ParetoResult = {
    valueColumn: columns.value ?? "",
    effortColumn: columns.effort,
    target,
    order,
    values: sorted,
    shares,
    cumShares,
    valueShareByClient,
    vitalFewByClient,
    excluded,
    tooLarge,
    total,
    vitalFewCount,
    vitalFewShare: totalPositive ? vitalFewShare : NaN,
    largestIndex: included > 0 ? order[0] : -1,
    largestShare,
    largestWarning: largestShare >= 0.25,
    top20Count,
    top20Share: totalPositive && top20Count > 0 ? cumShares[top20Count - 1] : NaN,
    hhi,
    lossMakers,
  };
  if (!totalPositive) {
    result.error =
      included === 0
        ? "No client has a readable value, so there is no Pareto view."
        : `The values add up to ${total} (zero or less), so shares of the total mean nothing; no Pareto chart.`;
  }
  if (effort) addEffort(result, values, effort, totalPositive);
  else result.effortTooLarge = [];
  return result;
}

/**
 * Effort share per client (of the total readable effort) and costly-to-serve: effort share at least
 * twice the value share. A client with positive effort and a value share of zero or less is costly.
 * Without a positive value total there are no value shares, so nobody is flagged.
 */
function addEffort(result: ParetoResult, values: Float64Array, effort: Float64Array, totalPositive: boolean): void {
  const n = effort.length;
  let effortTotal = 0;
  const effortTooLarge: number[] = [];
  for (let i = 0; i < n; i++) {
    if (Math.abs(effort[i]) <= MAX_SUMMABLE) effortTotal += effort[i];
    else if (!Number.isNaN(effort[i])) effortTooLarge.push(i);
  }
  const effortShare = new Float64Array(n).fill(NaN);
  const costly = new Uint8Array(n);
  if (effortTotal > 0) {
    for (let i = 0; i < n; i++) {
      const e = effort[i];
      if (!(Math.abs(e) <= MAX_SUMMABLE)) continue;
      effortShare[i] = e / effortTotal;
      const valueShare = result.valueShareByClient[i];
      if (!totalPositive || !(Math.abs(values[i]) <= MAX_SUMMABLE) || e <= 0) continue;
      // Compared as e / E >= 2 v / T, with a relative tolerance for the division's last bit.
      if (valueShare <= 0 || effortShare[i] >= 2 * valueShare * (1 - SHARE_TOLERANCE)) costly[i] = 1;
    }
  }
  result.effortTooLarge = effortTooLarge;
  result.effortShareByClient = effortShare;
  result.costlyToServe = costly;
}
