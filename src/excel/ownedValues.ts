// The cells of the owned columns, computed from the rating result as the writer asks for them.
import type { RatingResult } from "../core/types";
import { paretoClassWords, type Language } from "../core/labels";
import { NEXT_STEPS, decisionWords, nextStepNames, ownedColumnHeaders, type Profile } from "../core";
import type { OutCell } from "./blockWriter";
import type { OwnedKey } from "./ownership";
import { historyWords } from "./sheetWords/history";

export const OWNED_FORMATS: Record<OwnedKey, string> = {
  score: "0.0",
  grade: "@",
  client: "0.0",
  fit: "0.0",
  reasons: "@",
  flags: "@",
  valueShare: "0.0%",
  paretoClass: "@",
  market: "0.0",
  nextStep: "@",
  headroom: "#,##0.00",
  shareOfWallet: "0.0%",
  trend: "@",
};

const num = (x: number): OutCell => (Number.isFinite(x) ? x : "");

/** Each owned column's cell of client `i` (sheet order), computed when the writer asks for it. */
export type OwnedCells = Record<OwnedKey, (i: number) => OutCell>;

/**
 * The owned columns' cells, one function per column: the writer builds only the rows of the chunk it is
 * writing, so the reason text of a million clients is never held at once.
 */
export function ownedColumnCells(result: RatingResult, language: Language | undefined, profiles: Profile[], trend?: OutCell[]): OwnedCells {
  const words = paretoClassWords(language);
  const p = result.pareto;
  const stepNames = profiles.map(nextStepNames);
  const growth = result.growth;
  return {
    score: (i) => num(result.scores[i]),
    grade: (i) => result.grades[i] ?? "",
    client: (i) => num(result.areaScores.client[i]),
    fit: (i) => num(result.areaScores.fit[i]),
    reasons: (i) => result.reasonAt(i),
    flags: (i) => result.flagsAt(i),
    valueShare: (i) => (p ? num(p.valueShareByClient[i]) : ""),
    paretoClass: (i) => {
      if (!p) return "";
      if (p.vitalFewByClient[i]) return words.vitalFew;
      return Number.isFinite(p.valueShareByClient[i]) ? words.rest : words.noValue;
    },
    market: (i) => num(result.areaScores.market[i]),
    nextStep: (i) => (result.nextSteps[i] >= 0 ? stepNames[result.profileIndex[i]][NEXT_STEPS[result.nextSteps[i]]] : ""),
    headroom: (i) => (growth ? num(growth.headroom[i]) : ""),
    shareOfWallet: (i) => (growth ? num(growth.shareOfWallet[i]) : ""),
    trend: (i) => trend?.[i] ?? "",
  };
}

/** The header of every owned column this rating writes: Market score only with market criteria, growth only with a potential column, Trend only with an earlier rating. */
export function ownedHeadersFor(profiles: Profile[], result: RatingResult, language: Language | undefined, withTrend = false): Partial<Record<OwnedKey, string>> {
  const base = ownedColumnHeaders(language);
  const extra = decisionWords(language).headers;
  const headers: Partial<Record<OwnedKey, string>> = { ...base, nextStep: extra.nextStep };
  if (profiles.some((p) => p.criteria.some((c) => c.area === "market"))) headers.market = extra.market;
  if (result.growth) {
    headers.headroom = extra.headroom;
    headers.shareOfWallet = extra.shareOfWallet;
  }
  if (withTrend) headers.trend = historyWords(language).trendHeader;
  return headers;
}
