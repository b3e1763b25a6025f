// Public profile storage: read what the workbook holds, save a new set (part + words sheet).
import type { Profile } from "../core";
import { BlockWriter } from "./blockWriter";
import { chooseSheetName, queueFreshSheet } from "./ownedSheets";
import { PROFILE_SHEET_NAME } from "./ownership";
import { PROFILE_SHEET_BASE, writeProfileSheet } from "./profileSheet";
import { profilesFromState, queueProfilePart, type StoredProfiles } from "./profileStore";
import { serialized } from "./serial";
import { assertNoUsersNameLikeOurs, assertWorkbookUnlocked } from "./writeGuards";
import { loadWorkbookState } from "./workbookState";

export async function loadStoredProfiles(context: Excel.RequestContext): Promise<StoredProfiles> {
  return profilesFromState(await loadWorkbookState(context));
}

export function saveProfiles(context: Excel.RequestContext, profiles: Profile[]): Promise<void> {
  return serialized(() => saveOnce(context, profiles));
}

async function saveOnce(context: Excel.RequestContext, profiles: Profile[]): Promise<void> {
  const state = await loadWorkbookState(context);
  assertWorkbookUnlocked(state);
  assertNoUsersNameLikeOurs(state);
  const writer = new BlockWriter(context);
  writer.start();
  queueProfilePart(context, state, profiles);
  const sheet = chooseSheetName(state, PROFILE_SHEET_NAME, PROFILE_SHEET_BASE);
  queueFreshSheet(context, state, PROFILE_SHEET_NAME, sheet);
  await writeProfileSheet(context, writer, sheet, profiles);
  await writer.flush();
}
