// Weights as the panel's weight slider takes them (src/taskpane/components/WeightSlider.tsx: whole
// numbers from 0 to 10), shared out so they add up to a given total.

export const WEIGHT_STEP = 1;
export const WEIGHT_MAX = 10;

/**
 * Whole weights from 0 to WEIGHT_MAX in proportion to `raw` (non-negative), adding up to `total`
 * (at most WEIGHT_MAX per weight): capped weights give their excess to the others in proportion, and
 * the units left after rounding down go to the largest remainders (ties: the earlier criterion).
 * All-zero `raw` shares the total out evenly.
 */
export function toWeightSteps(raw: ArrayLike<number>, total: number): number[] {
  const n = raw.length;
  const target = Math.min(Math.max(0, Math.round(total)), WEIGHT_MAX * n);
  const base = Array.from(raw, (v) => (v > 0 && Number.isFinite(v) ? v : 0));
  const sum = base.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? base : base.map(() => 1);
  const capped = new Array<boolean>(n).fill(false);
  const exact = new Array<number>(n).fill(0);
  // Water-filling: give the capped weights WEIGHT_MAX and share the rest among the others, until none passes the cap.
  for (let round = 0; round <= n; round++) {
    const left = target - WEIGHT_MAX * capped.filter(Boolean).length;
    const open = shares.reduce((a, v, i) => (capped[i] ? a : a + v), 0);
    let passed = false;
    for (let i = 0; i < n; i++) {
      if (capped[i]) exact[i] = WEIGHT_MAX;
      else exact[i] = open > 0 ? (left * shares[i]) / open : 0;
      if (!capped[i] && exact[i] > WEIGHT_MAX) passed = true;
    }
    if (!passed) break;
    for (let i = 0; i < n; i++) if (exact[i] > WEIGHT_MAX) capped[i] = true;
  }
  const steps = exact.map((v) => Math.min(WEIGHT_MAX, Math.floor(v + 1e-9)));
  let missing = target - steps.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((v, i) => ({ i, remainder: v - steps[i] }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let pass = 0; missing > 0 && pass < WEIGHT_MAX; pass++) {
    for (const { i } of byRemainder) {
      if (missing === 0) break;
      if (steps[i] < WEIGHT_MAX) {
        steps[i] += WEIGHT_STEP;
        missing--;
      }
    }
  }
  return steps;
}
