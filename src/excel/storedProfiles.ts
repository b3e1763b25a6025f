// Reading the stored profiles, apart from saving them (src/excel/profiles.ts): the panel reads them when it opens,
// while the writer and its sheet words in four languages are fetched only when a profile is saved.
import { profilesFromState, type StoredProfiles } from "./profileStore";
import { loadWorkbookState } from "./workbookState";

export async function loadStoredProfiles(context: Excel.RequestContext): Promise<StoredProfiles> {
  return profilesFromState(await loadWorkbookState(context));
}
