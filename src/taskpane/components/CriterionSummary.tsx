import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Criterion } from "../../core";
import { ruleSummary } from "../editing/ruleSummary";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, textAlign: "start" },
  first: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  name: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  weight: { flexShrink: 0, fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
  rule: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** One criterion at a glance: column, weight and its share of all weights, and the rule in a few words. */
export function CriterionSummary({ criterion, totalWeight }: { criterion: Criterion; totalWeight: number }) {
  const i18n = useI18n();
  const { t, formatNumber, formatPercent } = i18n;
  const styles = useStyles();
  // Every summary renders when one weight moves (all shares change); the rule's words only when its criterion does.
  const rule = useMemo(() => ruleSummary(criterion, i18n), [criterion, i18n]);
  const weight = formatNumber(criterion.weight);
  const share = formatPercent(totalWeight > 0 ? criterion.weight / totalWeight : 0);
  return (
    <span className={styles.root}>
      <span className={styles.first}>
        <span className={styles.name}>{criterion.column}</span>
        <span className={styles.weight} aria-hidden data-testid="weight-share">
          {t("criteria.weightShare", { weight, share })}
        </span>
        <span className={styles.hidden}>{t("criteria.weightShareLabel", { weight, share })}</span>
      </span>
      <span className={styles.rule}>{rule}</span>
    </span>
  );
}
