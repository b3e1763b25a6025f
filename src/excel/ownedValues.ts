// The cells of the owned columns, computed from the rating result before anything is written.
import type { RatingResult } from "../core/types";
import { paretoClassWords, type Language } from "../core/labels";
import type { OutCell } from "./blockWriter";
import type { OwnedKey } from "./ownership";

export const OWNED_FORMATS: Record<OwnedKey, string> = {
  score: "0.0",
  grade: "@",
  client: "0.0",
  fit: "0.0",
  reasons: "@",
  flags: "@",
  valueShare: "0.0%",
  paretoClass: "@",
};

const num = (x: number): OutCell => (Number.isFinite(x) ? x : "");

/** One array per owned column, one cell per client, in sheet order. */
export function ownedColumnValues(result: RatingResult, language: Language | undefined): Record<OwnedKey, OutCell[]> {
  const n = result.count;
  const words = paretoClassWords(language);
  const p = result.pareto;
  const col = (f: (i: number) => OutCell) => Array.from({ length: n }, (_, i) => f(i));
  return {
    score: col((i) => num(result.scores[i])),
    grade: col((i) => result.grades[i] ?? ""),
    client: col((i) => num(result.areaScores.client[i])),
    fit: col((i) => num(result.areaScores.fit[i])),
    reasons: col((i) => result.reasons[i] ?? ""),
    flags: col((i) => result.flags[i] ?? ""),
    valueShare: col((i) => (p ? num(p.valueShareByClient[i]) : "")),
    paretoClass: col((i) => {
      if (!p) return "";
      if (p.vitalFewByClient[i]) return words.vitalFew;
      return Number.isFinite(p.valueShareByClient[i]) ? words.rest : words.noValue;
    }),
  };
}
