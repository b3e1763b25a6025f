import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "grid", gridTemplateColumns: "2.5em 1fr 6em", alignItems: "center", gap: tokens.spacingHorizontalS },
  track: { height: "12px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** Clients per grade as horizontal bars; each row's accessible name says grade, count and share. */
export function GradeChart({ labels, counts, label }: { labels: readonly string[]; counts: readonly number[]; label: string }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const styles = useStyles();
  const total = counts.reduce((a, b) => a + b, 0);
  const largest = Math.max(1, ...counts);
  return (
    <ul className={styles.list} aria-label={label}>
      {labels.map((grade, index) => {
        const count = counts[index] ?? 0;
        const share = total > 0 ? count / total : 0;
        return (
          <li
            key={grade}
            className={styles.row}
            aria-label={t("preview.gradeBar", { grade, count: formatNumber(count, 0), share: formatPercent(share) })}
            data-grade={grade}
            data-count={count}
          >
            <Text weight="semibold">{grade}</Text>
            <div className={styles.track} aria-hidden>
              <div className={styles.bar} style={{ width: `${(100 * count) / largest}%` }} />
            </div>
            <Text className={styles.count}>{formatNumber(count, 0)}</Text>
          </li>
        );
      })}
    </ul>
  );
}
