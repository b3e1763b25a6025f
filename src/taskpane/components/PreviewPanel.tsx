import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { PreviewState } from "../hooks/usePreview";
import { useI18n } from "../i18n/context";
import { ChangedClients } from "./ChangedClients";
import { GradeComparison } from "./GradeComparison";
import { GradeMoves } from "./GradeMoves";
import { ParetoSummary } from "./ParetoSummary";
import { PreviewWarnings } from "./PreviewWarnings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // A header with no spaces in it may be wider than the 270 px pane: break it rather than widen the bar.
  issues: { minWidth: 0, overflowWrap: "anywhere", "& ul": { paddingLeft: tokens.spacingHorizontalL } },
});

export interface PreviewPanelProps {
  preview: PreviewState;
  /** The edited profiles differ from the ones that made the grades in the sheet. */
  notApplied: boolean;
  /** Field problems in the user's words; the preview waits until there are none. */
  issueTexts: readonly string[];
}

/** What the edited profiles would do to the sheet, computed in memory; the workbook is not touched. */
export const PreviewPanel = memo(function PreviewPanel({ preview, notApplied, issueTexts }: PreviewPanelProps) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const { result, computing, error } = preview;
  return (
    <section className={styles.root} aria-label={t("preview.heading")} aria-busy={computing}>
      {notApplied && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("preview.notApplied")}</MessageBarBody>
        </MessageBar>
      )}
      {computing && <Spinner size="tiny" label={t("preview.computing")} />}
      {issueTexts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.issues}>
            {t("preview.invalid")}
            <ul>
              {issueTexts.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("error.internal", { detail: error })}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.count === 0 && <Text>{t("preview.empty")}</Text>}
      {result && result.count > 0 && (
        <>
          <GradeComparison labels={result.gradeLabels} now={result.sheetCounts} next={result.gradeCounts} />
          {result.sheetOther > 0 && <Text>{t("preview.otherGrades", { count: formatNumber(result.sheetOther, 0) })}</Text>}
          {result.migration ? (
            <>
              <GradeMoves migration={result.migration} />
              <ChangedClients migration={result.migration} />
            </>
          ) : (
            <Text>{result.migrationUnavailable ? t("preview.migrationUnavailable") : t("preview.noExisting")}</Text>
          )}
          <PreviewWarnings warnings={result.warnings} />
          {result.unrated > 0 && <Text>{t("preview.unrated", { count: formatNumber(result.unrated, 0) })}</Text>}
          {result.knockedOut > 0 && <Text>{t("preview.knockedOut", { count: formatNumber(result.knockedOut, 0) })}</Text>}
          <ParetoSummary pareto={result.pareto} />
        </>
      )}
    </section>
  );
});
