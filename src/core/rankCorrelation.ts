// Spearman's rank correlation with average ranks for ties: how well one list orders the clients as
// another does (1 the same order, 0 none, -1 reversed), whatever the scale of either.

/** Levels the range of values is cut into (32 bits); values closer than one level tie. */
const LEVELS = 2 ** 32 - 1;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;

/**
 * Rank of each value, 1 for the smallest; tied values share the average of their ranks (2.5 for a tie
 * at 2 and 3). Values must be finite; values closer than a 2^32th of their range count as tied.
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  if (n === 0) return ranks;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < n; i++) {
    if (values[i] < low) low = values[i];
    if (values[i] > high) high = values[i];
  }
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return rankByComparison(values, ranks, span);
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor(((values[i] - low) / span) * LEVELS);
  const order = radixOrder(keys);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && keys[order[end]] === keys[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i]] = rank;
    start = end;
  }
  return ranks;
}

/** Rows in ascending key order, equal keys in row order: least-significant-digit radix sort, three 11-bit digits. */
function radixOrder(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(BUCKETS);
  for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & (BUCKETS - 1)]++;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[b];
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const row = order[i];
      next[counts[(keys[row] >>> shift) & (BUCKETS - 1)]++] = row;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** All values equal, or a range too wide for 32-bit levels (1e308 next to -1e308): a plain comparison sort. */
function rankByComparison(values: ArrayLike<number>, ranks: Float64Array, span: number): Float64Array {
  const n = values.length;
  if (span === 0) return ranks.fill((n + 1) / 2);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b));
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) end++;
    for (let i = start; i < end; i++) ranks[order[i]] = (start + 1 + end) / 2;
    start = end;
  }
  return ranks;
}

/** Pearson correlation of two equally long lists; NaN when either does not vary. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n === 0 || b.length !== n) return NaN;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i];
    meanB += b[i];
  }
  meanA /= n;
  meanB /= n;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - meanA;
    const db = b[i] - meanB;
    cov += da * db;
    varA += da * da;
    varB += db * db;
  }
  return varA > 0 && varB > 0 ? cov / Math.sqrt(varA * varB) : NaN;
}

/** Spearman's rank correlation: the Pearson correlation of the average ranks. NaN when either list is constant. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return pearson(averageRanks(a), averageRanks(b));
}
