import { MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { RateOutcome } from "../../excel";
import { describeWarning } from "../editing/describeError";
import { useI18n } from "../i18n/context";
import { FocusLists } from "./FocusLists";
import { GradeChart } from "./GradeChart";
import { MoversSummary } from "./MoversSummary";
import { placementSentences } from "../editing/placementSentences";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What the last "Rate clients" did: how many clients, where it wrote, the grades it gave and what to check. */
export const RatingOutcome = memo(function RatingOutcome({
  outcome,
  onSelectClient,
}: {
  outcome: RateOutcome;
  onSelectClient?: (sheet: string, row: number) => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const styles = useStyles();
  const counts = outcome.gradeLabels.map((grade) => outcome.gradeCounts[grade] ?? 0);
  const warnings = outcome.warnings.map((warning) => describeWarning(warning, t, i18n));
  return (
    <section className={styles.root} aria-label={t("outcome.heading")} data-testid="rating-outcome">
      <Subtitle2 as="h2">{t("result.rated", { clients: formatNumber(outcome.clients, 0), sheet: outcome.sheetName })}</Subtitle2>
      {placementSentences(outcome.placement, t).map((sentence) => (
        <Text key={sentence}>{sentence}</Text>
      ))}
      <GradeChart labels={outcome.gradeLabels} counts={counts} label={t("outcome.distribution")} />
      {outcome.usedDefaultProfile && <Text>{t("result.defaultProfile")}</Text>}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("outcome.warnings")}
            <ul className={styles.list}>
              {warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <FocusLists outcome={outcome} onSelectClient={onSelectClient} />
      {outcome.movers && <MoversSummary movers={outcome.movers} sheet={outcome.sheetName} onSelectClient={onSelectClient} />}
    </section>
  );
});
