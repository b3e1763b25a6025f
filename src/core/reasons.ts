// The short text (one cell, at most 120 characters) that says why a client got its grade:
// knockouts first, then missing data, then the criteria that cost it the most weighted points.
import type { ReasonWords } from "./labels";

export const REASON_MAX_LENGTH = 120;

export interface ReasonParts {
  knockouts: { label: string; value: string; score: number; below: number }[];
  missing: string[];
  /** Best first: the criteria that cost most weighted points (only those that cost any). */
  weakest: { label: string; score: number }[];
}

/** A score as a reason shows it: one decimal at most, in the language's decimal separator. */
export function formatScore(score: number, decimal = "."): string {
  const text = String(Math.round(score * 10) / 10);
  return decimal === "." ? text : text.replace(".", decimal);
}

function assemble(parts: ReasonParts, words: ReasonWords, missingShown: number, weakestShown: number): string {
  const segments: string[] = [];
  if (parts.knockouts.length > 0) {
    const items = parts.knockouts.map(
      (k) => `${k.label} (${k.value === "" ? "" : k.value + " "}${formatScore(k.score, words.decimal)} < ${formatScore(k.below, words.decimal)})`,
    );
    segments.push(`${words.knockedOut}: ${items.join(", ")}`);
  }
  if (parts.missing.length > 0 && missingShown > 0) {
    const shown = parts.missing.slice(0, missingShown);
    const more = parts.missing.length - shown.length;
    segments.push(`${words.missing}: ${shown.join(", ")}${more > 0 ? ` +${more}` : ""}`);
  }
  if (weakestShown > 0 && parts.weakest.length > 0) {
    const items = parts.weakest.slice(0, weakestShown).map((w) => `${w.label} ${formatScore(w.score, words.decimal)}/100`);
    segments.push(`${words.weakest}: ${items.join(", ")}`);
  }
  if (segments.length === 0) return words.allMet;
  const text = segments.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Drops detail from the end until the text fits in one cell, then cuts it with an ellipsis. */
export function buildReason(parts: ReasonParts, words: ReasonWords, maxLength = REASON_MAX_LENGTH): string {
  let weakest = Math.min(2, parts.weakest.length);
  let missing = parts.missing.length;
  let text = assemble(parts, words, missing, weakest);
  while (text.length > maxLength && weakest > 0) text = assemble(parts, words, missing, --weakest);
  while (text.length > maxLength && missing > 1) text = assemble(parts, words, --missing, weakest);
  if (text.length > maxLength) text = text.slice(0, maxLength - 1) + "…";
  return text;
}
