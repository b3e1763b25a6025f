import type { Criterion } from "../../core";
import type { I18n } from "../i18n/context";

/** The rule in a few words, for a criterion's one-line summary: "Ideal range · 50–500". The full sentence is in the editor. */
export function ruleSummary(criterion: Criterion, i18n: Pick<I18n, "t" | "formatNumber">): string {
  const { t, formatNumber: n } = i18n;
  const rule = criterion.rule;
  let detail: string;
  switch (rule.type) {
    case "higher":
    case "lower":
      detail = `${n(rule.min)}–${n(rule.max)}`;
      break;
    case "range":
      detail = `${n(rule.idealLow)}–${n(rule.idealHigh)}`;
      break;
    case "categories":
      detail = Object.keys(rule.scores).join(", ");
      break;
    case "recency":
      detail = t("criteria.summaryDays", { from: n(rule.fullDays), to: n(rule.zeroDays) });
      break;
  }
  const parts = [t(`rule.${rule.type}`), detail];
  if (criterion.knockout) parts.push(t("criteria.summaryKnockout", { below: n(criterion.knockout.below) }));
  return parts.join(" · ");
}
