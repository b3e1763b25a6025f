import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RateOutcome } from "../../excel";
import type { ClientSheet } from "../../excel";
import type { PanelMessage } from "../hooks/useMessages";
import type { ActionStatus, RatingProgress } from "../hooks/useRating";
import { useI18n } from "../i18n/context";
import { MessageList } from "./MessageList";
import { RateActions } from "./RateActions";
import { RatingOutcome } from "./RatingOutcome";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export interface TaskAreaProps {
  loading: boolean;
  /** Why the sheet could not be read, in the user's words. */
  loadError: string | null;
  sheet: ClientSheet | null;
  /** The shown profile rates no column yet. */
  noCriteria: boolean;
  canRate: boolean;
  busy: boolean;
  progress: RatingProgress | null;
  status: ActionStatus | null;
  outcome: RateOutcome | null;
  messages: readonly PanelMessage[];
  onDismiss(id: number): void;
  onRate(): void;
  /** `deleteHistory`: the user ticked "Also delete the rating history". */
  onRemove(deleteHistory: boolean): void;
  onPickColumns(): void;
  /** A name in the focus lists was tapped: select that client's row (0-based) on the sheet. */
  onSelectClient(sheet: string, row: number): void;
  /** Further actions on the sheet, under the rating's (making a client list from order lines). */
  sheetActions?: ReactNode;
}

/**
 * The first screen, in view without scrolling at Excel's default pane width: the sheet and its clients, the
 * two actions with progress and errors right by them, and after a rating what it did.
 */
export function TaskArea(props: TaskAreaProps) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const { sheet, outcome } = props;
  const clients = sheet?.table.rows.length ?? 0;
  return (
    <section className={styles.root} aria-label={t("task.heading")}>
      {props.loading && <Spinner size="small" label={t("app.loading")} />}
      {props.loadError !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{props.loadError}</MessageBarBody>
        </MessageBar>
      )}
      {sheet && <Text weight="semibold">{t("app.sheet", { sheet: sheet.sheetName, count: formatNumber(clients, 0) })}</Text>}
      {sheet && clients === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("state.headerOnly", { sheet: sheet.sheetName, row: sheet.headerRow + 1 })}</MessageBarBody>
        </MessageBar>
      )}
      {sheet && clients > 0 && props.noCriteria && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("state.noCriteria")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onPickColumns}>
              {t("state.pickColumns")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sheet && (
        <RateActions
          busy={props.busy}
          canRate={props.canRate && clients > 0}
          hasRating={sheet.ownedColumns.length > 0 || outcome !== null}
          progress={props.progress}
          onRate={props.onRate}
          onRemove={props.onRemove}
        />
      )}
      {sheet && props.sheetActions}
      {/* Right by the buttons: an error is an alert a screen reader says at once, a confirmation is polite. */}
      {props.status && (
        <MessageBar
          intent={props.status.intent}
          layout="multiline"
          role={props.status.intent === "error" ? "alert" : "status"}
          politeness={props.status.intent === "error" ? "assertive" : "polite"}
        >
          <MessageBarBody>{props.status.text}</MessageBarBody>
        </MessageBar>
      )}
      <MessageList messages={props.messages} onDismiss={props.onDismiss} />
      {outcome && <RatingOutcome outcome={outcome} onSelectClient={props.onSelectClient} />}
    </section>
  );
}
