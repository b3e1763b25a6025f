import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";

interface CriterionBar {
  id: string;
  column: string;
  /** The client's value in words, "" when it has none. */
  value: string;
  score: number;
  points: number;
  lost: number;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  points: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
  track: { display: "flex", height: "8px", borderRadius: tokens.borderRadiusSmall, overflow: "hidden" },
  gained: { backgroundColor: tokens.colorBrandBackground },
  // The part a criterion could still add: visible against the panel in both themes, not a warning colour.
  lost: { backgroundColor: tokens.colorNeutralStroke1 },
  caption: { color: tokens.colorNeutralForeground2 },
});

/**
 * Each criterion's points in the client's score as a bar: its full length is what the criterion can give
 * (its weight's share of 100), the filled part what this client got. The figures are written out beside it,
 * so the bars themselves are decoration for screen readers.
 */
export function CriterionBars({ bars, label }: { bars: readonly CriterionBar[]; label: string }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const widest = Math.max(...bars.map((bar) => bar.points + bar.lost), 1e-9);
  return (
    <ul className={styles.list} aria-label={label}>
      {bars.map((bar) => {
        const full = bar.points + bar.lost;
        return (
          <li key={bar.id} className={styles.item}>
            <div className={styles.line}>
              <Text size={200} weight="semibold" className={styles.name}>
                {bar.column}: {bar.value === "" ? t("portrait.noValue") : bar.value}
              </Text>
              <Text size={200} className={styles.points}>
                +{formatNumber(bar.points, 1)}
              </Text>
            </div>
            <div className={styles.track} style={{ width: `${(100 * full) / widest}%` }} aria-hidden="true">
              <div className={styles.gained} style={{ width: `${full > 0 ? (100 * bar.points) / full : 0}%` }} />
              <div className={styles.lost} style={{ flexGrow: 1 }} />
            </div>
            <Caption1 className={styles.caption}>
              {t("portrait.criterionPoints", { score: formatNumber(bar.score, 0), points: formatNumber(bar.points, 1), lost: formatNumber(bar.lost, 1) })}
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}
