import * as fs from "node:fs";
import { parseProfileSet, type Profile } from "../core";
import { CliError } from "./errors";
import { megabytes } from "./inputFile";
import { kindOf } from "./outputFile";

/** A profile is a few kilobytes of JSON; anything near this is not one. */
const MAX_PROFILE_BYTES = 2 ** 20;

/** Reads and validates a --profile file; every error names the field at fault, e.g. criteria[0].weight. */
export function readProfileFile(file: string): Profile[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`profile file not found: ${file}`);
  }
  // Checked before opening: reading a device or a named pipe never ends, or blocks.
  if (!stat.isFile()) throw new CliError(`bad profile ${file}: it is ${kindOf(stat)}, not a .json file`);
  if (stat.size > MAX_PROFILE_BYTES) {
    throw new CliError(`bad profile ${file}: ${megabytes(stat.size)} is far too large for a profile (at most ${megabytes(MAX_PROFILE_BYTES)})`);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read profile ${file}${code ? ` (${code})` : ""}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`bad profile ${file}: not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  return validateProfiles(json, file);
}

function validateProfiles(json: unknown, source: string): Profile[] {
  const parsed = parseProfileSet(json);
  if (parsed.ok) return parsed.profiles;
  if (parsed.code === "profile-too-new") {
    throw new CliError(`bad profile ${source}: its format version is newer than this client-rater understands`);
  }
  const lines = parsed.errors.map((e) => `  ${e.path || "(top level)"}: ${e.message}`);
  throw new CliError(`bad profile ${source}:\n${lines.join("\n") || "  (no details)"}`);
}
