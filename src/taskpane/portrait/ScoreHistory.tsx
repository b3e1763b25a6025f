import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";

/** One earlier rating of the client, oldest first (the rating-history sheet's reader gives these). */
export interface ScorePoint {
  /** YYYY-MM-DD */
  date: string;
  score: number;
  grade: string;
}

const WIDTH = 240;
const HEIGHT = 48;
const PAD = 4;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  chart: { width: "100%", maxWidth: `${WIDTH}px`, height: `${HEIGHT}px`, overflow: "visible" },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "2px" },
  dot: { fill: tokens.colorBrandForeground1 },
  caption: { color: tokens.colorNeutralForeground2 },
});

/** The client's score over its ratings as a small line (0 to 100 upwards); nothing with fewer than two ratings. */
export function ScoreHistory({ history }: { history: readonly ScorePoint[] }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const points = history.filter((p) => Number.isFinite(p.score));
  if (points.length < 2) return null;
  const x = (i: number) => PAD + ((WIDTH - 2 * PAD) * i) / (points.length - 1);
  const y = (score: number) => PAD + ((HEIGHT - 2 * PAD) * (100 - Math.max(0, Math.min(100, score)))) / 100;
  const first = points[0];
  const last = points[points.length - 1];
  const label = t("portrait.historyLabel", {
    first: `${formatNumber(first.score, 1)} (${first.grade})`,
    firstDate: first.date,
    last: `${formatNumber(last.score, 1)} (${last.grade})`,
    lastDate: last.date,
    count: points.length,
  });
  return (
    <div className={styles.root}>
      <Caption1>{t("portrait.history")}</Caption1>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
        <polyline className={styles.line} points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(" ")} vectorEffect="non-scaling-stroke" />
        <circle className={styles.dot} cx={x(points.length - 1)} cy={y(last.score)} r={3} />
      </svg>
      <Caption1 className={styles.caption} aria-hidden="true">
        {label}
      </Caption1>
    </div>
  );
}
