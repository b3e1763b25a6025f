// The short text (one cell, at most 120 characters) that says why a client got its grade:
// knockouts first, then missing data, then the criteria that added the most points to the 0-100
// score and those that cost the most, in points ("+27 Revenue, +15 Credit rating; -9 Days late").
// The losses are picked first (the largest points lost); the gains from the other criteria, so each
// criterion is named once.
import type { ReasonWords } from "./labels";

export const REASON_MAX_LENGTH = 120;
/** How many gains and losses a reason names at most. */
export const REASON_GAINS = 2;
export const REASON_LOSSES = 2;
/** Label lengths tried, longest first, when a reason is too long for its cell. */
const LABEL_LIMITS = [24, 16, 10, 6];

export interface ReasonParts {
  knockouts: { label: string; value: string; score: number; below: number }[];
  missing: string[];
  /** Largest first: points a criterion added to the score (only those that added any and are not among the losses). */
  gains: { label: string; points: number }[];
  /** Largest first: points a criterion cost (weight share times 100 - its score; only those that cost any). */
  losses: { label: string; points: number }[];
  /** Every criterion scored 100 (nothing missing, nothing knocked out). */
  allMet: boolean;
}

/** A score as a reason shows it: one decimal at most, in the language's decimal separator. */
export function formatScore(score: number, decimal = "."): string {
  const text = String(Math.round(score * 10) / 10);
  return decimal === "." ? text : text.replace(".", decimal);
}

/** Points as a reason shows them: whole points, one decimal below 0.95 so a small loss does not read as 0. */
export function formatPoints(points: number, decimal = "."): string {
  return points >= 0.95 ? String(Math.round(points)) : formatScore(points, decimal);
}

/** Points too small to show even with one decimal. */
export const SHOWN_POINTS = 0.05;

/** `label` cut to `limit` characters with an ellipsis. */
export function shortLabel(label: string, limit: number): string {
  return label.length <= limit ? label : label.slice(0, limit - 1).trimEnd() + "…";
}

interface Shown {
  missing: number;
  gains: number;
  labelLimit: number;
}

function assemble(parts: ReasonParts, words: ReasonWords, shown: Shown): string {
  const label = (text: string) => shortLabel(text, shown.labelLimit);
  const segments: string[] = [];
  if (parts.knockouts.length > 0) {
    const items = parts.knockouts.map(
      (k) => `${label(k.label)} (${k.value === "" ? "" : k.value + " "}${formatScore(k.score, words.decimal)} < ${formatScore(k.below, words.decimal)})`,
    );
    segments.push(`${words.knockedOut}: ${items.join(", ")}`);
  }
  if (parts.missing.length > 0 && shown.missing > 0) {
    const names = parts.missing.slice(0, shown.missing).map(label);
    const more = parts.missing.length - names.length;
    segments.push(`${words.missing}: ${names.join(", ")}${more > 0 ? ` +${more}` : ""}`);
  }
  const gains = parts.gains.slice(0, shown.gains).map((g) => `+${formatPoints(g.points, words.decimal)} ${label(g.label)}`);
  if (gains.length > 0) segments.push(gains.join(", "));
  const losses = parts.losses.slice(0, REASON_LOSSES).map((l) => `-${formatPoints(l.points, words.decimal)} ${label(l.label)}`);
  if (losses.length > 0) segments.push(losses.join(", "));
  if (segments.length === 0) return parts.allMet ? words.allMet : "";
  const text = segments.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The reason, fitted into one cell: a second gain goes first, then names are shortened with an
 * ellipsis, then the missing list is counted instead of named, then the last gain; the losses (the
 * weak criteria) are never dropped. Only what still does not fit is cut at the end.
 */
export function buildReason(parts: ReasonParts, words: ReasonWords, maxLength = REASON_MAX_LENGTH): string {
  if (parts.allMet) return words.allMet;
  const shown: Shown = { missing: parts.missing.length, gains: Math.min(REASON_GAINS, parts.gains.length), labelLimit: Infinity };
  let text = assemble(parts, words, shown);
  while (text.length > maxLength && shown.gains > 1) text = assemble(parts, words, { ...shown, gains: --shown.gains });
  for (const limit of LABEL_LIMITS) {
    if (text.length <= maxLength) break;
    shown.labelLimit = limit;
    text = assemble(parts, words, shown);
  }
  while (text.length > maxLength && shown.missing > 1) {
    shown.missing--;
    text = assemble(parts, words, shown);
  }
  if (text.length > maxLength && shown.gains > 0) {
    shown.gains = 0;
    text = assemble(parts, words, shown);
  }
  if (text.length > maxLength) text = text.slice(0, maxLength - 1) + "…";
  return text;
}
