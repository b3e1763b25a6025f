import { useEffect, useRef } from "react";
import { buildDefaultProfile, type Locale, type Profile } from "../../core";
import { emptyProfile } from "../editing/emptyProfile";
import type { ClientSheet } from "../../excel/types";
import { loadProfileWriter } from "../lazy/profileWriter";
import { describeError } from "../editing/describeError";
import type { PanelHost } from "../host";
import type { I18n } from "../i18n/context";
import type { MessagesApi } from "./useMessages";
import type { ProfilesApi } from "./useProfiles";
import type { StoredProfiles } from "./useWorkbookSheet";

/**
 * Once the sheet is read: the workbook's stored profiles, or a default proposed from the headers. A damaged store
 * gets a message with "Reset to default", which saves the default over it.
 */
export function useInitialProfiles(
  host: PanelHost,
  sheet: ClientSheet | null,
  stored: StoredProfiles | null,
  locale: Locale,
  profiles: ProfilesApi,
  messages: MessagesApi,
  i18n: I18n,
) {
  const done = useRef(false);
  const { replace } = profiles;
  const { add } = messages;
  const { t, formatNumber, formatPercent } = i18n;

  useEffect(() => {
    if (done.current || !sheet || !stored) return;
    done.current = true;
    if (stored.status === "ok" && stored.profiles && stored.profiles.length > 0) {
      replace(stored.profiles);
      return;
    }
    let fallback: Profile;
    try {
      fallback = buildDefaultProfile(sheet.table, locale, i18n.language);
    } catch (error) {
      fallback = emptyProfile(t("profiles.newName", { n: 1 }));
      add({ intent: "warning", text: describeError(error, t, { formatNumber, formatPercent }) });
    }
    replace([fallback]);
    if (stored.status === "none") {
      add({ intent: "info", text: t("stored.defaultProposed") });
    } else if (stored.status === "too-new") {
      add({ intent: "warning", text: t("stored.tooNew") });
    } else {
      add({
        intent: "warning",
        text: t("stored.damaged", { detail: stored.message ?? "" }),
        action: {
          label: t("stored.reset"),
          run: () => {
            replace([fallback]);
            loadProfileWriter()
              .then((saveProfiles) => host.run((context) => saveProfiles(context, [fallback], i18n.language)))
              .then(
              () => messages.show([]),
              (error: unknown) =>
                messages.show([{ intent: "error", text: describeError(error, t, { formatNumber, formatPercent }) }]),
            );
          },
        },
      });
    }
  }, [sheet, stored, locale, replace, add, host, messages, t, formatNumber, formatPercent, i18n.language]);
}
