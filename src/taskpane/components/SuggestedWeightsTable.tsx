import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { Suggestion } from "../../core";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  // Columns sized by their content: the weights as narrow as their headers, the criterion's name the rest.
  table: { tableLayout: "auto" },
  name: { overflowWrap: "anywhere" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
  weight: { width: "1%", whiteSpace: "nowrap", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  changed: { fontWeight: tokens.fontWeightSemibold },
});

/** Each criterion's weight now and as suggested, side by side; criteria left out of the fit say why. */
export function SuggestedWeightsTable({ suggestion }: { suggestion: Suggestion }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={t("suggest.weightsTable")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("suggest.criterion")}</TableHeaderCell>
          <TableHeaderCell className={styles.weight}>{t("suggest.now")}</TableHeaderCell>
          <TableHeaderCell className={styles.weight}>{t("suggest.suggested")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {suggestion.weights.map((w) => (
          <TableRow key={w.id} data-criterion={w.id}>
            <TableCell className={styles.name}>
              {w.column}
              {w.kept === "reads-outcome" && <Caption1 className={styles.note}>{t("suggest.readsOutcome", { column: suggestion.outcome })}</Caption1>}
              {w.kept === "no-spread" && <Caption1 className={styles.note}>{t("suggest.noSpread")}</Caption1>}
            </TableCell>
            <TableCell className={styles.weight} data-testid="weight-now">
              {formatNumber(w.current)}
            </TableCell>
            <TableCell className={`${styles.weight} ${w.suggested !== w.current ? styles.changed : ""}`} data-testid="weight-suggested">
              {formatNumber(w.suggested)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
