// A rating's reason and flag text per client, built when asked for rather than for every client up front:
// the Excel writer asks for the rows of the chunk it is writing, the Focus sheet for its few clients.
import { CRITERION_SCORES } from "./criterionScoresOnDemand";
import { decisionWords } from "./decisionLabels";
import { flagWords, reasonWords } from "./labels";
import type { Profile } from "./profile";
import type { ProfileReasons } from "./profileReasons";
import { FLAG_DISCOUNT, FLAG_EFFORT, FLAG_LATE, FLAG_LOSS } from "./troublesome";
import type { RatingResult } from "./types";

/** Gives `result` its `reasonAt` and `flagsAt`; the whole-array `reasons` and `flags` read them (rate.ts). */
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
}

const made = new WeakMap<RatingResult, { texts: boolean; reasons?: string[]; flags?: string[] }>();

// `reasons` and `flags` are getters on the result's prototype, made on first read and then kept. On the
// object itself an accessor would make it a slow dictionary, and every loop over a result reads its arrays.
const TEXT_ARRAYS = {
  get reasons(): string[] {
    const self = this as unknown as RatingResult;
    const kept = made.get(self);
    if (!kept) return [];
    return (kept.reasons ??= kept.texts ? Array.from({ length: self.count }, (_, i) => self.reasonAt(i)) : []);
  },
  get flags(): string[] {
    const self = this as unknown as RatingResult;
    const kept = made.get(self);
    if (!kept) return [];
    return (kept.flags ??= kept.texts ? Array.from({ length: self.count }, (_, i) => self.flagsAt(i)) : []);
  },
};
Object.setPrototypeOf(TEXT_ARRAYS, CRITERION_SCORES);

/** A result of `fields` whose `reasons` and `flags` are every client's text in one array (none with `texts: false`). */
export function withTextArrays(fields: Omit<RatingResult, "reasons" | "flags" | "criterionScores">, texts: boolean): RatingResult {
  const result = Object.assign(Object.create(TEXT_ARRAYS) as RatingResult, fields);
  made.set(result, { texts });
  return result;
}
