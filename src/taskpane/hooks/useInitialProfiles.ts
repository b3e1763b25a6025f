import { useEffect, useRef } from "react";
import { buildDefaultProfile, type Locale, type Profile } from "../../core";
import { emptyProfile } from "../editing/emptyProfile";
import type { ClientSheet } from "../../excel/types";
import { loadProfileWriter } from "../lazy/profileWriter";
import { describeError } from "../editing/describeError";
import { describeFileIssue } from "../editing/describeIssue";
import type { PanelHost } from "../host";
import type { I18n } from "../i18n/context";
import type { MessagesApi } from "./useMessages";
import type { ProfilesApi } from "./useProfiles";
import type { StoredProfiles } from "./useWorkbookSheet";

/** What is wrong with the stored profile: its first wrong field in the user's words, else the store's own message. */
function storedDamage(stored: StoredProfiles, i18n: I18n): string {
  const first = stored.issues?.[0];
  if (!first || stored.raw === undefined) return stored.message ?? "";
  let document: unknown;
  try {
    document = JSON.parse(stored.raw);
  } catch {
    document = undefined;
  }
  return describeFileIssue(first, document, i18n);
}

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
        text: t("stored.damaged", { detail: storedDamage(stored, i18n) }),
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
