import { useCallback, useState } from "react";
import type { Locale, Profile } from "../../core";
import { rateWorkbook, removeRatings } from "../../excel";
import { describeError, describeWarning } from "../editing/describeError";
import type { PanelHost } from "../host";
import type { I18n } from "../i18n/context";
import type { MessagesApi } from "./useMessages";

const STAGES = ["reading", "writing", "done"] as const;

/** rateWorkbook's stage ("reading", "writing", "done") in the user's words. */
export function stageText(stage: string, t: I18n["t"]): string {
  return (STAGES as readonly string[]).includes(stage) ? t(`actions.stage.${stage as (typeof STAGES)[number]}`) : stage;
}

export interface RatingProgress {
  done: number;
  total: number;
  stage: string;
}

/** "Rate clients" and "Remove ratings": the two actions that write to the workbook, with progress and messages. */
export function useRating(
  host: PanelHost,
  i18n: I18n,
  messages: MessagesApi,
  options: { sheetName?: string; locale: Locale; asOf: Date | undefined; onWritten: () => void },
) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RatingProgress | null>(null);
  const { t, formatNumber, formatPercent } = i18n;
  const { sheetName, locale, asOf, onWritten } = options;

  const rate = useCallback(
    async (profiles: Profile[]) => {
      setBusy(true);
      setProgress({ done: 0, total: 1, stage: "" });
      try {
        // No save of our own first: rateWorkbook stores the profiles when it succeeds, so a failed
        // rating (a protected sheet, a cell in the way) leaves the stored profile as it was.
        const outcome = await host.run((context) =>
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
        const counts = outcome.gradeLabels
          .map((grade) => `${grade} ${formatNumber(outcome.gradeCounts[grade] ?? 0, 0)}`)
          .join(", ");
        const f = { formatNumber, formatPercent };
        messages.show([
          {
            intent: "success",
            text: t("result.rated", { clients: formatNumber(outcome.clients, 0), sheet: outcome.sheetName }),
            details: [t("result.counts", { counts })],
          },
          ...(outcome.usedDefaultProfile ? [{ intent: "info" as const, text: t("result.defaultProfile") }] : []),
          ...outcome.warnings.map((warning) => ({ intent: "warning" as const, text: describeWarning(warning, t, f) })),
        ]);
        onWritten();
      } catch (error) {
        messages.show([{ intent: "error", text: describeError(error, t, { formatNumber, formatPercent }) }]);
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [host, locale, asOf, sheetName, onWritten, messages, t, formatNumber, formatPercent, i18n.language],
  );

  const remove = useCallback(async () => {
    setBusy(true);
    try {
      await host.run((context) => removeRatings(context));
      messages.show([{ intent: "success", text: t("result.removed") }]);
      onWritten();
    } catch (error) {
      messages.show([{ intent: "error", text: describeError(error, t, { formatNumber, formatPercent }) }]);
    } finally {
      setBusy(false);
    }
  }, [host, messages, onWritten, t, formatNumber, formatPercent]);

  return { busy, progress, rate, remove };
}
