import { parseProfileSet, type Profile, type ProfileIssue } from "../../core";

export const PROFILE_FILE_NAME = "client-rater-profile.json";

export function profileFileText(profiles: Profile[]): string {
  return JSON.stringify({ version: 1, profiles }, null, 2);
}

export type ProfileFileResult =
  | { ok: true; profiles: Profile[] }
  | { ok: false; notJson: string }
  /** `document` is the file's JSON, to name the fields of the issues (describeFileIssue). */
  | { ok: false; issues: ProfileIssue[]; document: unknown };

/** Reads an exported profile file; every wrong field comes back with its path. */
export function readProfileFile(text: string): ProfileFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, notJson: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseProfileSet(json);
  return parsed.ok ? { ok: true, profiles: parsed.profiles } : { ok: false, issues: parsed.errors, document: json };
}

/** File.text() where the browser has it, FileReader otherwise. */
export function fileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
