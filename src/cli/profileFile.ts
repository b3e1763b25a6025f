import * as fs from "node:fs";
import { parseProfileSet, type Profile } from "../core";
import { CliError } from "./errors";

/** Reads and validates a --profile file; every error names the field at fault, e.g. criteria[0].weight. */
export function readProfileFile(file: string): Profile[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CliError(`profile file not found: ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`bad profile ${file}: not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  return validateProfiles(json, file);
}

export function validateProfiles(json: unknown, source: string): Profile[] {
  const parsed = parseProfileSet(json);
  if (parsed.ok) return parsed.profiles;
  if (parsed.code === "profile-too-new") {
    throw new CliError(`bad profile ${source}: its format version is newer than this client-rater understands`);
  }
  const lines = parsed.errors.map((e) => `  ${e.path || "(top level)"}: ${e.message}`);
  throw new CliError(`bad profile ${source}:\n${lines.join("\n") || "  (no details)"}`);
}
