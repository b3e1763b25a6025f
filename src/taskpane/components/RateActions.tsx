import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { RatingProgress } from "../hooks/useRating";
import { useI18n } from "../i18n/context";
import { RemoveRatingsButton } from "./RemoveRatingsButton";
import { memo } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RateActionsProps {
  busy: boolean;
  canRate: boolean;
  /** The sheet holds a rating: until then there is nothing to remove. */
  hasRating: boolean;
  progress: RatingProgress | null;
  onRate(): void;
  onRemove(deleteHistory: boolean): void;
}

/** The two workbook actions and, right by them, the progress of a running rating. */
export const RateActions = memo(function RateActions({ busy, canRate, hasRating, progress, onRate, onRemove }: RateActionsProps) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || !canRate} onClick={onRate}>
          {busy && progress ? t("actions.rating") : t("actions.rate")}
        </Button>
        <RemoveRatingsButton disabled={busy || !hasRating} onConfirm={onRemove} />
      </div>
      {progress && (
        <Field
          label={t("actions.progress")}
          validationState="none"
          validationMessage={
            progress.stage
              ? t("actions.progressStage", {
                  stage: progress.stage,
                  done: formatNumber(progress.done, 0),
                  total: formatNumber(progress.total, 0),
                })
              : undefined
          }
        >
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      )}
    </div>
  );
});
