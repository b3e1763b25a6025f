import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { decisionWords, NEXT_STEPS, type FocusListKey } from "../../core";
import type { FocusOutcomeEntry, RateOutcome } from "../../excel";
import { useI18n } from "../i18n/context";
import { useClientLinkStyles } from "./clientLinkStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  header: { minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  entry: { display: "flex", flexDirection: "column", minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * The Focus sheet's lists, one tap from the outcome: a line per next step (and Contact due) with its count, each
 * opening in place to its top clients. A name selects that client's row in the sheet (through `onSelectClient`,
 * which shows a failure in the panel's error area). The step names are the ones the sheet writes.
 */
export function FocusLists({ outcome, onSelectClient }: { outcome: RateOutcome; onSelectClient?: (sheet: string, row: number) => void }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const styles = useStyles();
  const link = useClientLinkStyles();
  const focus = outcome.focus;
  if (!focus) return null;
  const words = decisionWords(i18n.language).focus;
  const keys: FocusListKey[] = [...NEXT_STEPS];
  if (focus.lists.contactDue.total > 0) keys.push("contactDue");
  // The outcome's own warnings list already says some of these (the largest client's share).
  const shown = new Set<string>(outcome.warnings.map((w) => w.code));
  const warnings = focus.warnings.filter((w) => !shown.has(w.code));

  const title = (key: FocusListKey) => (key === "contactDue" ? words.contactDue : focus.stepNames[key as keyof typeof focus.stepNames]);
  const count = (key: FocusListKey) =>
    key === "contactDue" ? focus.lists.contactDue.total : focus.counts[key as keyof typeof focus.counts] ?? focus.lists[key].total;
  const meaning = (key: FocusListKey) =>
    key === "contactDue" ? undefined : words.meaning[key as keyof typeof words.meaning];

  const entry = (e: FocusOutcomeEntry) => (
    <li key={`${e.client}`} className={styles.entry}>
      <span className={link.line}>
        <Button
          appearance="transparent"
          size="small"
          className={link.name}
          title={e.name}
          aria-label={t("focus.select", { name: e.name })}
          onClick={() => onSelectClient?.(outcome.sheetName, e.row)}
        >
          <span className={link.nameText}>{e.name}</span>
        </Button>
        <Caption1 className={link.figures}>
          {e.grade} · {formatNumber(e.score, 0)}
        </Caption1>
      </span>
      {e.reason && <Caption1 className={styles.reason}>{e.reason}</Caption1>}
    </li>
  );

  return (
    <section className={styles.root} aria-label={words.counts} data-testid="focus-lists">
      <Text weight="semibold">{words.counts}</Text>
      <Accordion multiple collapsible>
        {keys.map((key) => {
          const list = focus.lists[key];
          const rest = list.total - list.entries.length;
          return (
            <AccordionItem key={key} value={key}>
              <AccordionHeader size="small" className={styles.header} title={meaning(key)} data-testid={`focus-${key}`}>
                {title(key)}: {formatNumber(count(key), 0)}
              </AccordionHeader>
              <AccordionPanel>
                {list.entries.length === 0 ? (
                  <Caption1>{words.none}</Caption1>
                ) : (
                  <ul className={styles.list} aria-label={title(key)}>
                    {list.entries.map(entry)}
                  </ul>
                )}
                {rest > 0 && <Caption1>{words.more.replace("{count}", formatNumber(rest, 0))}</Caption1>}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {warnings.map((w) => (
        <Caption1 key={w.code + w.message} className={styles.warning}>
          {w.message}
        </Caption1>
      ))}
    </section>
  );
}
