import { MessageBar, MessageBarBody, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewState } from "../hooks/usePreview";
import { useI18n } from "../i18n/context";
import { GradeChart } from "./GradeChart";
import { MigrationTable } from "./MigrationTable";
import { ParetoSummary } from "./ParetoSummary";
import { PreviewWarnings } from "./PreviewWarnings";
import { memo } from "react";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** What the current profiles would do to the sheet, computed in memory; the workbook is not touched. */
export const PreviewPanel = memo(function PreviewPanel({ preview }: { preview: PreviewState }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const { result, computing, issues, error } = preview;
  return (
    <section className={styles.root} aria-label={t("preview.heading")} aria-busy={computing}>
      <Subtitle2 as="h2">{t("preview.heading")}</Subtitle2>
      {computing && <Spinner size="tiny" label={t("preview.computing")} />}
      {issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("preview.invalid")}
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>{t("import.fieldError", { path: issue.path, message: issue.message })}</li>
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
          <Text weight="semibold">{t("preview.distribution")}</Text>
          <GradeChart labels={result.gradeLabels} counts={result.gradeCounts} />
          <PreviewWarnings warnings={result.warnings} />
          {result.unrated > 0 && <Text>{t("preview.unrated", { count: formatNumber(result.unrated, 0) })}</Text>}
          {result.knockedOut > 0 && <Text>{t("preview.knockedOut", { count: formatNumber(result.knockedOut, 0) })}</Text>}
          <Text weight="semibold">{t("preview.migration")}</Text>
          <MigrationTable migration={result.migration} unavailable={result.migrationUnavailable} labels={result.gradeLabels} />
          <ParetoSummary pareto={result.pareto} />
        </>
      )}
    </section>
  );
});
