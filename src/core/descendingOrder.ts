// Sorting client indices by a value, largest first and ties in index order: the order the Pareto view
// and quantile grades use. A comparator sort calls back into JavaScript some 20 times per client at a
// million clients; this LSD radix sort reads each value's 64 bits in four 16-bit digits instead, and
// gives exactly the same order (it is stable, and the order asked for is total).

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
const SIGN = 0x80000000;
/**
 * Below this many indices the comparator sort is as quick: the radix sort's 1 MB of digit counts is new
 * memory every call, and first touching new memory costs about 5 ms a MB on the machine measured.
 */
const RADIX_FROM = 1 << 15;
/** The bits of a Float64Array are read as two 32-bit words, low word first: true on every host Office runs on. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// A value's 64 bits as an unsigned key whose ascending order is the values' descending order:
// positives with every bit but the sign flipped (the largest first), negatives as they are (the sign
// puts them after every positive, the largest magnitude last). -0 takes +0's key, as -0 === 0.
function highKey(high: number, low: number): number {
  if (high === SIGN && low === 0) return 0x7fffffff;
  return (high & SIGN ? high : high ^ 0x7fffffff) >>> 0;
}

function lowKey(high: number, low: number): number {
  if (high === SIGN && low === 0) return 0xffffffff;
  return (high & SIGN ? low : ~low) >>> 0;
}

function ascending(indices: Int32Array): boolean {
  for (let k = 1; k < indices.length; k++) if (indices[k] <= indices[k - 1]) return false;
  return true;
}

/**
 * Sorts `indices` in place by `values[index]`, largest first, equal values in index order: the same
 * order as `indices.sort((a, b) => values[b] - values[a] || a - b)`. No value it points at may be NaN.
 */
export function sortByValueDescending(indices: Int32Array, values: Float64Array): Int32Array {
  const n = indices.length;
  if (n < RADIX_FROM || !LITTLE_ENDIAN || !ascending(indices)) {
    return indices.sort((a, b) => values[b] - values[a] || a - b);
  }
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  // Digit d of every key counted in one pass: counts[d * BUCKETS + digit].
  const counts = new Uint32Array(4 * BUCKETS);
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    const low = words[2 * i];
    const high = words[2 * i + 1];
    const lo = lowKey(high, low);
    const hi = highKey(high, low);
    counts[lo & DIGIT_MASK]++;
    counts[BUCKETS + (lo >>> DIGIT_BITS)]++;
    counts[2 * BUCKETS + (hi & DIGIT_MASK)]++;
    counts[3 * BUCKETS + (hi >>> DIGIT_BITS)]++;
  }
  let from = indices;
  let to: Int32Array | null = null;
  for (let digit = 0; digit < 4; digit++) {
    const base = digit * BUCKETS;
    const shift = (digit & 1) * DIGIT_BITS;
    const useHigh = digit >= 2;
    const first = from[0];
    const firstKey = useHigh ? highKey(words[2 * first + 1], words[2 * first]) : lowKey(words[2 * first + 1], words[2 * first]);
    // Every key shares this digit (whole numbers leave the low words alike): the pass would move nothing.
    if (counts[base + ((firstKey >>> shift) & DIGIT_MASK)] === n) continue;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[base + b];
      counts[base + b] = start;
      start += count;
    }
    to ??= new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const i = from[k];
      const key = useHigh ? highKey(words[2 * i + 1], words[2 * i]) : lowKey(words[2 * i + 1], words[2 * i]);
      to[counts[base + ((key >>> shift) & DIGIT_MASK)]++] = i;
    }
    const moved: Int32Array = to;
    to = from;
    from = moved;
  }
  if (from !== indices) indices.set(from);
  return indices;
}
