// What the sql command and the DuckDB engine share: one profile out of those given, the rating day and
// the language of the columns, as a rating of a workbook would choose them.
import { ratingDateOf, type Language, type Locale, type Profile } from "../core";
import { CliError } from "./errors";

const MS_PER_DAY = 86_400_000;

/** SQL rates with one profile; several (each with its appliesTo) are refused with what to do instead. */
export function singleProfile(profiles: Profile[], source: string): Profile {
  if (profiles.length === 1) return profiles[0];
  throw new CliError(
    `${source} holds ${profiles.length} profiles (${profiles.map((p) => `"${p.name}"`).join(", ")}); SQL rates with one. ` +
      `Save the one to use as a .json file (client-rater profile prints them all) and pass it with --profile`,
  );
}

/** The rating date as whole days since 1970-01-01: --as-of, else the profile's ratingDate, else today (UTC). */
export function ratingDay(profile: Profile, asOf: Date | undefined, now: Date = new Date()): number {
  const date = asOf ?? (profile.ratingDate ? ratingDateOf(profile.ratingDate) : now);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The language of the column names: --locale, else the profile's, else English (as rateWorkbook chooses). */
export function outputLanguage(profile: Profile, locale: Locale | undefined): Language {
  return locale ?? profile.language ?? "en";
}
