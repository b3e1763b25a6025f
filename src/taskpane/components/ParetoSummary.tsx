import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ParetoPreview } from "../preview";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });

/** The 80/20 view in three lines: vital few, largest client (warning from 25%), top 20% of clients. */
export function ParetoSummary({ pareto }: { pareto: ParetoPreview | null }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const styles = useStyles();
  if (!pareto) return <Text>{t("preview.noPareto")}</Text>;
  const column = pareto.valueColumn;
  if (pareto.error) return <Text>{t("preview.paretoError", { column })}</Text>;
  return (
    <div className={styles.root}>
      <Text weight="semibold">{t("preview.pareto", { column })}</Text>
      <Text>
        {t("preview.vitalFew", {
          count: formatNumber(pareto.vitalFewCount, 0),
          share: formatPercent(pareto.clients > 0 ? pareto.vitalFewCount / pareto.clients : 0),
          valueShare: formatPercent(pareto.vitalFewValueShare),
          column,
        })}
      </Text>
      <Text>{t("preview.largest", { share: formatPercent(pareto.largestShare) })}</Text>
      <Text>{t("preview.top20", { share: formatPercent(pareto.top20Share) })}</Text>
      {pareto.largestWarning && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("preview.largestWarning", { share: formatPercent(pareto.largestShare), column })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
