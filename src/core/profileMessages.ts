// zod's issues in plain English, each with the path of the field it is about (criteria[2].rule.max).
import { z } from "zod/mini";
import { RULE_TYPES } from "./profileSchema";

export interface ProfileIssue {
  path: string;
  message: string;
}

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
      return "is not a known field (check the spelling)";
    case "custom":
      return issue.message ?? "is not valid";
    default:
      return "is not valid";
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
        out.push({ path: formatPath([...prefix, ...issue.path, key]), message: "is not a known field (check the spelling)" });
      }
    } else {
      out.push({ path: formatPath([...prefix, ...issue.path]), message: issue.message });
    }
  }
  return out;
}
