// zod's issues in plain English, each with the path of the field it is about (criteria[2].rule.max), and
// as a code with its values (profileIssueCodes.ts) for the panel to word in the user's language.
import { z } from "zod/mini";
import { RULE_TYPES } from "./profileSchema";
import {
  foundKind,
  foundValue,
  profileIssue,
  shortText,
  type CodedParams,
  type ExpectedKind,
  type IssueParamTypes,
  type ProfileIssue,
  type ProfileIssueCode,
} from "./profileIssueCodes";

export type { ProfileIssue } from "./profileIssueCodes";

export const UNKNOWN_FIELD = "is not a known field (check the spelling)";

export function describe(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text "${value.length > 30 ? value.slice(0, 30) + "..." : value}"`;
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : "not a finite number";
    case "boolean":
      return `${value}`;
    case "object":
      return "a group of fields";
    default:
      return String(typeof value);
  }
}

const EXPECTED: Record<string, string> = {
  number: "a number",
  string: "text",
  array: "a list",
  object: "a group of fields",
  boolean: "true or false",
  record: "a group of fields",
};


/** Our wording for zod's issues; schema-level messages above take precedence over it. */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return "is required";
      if (typeof input === "number" && !Number.isFinite(input)) return "must be a finite number; this one is too large to use";
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(input)}`;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array") return `needs at least ${min} item${min === 1 ? "" : "s"}`;
      if (issue.origin === "string") return "must not be empty";
      return issue.inclusive ? `must be ${min} or more` : `must be more than ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return `can hold at most ${max} items`;
      if (issue.origin === "string") return `must be at most ${max} characters long`;
      return issue.inclusive ? `must be ${max} or less` : `must be less than ${max}`;
    }
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v));
      if (input === undefined) return options.length === 1 ? `is required (${options[0]})` : `is required: one of ${options.join(", ")}`;
      return options.length === 1
        ? `must be ${options[0]}, not ${describe(input)}`
        : `must be one of ${options.join(", ")}, not ${describe(input)}`;
    }
    case "invalid_union": {
      // For the rule union zod hands over the whole rule; the culprit is its "type".
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const value =
        discriminator && input && typeof input === "object" ? (input as Record<string, unknown>)[discriminator] : input;
      if (value === undefined) return `is required: one of ${RULE_TYPES.join(", ")}`;
      return `${describe(value)} is not a rule type; use one of ${RULE_TYPES.join(", ")}`;
    }
    case "unrecognized_keys":
      return UNKNOWN_FIELD;
    case "custom":
      return issue.message ?? "is not valid";
    default:
      return "is not valid";
  }
}

const EXPECTED_KIND: Record<string, ExpectedKind> = {
  number: "number",
  string: "text",
  array: "list",
  object: "fields",
  record: "fields",
  boolean: "trueFalse",
};

/** A value as it can be quoted in a message: text shortened, anything else as JSON would write it. */
function valueText(value: unknown): string {
  if (typeof value === "string") return shortText(value);
  if (Array.isArray(value)) return "[...]";
  if (value !== null && typeof value === "object") return "{...}";
  return String(value);
}

type Coded = { [C in ProfileIssueCode]: { code: C; params: IssueParamTypes[C] } }[ProfileIssueCode];

/** The code of a zod issue (parsed with reportInput, so `input` is there), the same cases as plainMessage. */
export function issueCodeOf(issue: z.core.$ZodIssue): Coded {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return { code: "required", params: {} };
      if (typeof input === "number" && !Number.isFinite(input)) return { code: "notFinite", params: {} };
      if (issue.expected === "int") return { code: "notWhole", params: {} };
      return {
        code: "wrongType",
        params: { expected: EXPECTED_KIND[issue.expected] ?? "fields", found: foundKind(input), value: foundValue(input) },
      };
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array") return { code: "tooFewItems", params: { min } };
      if (issue.origin === "string") return { code: "empty", params: {} };
      return issue.inclusive ? { code: "tooSmall", params: { min } } : { code: "moreThan", params: { min } };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return { code: "tooManyItems", params: { max } };
      if (issue.origin === "string") return { code: "tooLong", params: { max } };
      return issue.inclusive ? { code: "tooBig", params: { max } } : { code: "lessThan", params: { max } };
    }
    case "invalid_value": {
      const options = issue.values.map(String).join(", ");
      if (input === undefined) return { code: "requiredOneOf", params: { options } };
      return { code: "oneOf", params: { options, value: valueText(input) } };
    }
    case "invalid_union": {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const value =
        discriminator && input && typeof input === "object" ? (input as Record<string, unknown>)[discriminator] : input;
      const options = RULE_TYPES.join(", ");
      if (value === undefined) return { code: "requiredOneOf", params: { options } };
      return { code: "unknownRuleType", params: { options, value: valueText(value) } };
    }
    case "custom": {
      const coded = issue.params as CodedParams | undefined;
      if (coded?.issue === "notADate") return { code: "notADate", params: { value: valueText(input) } };
      return coded?.issue ? ({ code: coded.issue, params: coded.values } as Coded) : { code: "invalid", params: {} };
    }
    default:
      return { code: "invalid", params: {} };
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const key = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}
export function issuesOf(error: z.core.$ZodError, prefix: PropertyKey[]): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push(profileIssue(formatPath([...prefix, ...issue.path, key]), "unknownField", { name: key }, UNKNOWN_FIELD));
      }
    } else {
      const { code, params } = issueCodeOf(issue);
      out.push(profileIssue(formatPath([...prefix, ...issue.path]), code, params, issue.message));
    }
  }
  return out;
}
