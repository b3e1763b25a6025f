// What is wrong with a profile field, as a code and its values, so the panel can say it in the user's
// language; the English `message` beside it is for the command line and tests. The params of each code
// are fixed here: the panel's texts may use only these (test/taskpane/issueTexts.test.ts checks).

/** A value's kind, to say what a field needed ("expected") or what it held instead ("found"). */
export const EXPECTED_KINDS = ["number", "text", "list", "fields", "trueFalse"] as const;
export const FOUND_KINDS = ["text", "number", "notFinite", "list", "fields", "boolean", "null", "other"] as const;
export type ExpectedKind = (typeof EXPECTED_KINDS)[number];
export type FoundKind = (typeof FOUND_KINDS)[number];

export interface IssueParamTypes {
  // zod's own issue kinds
  required: Record<string, never>;
  notFinite: Record<string, never>;
  /** `value` is the text or number found (shortened text), "" for other kinds. */
  wrongType: { expected: ExpectedKind; found: FoundKind; value: string | number };
  notWhole: Record<string, never>;
  tooSmall: { min: number };
  moreThan: { min: number };
  tooBig: { max: number };
  lessThan: { max: number };
  empty: Record<string, never>;
  tooLong: { max: number };
  tooFewItems: { min: number };
  tooManyItems: { max: number };
  /** `options` joined with ", "; `value` as found, shortened. */
  oneOf: { options: string; value: string };
  requiredOneOf: { options: string };
  unknownRuleType: { options: string; value: string };
  unknownField: { name: string };
  invalid: Record<string, never>;
  // the schema's own checks (profileSchema.ts)
  maxNotAboveMin: { min: number };
  /** `after` is the field this one may not be below: "min", "idealLow" or "idealHigh". */
  rangeOrder: { after: "min" | "idealLow" | "idealHigh"; min: number };
  noCategories: Record<string, never>;
  emptyCategory: Record<string, never>;
  sameCategory: { value: string; other: string };
  zeroDaysOrder: { fullDays: number };
  /** `position` counts from 1, as the panel lists grades. */
  repeatedGrade: { grade: string; position: number };
  numericGradesOrder: { grade: string; above: string };
  cutoffsRequired: { count: number };
  cutoffCount: { expected: number; found: number; grades: number };
  cutoffOrder: { previous: number };
  sharesRequired: { count: number };
  shareCount: { expected: number; found: number; grades: number };
  /** `sum` is a share: 1 is 100%. */
  sharesSum: { sum: number };
  notAGrade: { grade: string; grades: string };
  notADate: { value: string };
  // across criteria and documents (profile.ts)
  /** `criterion` counts from 1, the panel's numbering. */
  duplicateId: { id: string; criterion: number };
  allWeightsZero: Record<string, never>;
  tooNew: { version: number; supported: number };
  notAProfile: { found: FoundKind; value: string | number };
  noProfiles: Record<string, never>;
}

export type ProfileIssueCode = keyof IssueParamTypes;

type IssueOf<C extends ProfileIssueCode> = { path: string; code: C; params: IssueParamTypes[C]; message: string };
/** One wrong field: `path` like criteria[2].rule.max, `code` and `params` for the panel, `message` in English. */
export type ProfileIssue = { [C in ProfileIssueCode]: IssueOf<C> }[ProfileIssueCode];

/** The param names of every code, for checks that run without the types. */
export const ISSUE_PARAMS: { readonly [C in ProfileIssueCode]: readonly (keyof IssueParamTypes[C])[] } = {
  required: [],
  notFinite: [],
  wrongType: ["expected", "found", "value"],
  notWhole: [],
  tooSmall: ["min"],
  moreThan: ["min"],
  tooBig: ["max"],
  lessThan: ["max"],
  empty: [],
  tooLong: ["max"],
  tooFewItems: ["min"],
  tooManyItems: ["max"],
  oneOf: ["options", "value"],
  requiredOneOf: ["options"],
  unknownRuleType: ["options", "value"],
  unknownField: ["name"],
  invalid: [],
  maxNotAboveMin: ["min"],
  rangeOrder: ["after", "min"],
  noCategories: [],
  emptyCategory: [],
  sameCategory: ["value", "other"],
  zeroDaysOrder: ["fullDays"],
  repeatedGrade: ["grade", "position"],
  numericGradesOrder: ["grade", "above"],
  cutoffsRequired: ["count"],
  cutoffCount: ["expected", "found", "grades"],
  cutoffOrder: ["previous"],
  sharesRequired: ["count"],
  shareCount: ["expected", "found", "grades"],
  sharesSum: ["sum"],
  notAGrade: ["grade", "grades"],
  notADate: ["value"],
  duplicateId: ["id", "criterion"],
  allWeightsZero: [],
  tooNew: ["version", "supported"],
  notAProfile: ["found", "value"],
  noProfiles: [],
};

export const PROFILE_ISSUE_CODES = Object.keys(ISSUE_PARAMS) as ProfileIssueCode[];

export function profileIssue<C extends ProfileIssueCode>(path: string, code: C, params: IssueParamTypes[C], message: string): ProfileIssue {
  return { path, code, params, message } as IssueOf<C> as ProfileIssue;
}

/** What a schema check hands to zod's custom issue (its `params`), read back by profileMessages.ts. */
export interface CodedParams<C extends ProfileIssueCode = ProfileIssueCode> {
  issue: C;
  values: IssueParamTypes[C];
}
export function coded<C extends ProfileIssueCode>(issue: C, values: IssueParamTypes[C]): CodedParams<C> {
  return { issue, values };
}

const SHORT_TEXT = 30;
export function shortText(text: string): string {
  return text.length > SHORT_TEXT ? text.slice(0, SHORT_TEXT) + "..." : text;
}

export function foundKind(value: unknown): FoundKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  switch (typeof value) {
    case "string":
      return "text";
    case "number":
      return Number.isFinite(value) ? "number" : "notFinite";
    case "boolean":
      return "boolean";
    case "object":
      return "fields";
    default:
      return "other";
  }
}

/** The value itself where its kind alone does not say it: shortened text, a number, true or false. */
export function foundValue(value: unknown): string | number {
  if (typeof value === "string") return shortText(value);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "boolean") return String(value);
  return "";
}
