// A rating's reason and flag text per client, built when asked for rather than for every client up front:
// the Excel writer asks for the rows of the chunk it is writing, the Focus sheet for its few clients.
import { decisionWords } from "./decisionLabels";
import { flagWords, reasonWords } from "./labels";
import type { Profile } from "./profile";
import type { ProfileReasons } from "./profileReasons";
import { FLAG_DISCOUNT, FLAG_EFFORT, FLAG_LATE, FLAG_LOSS } from "./troublesome";
import type { RatingResult } from "./types";

/** Gives `result` its `reasonAt` and `flagsAt` (and the whole-array `reasons` and `flags`, built on first read). */
export function attachTexts(result: RatingResult, profiles: Profile[], perProfile: (ProfileReasons | null)[], hasMissing: Uint8Array): void {
  const unrated = reasonWords(profiles[0].language).noProfile;
  const { profileIndex, memberPosition } = result;
  const inRange = (client: number) => client >= 0 && client < result.count;
  result.reasonAt = (client) => {
    if (!inRange(client)) return "";
    const p = profileIndex[client];
    if (p < 0) return unrated;
    return perProfile[p]?.reasonOf(memberPosition[client], client) ?? "";
  };
  const wordsOf = profiles.map((profile) => [flagWords(profile.language), decisionWords(profile.language).flags] as const);
  result.flagsAt = (client) => {
    if (!inRange(client)) return "";
    const p = profileIndex[client];
    const [words, more] = wordsOf[p >= 0 ? p : 0];
    const bits = result.troubleFlags[client];
    let text = result.knockedOut[client] ? words.knockedOut : "";
    if (bits & FLAG_EFFORT) text = text === "" ? words.costlyToServe : `${text}, ${words.costlyToServe}`;
    if (bits & FLAG_DISCOUNT) text = text === "" ? more.discount : `${text}, ${more.discount}`;
    if (bits & FLAG_LATE) text = text === "" ? more.late : `${text}, ${more.late}`;
    if (bits & FLAG_LOSS) text = text === "" ? more.loss : `${text}, ${more.loss}`;
    if (p >= 0 && hasMissing[client]) text = text === "" ? words.missingData : `${text}, ${words.missingData}`;
    return text;
  };
  wholeArrays(result, true);
}

/**
 * `reasons` and `flags` as arrays of every client's text, made on first read and then kept (with
 * `texts: false`, empty arrays). Nothing in src reads them: at a million clients they are a million strings each.
 */
export function wholeArrays(result: RatingResult, texts: boolean): void {
  let reasons: string[] | undefined;
  let flags: string[] | undefined;
  const all = (at: (client: number) => string) => (texts ? Array.from({ length: result.count }, (_, i) => at(i)) : []);
  Object.defineProperties(result, {
    reasons: { get: () => (reasons ??= all(result.reasonAt)), enumerable: true, configurable: true },
    flags: { get: () => (flags ??= all(result.flagsAt)), enumerable: true, configurable: true },
  });
}
