import type { Criterion } from "../../core";
import type { I18n } from "../i18n/context";

/** The rule in plain words: "Ideal between 50 and 500 Employees; 0 points below 5 or above 5,000." */
export function ruleSentence(criterion: Criterion, i18n: Pick<I18n, "t" | "formatNumber">): string {
  const { t, formatNumber: n } = i18n;
  const rule = criterion.rule;
  const column = criterion.column;
  switch (rule.type) {
    case "higher":
      return t("rule.sentence.higher", { column, min: n(rule.min), max: n(rule.max) });
    case "lower":
      return t("rule.sentence.lower", { column, min: n(rule.min), max: n(rule.max) });
    case "range":
      return t("rule.sentence.range", {
        column,
        min: n(rule.min),
        idealLow: n(rule.idealLow),
        idealHigh: n(rule.idealHigh),
        max: n(rule.max),
      });
    case "categories": {
      const list = Object.entries(rule.scores)
        .map(([value, score]) => `${value} ${n(score)}`)
        .join(", ");
      return t("rule.sentence.categories", { column, list, otherwise: n(rule.otherwise ?? 0) });
    }
    case "recency":
      return t("rule.sentence.recency", { column, fullDays: n(rule.fullDays), zeroDays: n(rule.zeroDays) });
  }
}
