// Reading profile format version 1: parsing that reports every wrong field with its path
// (criteria[2].rule.max) and a plain-English message instead of zod's defaults. The schema is in
// profileSchema.ts, the wording in profileMessages.ts; both are re-exported so callers keep importing "./profile".
import { PROFILE_VERSION, ProfileSchema, isNum, type Profile } from "./profileSchema";
import { UNKNOWN_FIELD, describe, formatPath, issuesOf, plainMessage, type ProfileIssue } from "./profileMessages";
import { foundKind, foundValue, profileIssue } from "./profileIssueCodes";

export {
  DEFAULT_HISTORY_RUNS,
  MAX_RULE_NUMBER,
  RULE_TYPES,
  isIsoDay,
  ratingDateOf,
} from "./profileSchema";
export type { Criterion, Profile, ProfileInput, Rule, Scale } from "./profileSchema";
export { formatPath } from "./profileMessages";
export type { ProfileIssue } from "./profileMessages";
export { EXPECTED_KINDS, FOUND_KINDS, ISSUE_PARAMS, PROFILE_ISSUE_CODES } from "./profileIssueCodes";
export type { ProfileIssueCode } from "./profileIssueCodes";

type ProfileErrorCode = "invalid-profile" | "profile-too-new";
export type ParseProfileResult =
  | { ok: true; profile: Profile }
  | { ok: false; code: ProfileErrorCode; errors: ProfileIssue[] };
export type ParseProfileSetResult =
  | { ok: true; profiles: Profile[] }
  | { ok: false; code: ProfileErrorCode; errors: ProfileIssue[] };

/** Checks across criteria, done on the raw input so they run even when other fields are wrong. */
function crossCriteriaIssues(input: unknown, prefix: PropertyKey[]): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  const criteria = (input as { criteria?: unknown })?.criteria;
  if (!Array.isArray(criteria)) return out;
  const ids = new Map<string, number>();
  let weightSum = 0;
  let allWeightsValid = criteria.length > 0;
  criteria.forEach((c, i) => {
    const id = (c as { id?: unknown })?.id;
    if (typeof id === "string" && id.trim() !== "") {
      const key = id.trim();
      if (ids.has(key)) {
        out.push(
          profileIssue(
            formatPath([...prefix, "criteria", i, "id"]),
            "duplicateId",
            { id: key, criterion: ids.get(key)! + 1 },
            `"${key}" is already the id of criteria[${ids.get(key)}]; ids must be unique`,
          ),
        );
      } else ids.set(key, i);
    }
    const weight = (c as { weight?: unknown })?.weight;
    if (isNum(weight) && weight >= 0) weightSum += weight;
    else allWeightsValid = false;
  });
  if (allWeightsValid && weightSum === 0) {
    out.push(profileIssue(formatPath([...prefix, "criteria"]), "allWeightsZero", {}, "all weights are 0; at least one criterion needs a weight above 0"));
  }
  return out;
}

function notAProfile(path: string, input: unknown, message: string): ProfileIssue {
  return profileIssue(path, "notAProfile", { found: foundKind(input), value: foundValue(input) }, message);
}

function versionIssue(input: unknown, prefix: PropertyKey[]): ProfileIssue | null {
  const version = (input as { version?: unknown })?.version;
  if (typeof version === "number" && version > PROFILE_VERSION) {
    return profileIssue(
      formatPath([...prefix, "version"]),
      "tooNew",
      { version, supported: PROFILE_VERSION },
      `is ${version}, made by a newer version of Client Rater; this version reads profile version ${PROFILE_VERSION}. Update the add-in to use it`,
    );
  }
  return null;
}

function parseOne(input: unknown, prefix: PropertyKey[]): ParseProfileResult {
  const tooNew = versionIssue(input, prefix);
  if (tooNew) return { ok: false, code: "profile-too-new", errors: [tooNew] };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      ok: false,
      code: "invalid-profile",
      errors: [notAProfile(formatPath(prefix), input, `must be a profile (a group of fields), not ${describe(input)}`)],
    };
  }
  // reportInput: the issue codes quote what was found (issueCodeOf in profileMessages.ts).
  const result = ProfileSchema.safeParse(input, { error: (issue) => plainMessage(issue), reportInput: true });
  const errors = result.success ? [] : issuesOf(result.error, prefix);
  for (const issue of crossCriteriaIssues(input, prefix)) {
    if (!errors.some((e) => e.path === issue.path && e.code === issue.code)) errors.push(issue);
  }
  if (errors.length > 0 || !result.success) return { ok: false, code: "invalid-profile", errors };
  return { ok: true, profile: result.data };
}

export function parseProfile(input: unknown): ParseProfileResult {
  return parseOne(input, []);
}

/**
 * The profile document stored in a workbook: { version: 1, profiles: [...] }. A bare profile is
 * accepted too and wrapped. A version above 1 (of the document or any profile) is "profile-too-new".
 */
export function parseProfileSet(input: unknown): ParseProfileSetResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      ok: false,
      code: "invalid-profile",
      errors: [notAProfile("", input, `must be a profile document (a group of fields), not ${describe(input)}`)],
    };
  }
  if (!("profiles" in input)) {
    const single = parseOne(input, []);
    return single.ok ? { ok: true, profiles: [single.profile] } : single;
  }
  const doc = input as { version?: unknown; profiles?: unknown };
  const tooNew = versionIssue(doc, []);
  if (tooNew) return { ok: false, code: "profile-too-new", errors: [tooNew] };
  const errors: ProfileIssue[] = [];
  if (doc.version !== PROFILE_VERSION) {
    errors.push(
      doc.version === undefined
        ? profileIssue("version", "requiredOneOf", { options: "1" }, "is required (1)")
        : profileIssue("version", "oneOf", { options: "1", value: String(foundValue(doc.version)) }, `must be 1, not ${describe(doc.version)}`),
    );
  }
  for (const key of Object.keys(doc)) {
    if (key !== "version" && key !== "profiles") errors.push(profileIssue(key, "unknownField", { name: key }, UNKNOWN_FIELD));
  }
  if (!Array.isArray(doc.profiles) || doc.profiles.length === 0) {
    errors.push(profileIssue("profiles", "noProfiles", {}, "must be a list of at least one profile"));
    return { ok: false, code: "invalid-profile", errors };
  }
  const profiles: Profile[] = [];
  let code: ProfileErrorCode = "invalid-profile";
  doc.profiles.forEach((p, i) => {
    const one = parseOne(p, ["profiles", i]);
    if (one.ok) profiles.push(one.profile);
    else {
      errors.push(...one.errors);
      if (one.code === "profile-too-new") code = "profile-too-new";
    }
  });
  if (errors.length > 0) return { ok: false, code, errors };
  return { ok: true, profiles };
}

/** The document to store for a set of profiles. */
export function profileSetDocument(profiles: Profile[]): { version: 1; profiles: Profile[] } {
  return { version: 1, profiles };
}
