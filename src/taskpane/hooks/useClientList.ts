import { useCallback, useState } from "react";
import { ORDER_LINE_ROLES, type Locale, type OrderColumns, type OrderLineRole } from "../../core";
import type { ClientListOutcome, OrderLinesPreview } from "../../excel/clientList";
import { loadClientListWriter } from "../lazy/clientListWriter";
import { describeError } from "../editing/describeError";
import type { PanelHost } from "../host";
import type { I18n } from "../i18n/context";
import type { ActionStatus } from "./useRating";

/** Column index per role; -1: not in the data. */
export type RoleColumns = Record<OrderLineRole, number>;

/** "Make a client list from order lines": read the active sheet's columns, let the user check them, write the list. */
export function useClientList(host: PanelHost, i18n: I18n, options: { locale: Locale; onMade: () => void }) {
  const [preview, setPreview] = useState<OrderLinesPreview | null>(null);
  const [columns, setColumns] = useState<RoleColumns | null>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const { t } = i18n;
  const { locale, onMade } = options;

  const start = useCallback(async () => {
    setPreview(null);
    setColumns(null);
    setError(null);
    setStatus(null);
    try {
      const { readOrderLines } = await loadClientListWriter();
      const read = await host.run((context) => readOrderLines(context));
      setPreview(read);
      setColumns(Object.fromEntries(ORDER_LINE_ROLES.map((role) => [role, read.matches[role].column])) as RoleColumns);
    } catch (e) {
      setError(describeError(e, t, i18n));
    }
  }, [host, t, i18n]);

  const choose = useCallback((role: OrderLineRole, column: number) => setColumns((c) => (c ? { ...c, [role]: column } : c)), []);

  /** Resolves true when the list was written (the dialog then closes). */
  const make = useCallback(async (): Promise<boolean> => {
    if (!preview || !columns || columns.client < 0) return false;
    setWorking(true);
    setError(null);
    try {
      const chosen = Object.fromEntries(ORDER_LINE_ROLES.filter((role) => columns[role] >= 0).map((role) => [role, columns[role]])) as OrderColumns;
      const { writeClientList } = await loadClientListWriter();
      const outcome = await host.run((context) => writeClientList(context, { sheetName: preview.sheetName, columns: chosen, locale, language: i18n.language }));
      setStatus({ intent: "success", text: doneText(outcome, i18n) });
      onMade();
      return true;
    } catch (e) {
      setError(describeError(e, t, i18n));
      return false;
    } finally {
      setWorking(false);
    }
  }, [preview, columns, host, locale, i18n, t, onMade]);

  return { preview, columns, working, error, status, start, choose, make };
}

function doneText(outcome: ClientListOutcome, { t, formatNumber }: I18n): string {
  const parts = [t("orders.done", { clients: formatNumber(outcome.clients, 0), lines: formatNumber(outcome.orderLines, 0), sheet: outcome.sheetName })];
  if (outcome.linesWithoutClient > 0) parts.push(t("orders.skipped", { count: formatNumber(outcome.linesWithoutClient, 0) }));
  for (const u of outcome.unreadable) parts.push(t("orders.unreadable", { count: formatNumber(u.count, 0), column: u.header, text: u.text }));
  return parts.join(" ");
}
