// The names of the query's rating columns, in the language of the request: the same headers the
// add-in writes beside a client sheet (src/core/labels.ts, decisionLabels.ts), plus the Pareto
// sheet's cumulative share and one score column per criterion.
import { decisionWords, ownedColumnHeaders, type Criterion, type Language } from "../core";

const CUMULATIVE_SHARE: Record<Language, string> = {
  en: "Cumulative share",
  nl: "Cumulatief waardeaandeel",
  de: "Kumulierter Wertanteil",
  hu: "Halmozott értékarány",
};

export interface OutputNames {
  criterion: (criterion: Criterion) => string;
  client: string;
  fit: string;
  market: string;
  score: string;
  grade: string;
  flags: string;
  nextStep: string;
  valueShare: string;
  cumulativeShare: string;
  paretoClass: string;
}

export function outputNames(language: Language = "en"): OutputNames {
  const owned = ownedColumnHeaders(language);
  const decisions = decisionWords(language).headers;
  return {
    criterion: (criterion) => `${owned.score}: ${criterion.id}`,
    client: owned.client,
    fit: owned.fit,
    market: decisions.market,
    score: owned.score,
    grade: owned.grade,
    flags: owned.flags,
    nextStep: decisions.nextStep,
    valueShare: owned.valueShare,
    cumulativeShare: CUMULATIVE_SHARE[language] ?? CUMULATIVE_SHARE.en,
    paretoClass: owned.paretoClass,
  };
}
