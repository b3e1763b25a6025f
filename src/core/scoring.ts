// Criterion scores (0 to 100) for one value, and rounding of client scores.
import type { Rule } from "./profile";
import { normalizeValue } from "./values";

type NumericRule = Extract<Rule, { type: "higher" | "lower" | "range" }>;
type RecencyRule = Extract<Rule, { type: "recency" }>;
type CategoriesRule = Extract<Rule, { type: "categories" }>;

/** Multiplying by 100 before dividing keeps whole-number inputs exact (35000/100000 -> 35, not 35.000000000000004). */
export function scoreNumber(rule: NumericRule, x: number): number {
  switch (rule.type) {
    case "higher":
      if (x <= rule.min) return 0;
      if (x >= rule.max) return 100;
      return (100 * (x - rule.min)) / (rule.max - rule.min);
    case "lower":
      if (x <= rule.min) return 100;
      if (x >= rule.max) return 0;
      return (100 * (rule.max - x)) / (rule.max - rule.min);
    case "range":
      if (x >= rule.idealLow && x <= rule.idealHigh) return 100;
      if (x < rule.idealLow) return x <= rule.min ? 0 : (100 * (x - rule.min)) / (rule.idealLow - rule.min);
      return x >= rule.max ? 0 : (100 * (rule.max - x)) / (rule.max - rule.idealHigh);
  }
}

/** `daysAgo` = whole days from the value's date to the rating date; negative for future dates. */
export function scoreRecency(rule: RecencyRule, daysAgo: number): number {
  if (daysAgo <= rule.fullDays) return 100;
  if (daysAgo >= rule.zeroDays) return 0;
  return (100 * (rule.zeroDays - daysAgo)) / (rule.zeroDays - rule.fullDays);
}

/** A lookup from normalized category text to its score; `otherwise` (default 0) for the rest. */
export function categoryScorer(rule: CategoriesRule): (text: string) => number {
  const map = new Map<string, number>();
  for (const [key, score] of Object.entries(rule.scores)) map.set(normalizeValue(key), score);
  const otherwise = rule.otherwise ?? 0;
  return (text) => map.get(normalizeValue(text)) ?? otherwise;
}

/**
 * One decimal, half away from zero. Weighted averages land a hair below a true half
 * (e.g. 72.25 computed as 72.24999999999999), which Math.round would send down. Scores stay within
 * 0..100, so |x| * 10 <= 1000 where double rounding error is about 1e-13; adding 1e-9 lifts such
 * near-halves over the edge, while a genuine value can only sit that close to a half through the
 * same float noise (inputs and weights carry far fewer than 9 significant decimals).
 */
export function roundScore(x: number): number {
  if (!Number.isFinite(x)) return x;
  const rounded = Math.round(Math.abs(x) * 10 + 1e-9) / 10;
  return x < 0 ? -rounded : rounded;
}
