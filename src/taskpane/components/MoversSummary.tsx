import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MoversOutcome } from "../../excel";
import { useI18n } from "../i18n/context";
import { useClientLinkStyles } from "./clientLinkStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  // A narrow pane would otherwise break the date at its hyphens ("2026-01-" / "15").
  date: { whiteSpace: "nowrap" },
});

/** A score change's sign: a real minus, as a figure is typeset. */
const SIGN: Record<number, string> = { 1: "+", [-1]: "−" };

/** Who moved since the previous rating date in the history: the counts on one line, then the biggest moves; a name selects the client's row. */
export function MoversSummary({ movers, sheet, onSelectClient }: { movers: MoversOutcome; sheet: string; onSelectClient?: (sheet: string, row: number) => void }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const link = useClientLinkStyles();
  const c = movers.counts;
  const signed = (x: number) => (Number.isFinite(x) ? `${SIGN[Math.sign(x)] ?? ""}${formatNumber(Math.abs(x), 1)}` : "");
  const heading = t("movers.heading", { date: movers.previousDate });
  // The date's place in the heading differs by language, so the heading is cut around it.
  const at = heading.indexOf(movers.previousDate);
  return (
    <section className={styles.root} aria-label={heading} data-testid="movers">
      <Text weight="semibold">
        {at < 0 ? (
          heading
        ) : (
          <>
            {heading.slice(0, at)}
            <span className={styles.date} data-testid="movers-date">
              {movers.previousDate}
            </span>
            {heading.slice(at + movers.previousDate.length)}
          </>
        )}
      </Text>
      <Caption1>
        {t("movers.counts", { up: formatNumber(c.up, 0), down: formatNumber(c.down, 0), new: formatNumber(c.new, 0), gone: formatNumber(c.gone, 0) })}
      </Caption1>
      {c.up + c.down === 0 ? (
        <Caption1>{t("movers.none")}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t("movers.biggest")}>
          {movers.biggest.map((m) => (
            <li key={m.client} className={link.line}>
              <Button
                appearance="transparent"
                size="small"
                className={link.name}
                title={m.name}
                aria-label={t("focus.select", { name: m.name })}
                onClick={() => onSelectClient?.(sheet, m.row)}
              >
                <span className={link.nameText}>{m.name}</span>
              </Button>
              <Caption1 className={link.figures}>{t("movers.move", { from: m.from, to: m.to, change: signed(m.scoreChange) })}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
