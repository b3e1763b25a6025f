// Public profile storage: read what the workbook holds, save a new set (part + words sheet).
import type { Profile } from "../core";
import type { Language } from "../core/labels";
import { BlockWriter } from "./blockWriter";
import { chooseSheetName, queueFreshSheet } from "./ownedSheets";
import { PROFILE_SHEET_NAME } from "./ownership";
import { PROFILE_SHEET_BASES, profileSheetBase, writeProfileSheet } from "./profileSheet";
import { queueProfilePart } from "./profileStore";
import { serialized } from "./serial";
import { assertNoUsersNameLikeOurs, assertWorkbookUnlocked } from "./writeGuards";
import { loadWorkbookState } from "./workbookState";

export { loadStoredProfiles } from "./storedProfiles";

/** `language`: of the "Rating profile" sheet (the panel's); else the first profile's, else English. */
export function saveProfiles(context: Excel.RequestContext, profiles: Profile[], language?: Language): Promise<void> {
  return serialized(() => saveOnce(context, profiles, language ?? profiles[0]?.language ?? "en"));
}

async function saveOnce(context: Excel.RequestContext, profiles: Profile[], language: Language): Promise<void> {
  const state = await loadWorkbookState(context);
  assertWorkbookUnlocked(state);
  assertNoUsersNameLikeOurs(state);
  const writer = new BlockWriter(context);
  writer.start();
  queueProfilePart(context, state, profiles);
  const sheet = chooseSheetName(state, PROFILE_SHEET_NAME, profileSheetBase(language), PROFILE_SHEET_BASES);
  queueFreshSheet(context, state, PROFILE_SHEET_NAME, sheet);
  await writeProfileSheet(context, writer, sheet, profiles, language);
  await writer.flush();
}
