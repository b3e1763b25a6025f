// Writing a profile (its custom XML part and the profile sheet, in four languages' words) happens only on "Reset to
// default" in the panel (a rating stores its own), so it is fetched then.
import type { saveProfiles } from "../../excel/profiles";

export function loadProfileWriter(): Promise<typeof saveProfiles> {
  return import(/* webpackChunkName: "profile-writer" */ "../../excel/profiles").then((m) => m.saveProfiles);
}
