import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { clientNameColumn, clientPortrait, historyKeys, portraitBasis, readText, type CellValue, type Profile, type RateOptions } from "../../core";
import type { ClientSheet } from "../../excel";
import { describeError } from "../editing/describeError";
import type { PanelHost } from "../host";
import { useClientStanding } from "../hooks/useClientStanding";
import { useSelectedClient, type SelectionState } from "../hooks/useSelectedClient";
import { useI18n, type I18n } from "../i18n/context";
import type { PreviewEngine } from "../preview";
import { ClientPortrait } from "./ClientPortrait";
import type { ScorePoint } from "./ScoreHistory";

/** Reads a client's earlier ratings (oldest first) from the workbook; the rating-history sheet provides it. */
type HistoryReader = (context: Excel.RequestContext, key: string) => Promise<ScorePoint[]>;

export interface ClientSectionProps {
  host: PanelHost;
  sheet: ClientSheet | null;
  /** The profiles the portrait rates with: the panel's, or the stored ones while the panel's have invalid fields. */
  profiles: Profile[] | null;
  options: RateOptions;
  /** The preview's engine: it holds the parsed sheet (in its worker) and answers where a client stands among all. */
  engine: PreviewEngine | null;
  /** The section is open: only then does the panel follow the selection. */
  open: boolean;
  readHistory?: HistoryReader;
}

const useStyles = makeStyles({ status: { color: tokens.colorNeutralForeground2 } });

const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

function nameOf(cell: CellValue): string {
  const read = readText(cell);
  return read.ok ? read.value : "";
}

/** Why there is no portrait, in words; null when there is a client to show. */
function stateText(state: SelectionState, sheet: ClientSheet, i18n: I18n): string | null {
  const { t, formatNumber, formatPercent } = i18n;
  switch (state.kind) {
    case "waiting":
      return t("portrait.empty");
    case "unsupported":
      return t("portrait.unsupported");
    case "error":
      return describeError(state.error, t, { formatNumber, formatPercent });
    case "header":
      return t("portrait.header");
    case "no-client":
      return t("portrait.noClient", { row: state.sheetRow + 1, sheet: sheet.sheetName });
    case "several-rows":
      return state.clients > 1
        ? t("portrait.severalClients", { count: formatNumber(state.clients, 0) })
        : t("portrait.severalRows", { count: formatNumber(state.rows, 0) });
    case "other-sheet":
      return t("portrait.otherSheet", { other: state.sheetName, sheet: sheet.sheetName });
    case "client":
      return null;
  }
}

/**
 * The Client section: the portrait of the client whose row is selected in the sheet. The row's values are read
 * from the sheet at each selection and rated with the panel's profiles; where the client stands among the others
 * (Pareto rank and share, next step, the much-effort flag, quantile cut-offs) comes from the preview engine's
 * rating of the whole sheet as the panel last read it, made off the panel's thread.
 */
export function ClientSection({ host, sheet, profiles, options, engine, open, readHistory }: ClientSectionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const state = useSelectedClient(host, sheet, open);
  const selected = state.kind === "client" ? state : null;
  const standing = useClientStanding(engine, sheet, profiles, options, selected?.client ?? null);
  const basis = useMemo(
    () => (standing.kind === "ready" && sheet && profiles && profiles.length > 0 ? portraitBasis(sheet.table, profiles, options, standing.standing.cutoffs) : null),
    [standing, sheet, profiles, options],
  );

  const nameColumn = useMemo(() => (sheet ? clientNameColumn(sheet.table) : 0), [sheet]);
  const name = selected ? nameOf(selected.values[nameColumn]) : "";
  // The history follows clients by the key the rating used: a client ID column, else the name.
  const keys = useMemo(() => (sheet && readHistory ? historyKeys(sheet.table, profiles?.[0]) : null), [sheet, readHistory, profiles]);
  const historyKey = selected && keys ? (keys.keys[selected.client] ?? "") : "";
  const [history, setHistory] = useState<{ key: string; points: ScorePoint[] } | null>(null);
  useEffect(() => {
    if (!readHistory || historyKey === "") return;
    let alive = true;
    host.run((context) => readHistory(context, historyKey)).then(
      (points) => alive && setHistory({ key: historyKey, points }),
      () => alive && setHistory({ key: historyKey, points: [] }),
    );
    return () => {
      alive = false;
    };
  }, [host, readHistory, historyKey]);

  if (!sheet) return null;
  const message = stateText(state, sheet, i18n);
  if (message !== null) {
    return state.kind === "error" ? (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    ) : (
      <Text role="status" className={styles.status}>
        {message}
      </Text>
    );
  }
  if (!selected) return null;
  if (!profiles || profiles.length === 0) {
    return (
      <Text role="status" className={styles.status}>
        {t("portrait.invalidProfile")}
      </Text>
    );
  }
  if (standing.kind === "error") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{describeError(standing.error, t, i18n)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (standing.kind !== "ready" || !basis) {
    return (
      <Text role="status" className={styles.status}>
        {t("portrait.reading")}
      </Text>
    );
  }
  // Columns moved or rows inserted since the panel read the sheet: the standing would be another client's.
  if (!sameHeaders(selected.headers, sheet.table.headers) || name !== nameOf(sheet.table.rows[selected.client]?.[nameColumn])) {
    return (
      <Text role="status" className={styles.status}>
        {t("portrait.sheetChanged", { sheet: sheet.sheetName })}
      </Text>
    );
  }
  const portrait = clientPortrait(basis, standing.standing, selected.client, selected.values, selected.numberFormats);
  if (portrait.profile < 0) {
    return (
      <Text role="status" className={styles.status}>
        {t("portrait.notRated", { name })}
      </Text>
    );
  }
  return (
    <ClientPortrait
      key={`${selected.client}:${selected.sheetRow}`}
      basis={basis}
      portrait={portrait}
      name={name}
      sheetRow={selected.sheetRow + 1}
      row={selected.values}
      numberFormats={selected.numberFormats}
      sheetGrade={selected.sheetGrade}
      history={history?.key === historyKey ? history.points : undefined}
    />
  );
}
