import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  // Wide enough for the word "Grade" in every language ("Minősítés").
  grade: { width: "5.5em" },
  cell: { fontVariantNumeric: "tabular-nums" },
  value: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  count: { minWidth: "3.5em", textAlign: "end" },
  track: { flexGrow: 1, height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  now: { height: "100%", backgroundColor: tokens.colorNeutralForeground3, borderRadius: tokens.borderRadiusSmall },
  next: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
});

export interface GradeComparisonProps {
  labels: readonly string[];
  /** The grades now in the sheet per label; null when the sheet has none. */
  now: readonly number[] | null;
  next: readonly number[];
}

/** Clients per grade side by side: "now in the sheet" and "with your changes", labelled, with bars on one scale. */
export function GradeComparison({ labels, now, next }: GradeComparisonProps) {
  const { t, formatNumber, formatPercent } = useI18n();
  const styles = useStyles();
  const largest = Math.max(1, ...next, ...(now ?? []));
  const total = next.reduce((a, b) => a + b, 0);
  const bar = (count: number, className: string) => (
    <div className={styles.track} aria-hidden>
      <div className={className} style={{ width: `${(100 * count) / largest}%` }} />
    </div>
  );
  return (
    <Table size="extra-small" aria-label={t("preview.comparison")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.grade}>{t("preview.grade")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.now")}</TableHeaderCell>
          <TableHeaderCell>{t("preview.withChanges")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {labels.map((grade, index) => {
          const count = next[index] ?? 0;
          return (
            <TableRow key={grade} data-grade={grade} data-count={count}>
              <TableCell className={styles.grade}>
                <strong>{grade}</strong>
              </TableCell>
              <TableCell className={styles.cell}>
                {now ? (
                  <div className={styles.value}>
                    <span className={styles.count}>{formatNumber(now[index] ?? 0, 0)}</span>
                    {bar(now[index] ?? 0, styles.now)}
                  </div>
                ) : (
                  "–"
                )}
              </TableCell>
              <TableCell className={styles.cell} title={t("preview.gradeBar", { grade, count: formatNumber(count, 0), share: formatPercent(total > 0 ? count / total : 0) })}>
                <div className={styles.value}>
                  <span className={styles.count}>{formatNumber(count, 0)}</span>
                  {bar(count, styles.next)}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
