import { useCallback, useEffect, useState } from "react";
import type { Locale, Profile } from "../../core";
import { onRibbonRating } from "../../excel/ribbonRatings";
import { selectClientRow } from "../../excel/selectClientRow";
import type { RateOutcome } from "../../excel/types";
import { loadRatingRemover, loadRatingWriter } from "../lazy/ratingWriter";
import { describeError } from "../editing/describeError";
import type { PanelHost } from "../host";
import type { I18n } from "../i18n/context";

const STAGES = ["reading", "writing", "done"] as const;

/** rateWorkbook's stage ("reading", "writing", "done") in the user's words. */
function stageText(stage: string, t: I18n["t"]): string {
  return (STAGES as readonly string[]).includes(stage) ? t(`actions.stage.${stage as (typeof STAGES)[number]}`) : stage;
}

export interface RatingProgress {
  done: number;
  total: number;
  stage: string;
}

/** What the last action said, shown by the buttons: an error, or that the ratings were removed. */
export interface ActionStatus {
  intent: "error" | "success";
  text: string;
}

/** "Rate clients" and "Remove ratings": the two actions that write to the workbook, with progress, outcome and status. */
export function useRating(
  host: PanelHost,
  i18n: I18n,
  options: {
    sheetName?: string;
    locale: Locale;
    asOf: Date | undefined;
    onWritten: () => void;
    /** The profiles that made the grades now in the sheet (null after Remove ratings). */
    onApplied: (profiles: Profile[] | null) => void;
  },
) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RatingProgress | null>(null);
  const [outcome, setOutcome] = useState<RateOutcome | null>(null);
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const { t, formatNumber, formatPercent } = i18n;
  const { sheetName, locale, asOf, onWritten, onApplied } = options;

  const rate = useCallback(
    async (profiles: Profile[]) => {
      setBusy(true);
      setStatus(null);
      setProgress({ done: 0, total: 1, stage: "" });
      try {
        const rateWorkbook = await loadRatingWriter();
        // No save of our own first: rateWorkbook stores the profiles when it succeeds, so a failed
        // rating (a protected sheet, a cell in the way) leaves the stored profile as it was.
        const result = await host.run((context) =>
          rateWorkbook(context, {
            profiles,
            asOf,
            locale,
            language: i18n.language,
            sheetName,
            isSetSupported: (set, version) => host.isSetSupported(set, version),
            onProgress: (done, total, stage) => setProgress({ done, total, stage: stageText(stage, t) }),
          }),
        );
        setOutcome(result);
        onApplied(profiles);
        onWritten();
      } catch (error) {
        // The sheet keeps its previous rating; an outcome shown now would be an old one beside the error.
        setOutcome(null);
        setStatus({ intent: "error", text: describeError(error, t, { formatNumber, formatPercent }) });
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [host, locale, asOf, sheetName, onWritten, onApplied, t, formatNumber, formatPercent, i18n.language],
  );

  // The ribbon's Rate clients runs in this page too (shared runtime): the panel shows what it did.
  useEffect(
    () =>
      onRibbonRating((rating) => {
        if (rating.outcome) {
          setOutcome(rating.outcome);
          setStatus(null);
          onApplied(rating.outcome.profiles);
        } else {
          setOutcome(null);
          setStatus({ intent: "error", text: describeError(rating.error, t, { formatNumber, formatPercent }) });
        }
        onWritten();
      }),
    [onApplied, onWritten, t, formatNumber, formatPercent],
  );

  const remove = useCallback(async (deleteHistory = false) => {
    setBusy(true);
    setStatus(null);
    try {
      const removeRatings = await loadRatingRemover();
      await host.run((context) => removeRatings(context, { keepHistory: !deleteHistory }));
      setOutcome(null);
      onApplied(null);
      setStatus({ intent: "success", text: deleteHistory ? t("result.removed") : `${t("result.removed")} ${t("result.historyKept")}` });
      onWritten();
    } catch (error) {
      setStatus({ intent: "error", text: describeError(error, t, { formatNumber, formatPercent }) });
    } finally {
      setBusy(false);
    }
  }, [host, onWritten, onApplied, t, formatNumber, formatPercent]);

  /** A name in the focus lists: Excel selects the client's row. A failure (the sheet renamed or deleted since) shows
   * in the same place as the actions' errors; the outcome stays, it is still what the rating wrote. */
  const selectRow = useCallback(
    async (sheet: string, row: number) => {
      setStatus(null);
      try {
        await host.run((context) => selectClientRow(context, sheet, row));
      } catch (error) {
        setStatus({ intent: "error", text: describeError(error, t, { formatNumber, formatPercent }) });
      }
    },
    [host, t, formatNumber, formatPercent],
  );

  return { busy, progress, outcome, status, rate, remove, selectRow };
}
