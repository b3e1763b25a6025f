// The profile kept inside the workbook: a custom XML part (travels with the file, survives sharing)
// plus a "Rating profile" sheet in plain words.
import { parseProfileSet, profileSetDocument, type Profile, type ProfileIssue } from "../core";
import { PROFILE_NS } from "./ownership";
import { buildXmlRecord, readXmlRecord } from "./xmlRecord";
import type { WorkbookState } from "./workbookState";

const PROFILE_FORMAT_VERSION = 1;

export interface StoredProfiles {
  status: "none" | "ok" | "damaged" | "too-new";
  profiles?: Profile[];
  message?: string;
  /** The stored text as found, so the panel can show it and offer "reset to default". */
  raw?: string;
  /** What is wrong when the stored JSON is read but is no valid profile, for the panel to say in its language. */
  issues?: ProfileIssue[];
}

export function profilesFromState(state: WorkbookState): StoredProfiles {
  const part = state.profileParts[state.profileParts.length - 1];
  if (!part) return { status: "none" };
  const record = readXmlRecord(part.xml);
  if (!record.ok) return { status: "damaged", message: `The rating profile stored in this workbook is damaged: ${record.message}`, raw: part.xml };
  if (record.version > PROFILE_FORMAT_VERSION) {
    return { status: "too-new", message: `The rating profile in this workbook was saved by a newer Client Rater (format ${record.version}). Update the add-in to use it.`, raw: record.text };
  }
  let json: unknown;
  try {
    json = JSON.parse(record.text);
  } catch {
    return { status: "damaged", message: "The rating profile stored in this workbook is damaged: its text is not valid JSON.", raw: record.text };
  }
  const parsed = parseProfileSet(json);
  if (parsed.ok) return { status: "ok", profiles: parsed.profiles };
  const tooNew = parsed.code === "profile-too-new";
  const first = parsed.errors[0];
  return {
    status: tooNew ? "too-new" : "damaged",
    message: tooNew
      ? "The rating profile in this workbook was saved by a newer Client Rater. Update the add-in to use it."
      : `The rating profile stored in this workbook is damaged${first ? ` (${first.path}: ${first.message})` : ""}. Reset it to the default profile or fix it in the panel.`,
    raw: record.text,
    issues: parsed.errors,
  };
}

function profileXml(profiles: Profile[]): string {
  return buildXmlRecord("clientRaterProfiles", PROFILE_NS, PROFILE_FORMAT_VERSION, profileSetDocument(profiles));
}

/** Queues replacing the stored profile part (no sync). */
export function queueProfilePart(context: Excel.RequestContext, state: WorkbookState, profiles: Profile[]): void {
  for (const p of state.profileParts) context.workbook.customXmlParts.getItem(p.id).delete();
  context.workbook.customXmlParts.add(profileXml(profiles));
}
