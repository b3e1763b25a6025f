import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewResult } from "../preview";
import { useI18n } from "../i18n/context";
import { memo } from "react";

const useStyles = makeStyles({
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: { fontVariantNumeric: "tabular-nums" },
});

/**
 * The grade counts pinned to the top of the panel, so they stay in view while a weight far down is dragged.
 * Visual only (aria-hidden): the full, labelled chart is in the preview section.
 */
export const StickyDistribution = memo(function StickyDistribution({ result }: { result: PreviewResult | null }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  if (!result || result.count === 0) return null;
  return (
    <div className={styles.root} aria-hidden title={t("preview.distribution")}>
      {result.gradeLabels.map((grade, index) => (
        <Text key={grade} size={200} className={styles.item}>
          <Text size={200} weight="semibold">
            {grade}
          </Text>{" "}
          {formatNumber(result.gradeCounts[index] ?? 0, 0)}
        </Text>
      ))}
    </div>
  );
});
