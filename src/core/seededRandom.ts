// A small seeded pseudo-random generator (mulberry32), so anything the model draws at random (the
// train/check split of suggestWeights.ts) comes out the same for the same seed on every machine.

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher-Yates), in the same order for the same seed. */
export function seededShuffle(items: Int32Array, seed: number): Int32Array {
  const out = Int32Array.from(items);
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const kept = out[i];
    out[i] = out[j];
    out[j] = kept;
  }
  return out;
}
