// Profile format version 1: the zod schema, and parsing that reports every wrong field with its path
// (criteria[2].rule.max) and a plain-English message instead of zod's defaults.
import { z } from "zod";

const PROFILE_VERSION = 1;
/** Larger weights add nothing (only their ratios count) and could overflow the weighted sum. */
const MAX_WEIGHT = 1_000_000;
export const RULE_TYPES = ["higher", "lower", "range", "categories", "recency"] as const;

type Ctx = z.RefinementCtx;
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function minBelowMax(rule: { min: number; max: number }, ctx: Ctx): void {
  if (isNum(rule.min) && isNum(rule.max) && rule.min >= rule.max) {
    ctx.addIssue({ code: "custom", path: ["max"], message: `must be greater than min (${rule.min})` });
  }
}

/**
 * Rule bounds: 10^15 is past any amount Excel shows exactly (15 digits), and keeps 100 * (x - min)
 * finite for every value between the bounds (1e308 overflowed to a score of Infinity).
 */
export const MAX_RULE_NUMBER = 1e15;
const RULE_NUMBER_MESSAGE = "must be between -1,000,000,000,000,000 and 1,000,000,000,000,000";
const Bound = z.number().min(-MAX_RULE_NUMBER, { error: RULE_NUMBER_MESSAGE }).max(MAX_RULE_NUMBER, { error: RULE_NUMBER_MESSAGE });
const Days = z.number().max(MAX_RULE_NUMBER, { error: "must be at most 1,000,000,000,000,000 days" });

const HigherRule = z
  .object({ type: z.literal("higher"), min: Bound, max: Bound })
  .strict()
  .superRefine(minBelowMax);

const LowerRule = z
  .object({ type: z.literal("lower"), min: Bound, max: Bound })
  .strict()
  .superRefine(minBelowMax);

const RangeRule = z
  .object({ type: z.literal("range"), min: Bound, idealLow: Bound, idealHigh: Bound, max: Bound })
  .strict()
  .superRefine((rule, ctx) => {
    const order = ["min", "idealLow", "idealHigh", "max"] as const;
    for (let i = 1; i < order.length; i++) {
      const low = rule[order[i - 1]];
      const high = rule[order[i]];
      if (isNum(low) && isNum(high) && high < low) {
        ctx.addIssue({
          code: "custom",
          path: [order[i]],
          message: `must be at least ${order[i - 1]} (${low}); a range needs min <= idealLow <= idealHigh <= max`,
        });
      }
    }
  });

const Score = z.number().min(0, { error: "must be a score from 0 to 100" }).max(100, { error: "must be a score from 0 to 100" });

const CategoriesRule = z
  .object({ type: z.literal("categories"), scores: z.record(z.string(), Score), otherwise: Score.optional() })
  .strict()
  .superRefine((rule, ctx) => {
    if (!rule.scores || typeof rule.scores !== "object") return;
    const keys = Object.keys(rule.scores);
    if (keys.length === 0) {
      ctx.addIssue({ code: "custom", path: ["scores"], message: "needs at least one category with its score" });
    }
    const seen = new Map<string, string>();
    for (const key of keys) {
      const normal = key.trim().toLowerCase();
      if (normal === "") {
        ctx.addIssue({ code: "custom", path: ["scores", key], message: "a category name must not be empty" });
      } else if (seen.has(normal)) {
        ctx.addIssue({
          code: "custom",
          path: ["scores", key],
          message: `is the same category as "${seen.get(normal)}" (categories ignore case and spaces)`,
        });
      } else seen.set(normal, key);
    }
  });

const RecencyRule = z
  .object({
    type: z.literal("recency"),
    fullDays: Days.min(0, { error: "must be 0 days or more" }),
    zeroDays: Days,
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (isNum(rule.fullDays) && isNum(rule.zeroDays) && rule.zeroDays <= rule.fullDays) {
      ctx.addIssue({
        code: "custom",
        path: ["zeroDays"],
        message: `must be more days than fullDays (${rule.fullDays})`,
      });
    }
  });

const RuleSchema = z.discriminatedUnion("type", [HigherRule, LowerRule, RangeRule, CategoriesRule, RecencyRule]);

const NonEmptyText = z.string().trim().min(1, { error: "must not be empty" });

const CriterionSchema = z
  .object({
    id: NonEmptyText,
    column: NonEmptyText,
    area: z.enum(["client", "fit", "market"]),
    weight: z
      .number()
      .min(0, { error: "must not be negative" })
      .max(MAX_WEIGHT, { error: "must be at most 1,000,000 (weights only count relative to each other)" }),
    rule: RuleSchema,
    knockout: z.object({ below: Score.clone() }).strict().optional(),
    missing: z.enum(["zero", "ignore"]).optional(),
  })
  .strict();

const isIntegerText = (g: unknown): boolean => typeof g === "string" && /^\s*-?\d+\s*$/.test(g);

const ScaleSchema = z
  .object({
    grades: z.array(NonEmptyText).min(2, { error: "needs at least two grades" }).max(100),
    mode: z.enum(["thresholds", "quantiles"]),
    cutoffs: z
      .array(z.number().min(0, { error: "must be between 0 and 100, the range of scores" }).max(100, {
        error: "must be between 0 and 100, the range of scores",
      }))
      .optional(),
    shares: z
      .array(z.number().gt(0, { error: "must be more than 0" }).max(1, { error: "must be at most 1 (a share of 100%)" }))
      .optional(),
  })
  .strict()
  .superRefine((scale, ctx) => checkScale(scale, ctx));

function checkScale(scale: { grades: string[]; mode: string; cutoffs?: number[]; shares?: number[] }, ctx: Ctx): void {
  const grades = Array.isArray(scale.grades) ? scale.grades : [];
  const seen = new Map<string, number>();
  grades.forEach((grade, i) => {
    const key = String(grade).trim().toLowerCase();
    if (seen.has(key)) {
      ctx.addIssue({ code: "custom", path: ["grades", i], message: `repeats grade ${seen.get(key)! + 1} ("${grade}")` });
    } else seen.set(key, i);
  });
  if (grades.length >= 2 && grades.every(isIntegerText)) {
    for (let i = 1; i < grades.length; i++) {
      if (Number(grades[i]) >= Number(grades[i - 1])) {
        ctx.addIssue({
          code: "custom",
          path: ["grades", i],
          message: `must be lower than ${grades[i - 1].trim()}: a numeric scale lists the best (highest) number first`,
        });
        break;
      }
    }
  }
  const needed = grades.length - 1;
  if (scale.mode === "thresholds") {
    if (!Array.isArray(scale.cutoffs)) {
      ctx.addIssue({ code: "custom", path: ["cutoffs"], message: `is required for thresholds: ${needed} scores, best grade's first` });
      return;
    }
    if (scale.cutoffs.length !== needed) {
      ctx.addIssue({
        code: "custom",
        path: ["cutoffs"],
        message: `needs ${needed} cutoffs for ${grades.length} grades (one between each pair of neighbouring grades), found ${scale.cutoffs.length}`,
      });
    }
    for (let i = 1; i < scale.cutoffs.length; i++) {
      const prev = scale.cutoffs[i - 1];
      const here = scale.cutoffs[i];
      if (isNum(prev) && isNum(here) && here >= prev) {
        ctx.addIssue({
          code: "custom",
          path: ["cutoffs", i],
          message: `must be lower than the cutoff before it (${prev}); cutoffs go from the best grade down`,
        });
      }
    }
  } else if (scale.mode === "quantiles") {
    if (!Array.isArray(scale.shares)) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: `is required for quantiles: ${needed} shares, best grade's first` });
      return;
    }
    if (scale.shares.length !== needed) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `needs ${needed} shares for ${grades.length} grades (the last grade takes the rest), found ${scale.shares.length}`,
      });
    }
    const sum = scale.shares.reduce((a, b) => a + (isNum(b) ? b : 0), 0);
    if (sum > 1 + 1e-9) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `add up to ${+sum.toFixed(6)}, more than 1 (100% of clients)`,
      });
    }
  }
}

const AppliesToSchema = z
  .object({
    column: NonEmptyText,
    values: z.array(NonEmptyText).min(1, { error: "needs at least one value" }),
  })
  .strict();

const ParetoSchema = z
  .object({
    value: NonEmptyText,
    effort: NonEmptyText.optional(),
    share: z
      .number()
      .gt(0, { error: "must be more than 0 and at most 1 (0.8 means 80%)" })
      .max(1, { error: "must be more than 0 and at most 1 (0.8 means 80%)" })
      .default(0.8),
  })
  .strict();

const ColumnRef = z.object({ column: NonEmptyText }).strict();

/** Renamed next steps and which grades count as a good fit (default: the better half of the scale). */
const NextStepSchema = z
  .object({
    names: z
      .object({ keep: NonEmptyText.optional(), develop: NonEmptyText.optional(), fix: NonEmptyText.optional(), reconsider: NonEmptyText.optional() })
      .strict()
      .optional(),
    goodFitGrades: z.array(NonEmptyText).min(1, { error: "needs at least one grade" }).optional(),
  })
  .strict();

/** What a client could buy; `current` is what it buys now (default: the Pareto value column). */
const PotentialSchema = z.object({ column: NonEmptyText, current: NonEmptyText.optional() }).strict();

const ColumnLimit = z.object({ column: NonEmptyText, above: z.number() }).strict();

/** Thresholds of the troublesome-client flags. */
const FlagsSchema = z
  .object({
    /** "Much effort, little value": effort share at least this many times the value share (default 2). */
    effortRatio: z.number().min(1, { error: "must be 1 or more (1 means effort share at least equal to value share)" }).optional(),
    /** Concessions: a discount above `above` (as the sheet holds it: 0.15 or 15 for 15%). */
    discount: ColumnLimit.optional(),
    /** Late payment: more than `above` days late. */
    latePayment: ColumnLimit.optional(),
  })
  .strict();

const ContactDueSchema = z
  .object({ column: NonEmptyText, days: z.number().int({ error: "must be a whole number of days" }).min(1, { error: "must be 1 day or more" }) })
  .strict();

/** "YYYY-MM-DD" naming a real calendar day (no 2023-02-30). */
export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The rating date as core's asOf: that day at 00:00 UTC (core rates by the UTC calendar day). */
export function ratingDateOf(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

const RatingDate = z.string().refine(isIsoDay, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `must be a real date written YYYY-MM-DD (e.g. 2024-06-30), not "${issue.input}"`
      : "must be a date written YYYY-MM-DD",
});

const ProfileSchema = z
  .object({
    version: z.literal(1),
    name: NonEmptyText,
    language: z.enum(["en", "nl", "de", "hu"]).optional(),
    sheet: NonEmptyText.optional(),
    locale: z.enum(["en", "nl", "de", "hu"]).optional(),
    appliesTo: AppliesToSchema.optional(),
    /** The date recency is counted to, instead of today. */
    ratingDate: RatingDate.optional(),
    scale: ScaleSchema,
    criteria: z.array(CriterionSchema).min(1, { error: "needs at least one criterion" }),
    pareto: ParetoSchema.optional(),
    nextStep: NextStepSchema.optional(),
    potential: PotentialSchema.optional(),
    flags: FlagsSchema.optional(),
    /** Good-fit clients not contacted for more than `days` are listed as contact due. */
    contactDue: ContactDueSchema.optional(),
    /** The team's own grade, compared with the computed one. */
    ownGrade: ColumnRef.optional(),
    /** Market reality check per segment. */
    segment: ColumnRef.optional(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const wanted = profile.nextStep?.goodFitGrades;
    const grades = Array.isArray(profile.scale?.grades) ? profile.scale.grades.map((g) => String(g).trim().toLowerCase()) : null;
    if (!wanted || !grades) return;
    wanted.forEach((grade, i) => {
      if (!grades.includes(grade.trim().toLowerCase())) {
        ctx.addIssue({ code: "custom", path: ["nextStep", "goodFitGrades", i], message: `"${grade}" is not a grade of the scale (${profile.scale.grades.join(", ")})` });
      }
    });
  });

export type Profile = z.output<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Criterion = Profile["criteria"][number];
export type Rule = Criterion["rule"];
export type Scale = Profile["scale"];

export interface ProfileIssue {
  path: string;
  message: string;
}
type ProfileErrorCode = "invalid-profile" | "profile-too-new";
export type ParseProfileResult =
  | { ok: true; profile: Profile }
  | { ok: false; code: ProfileErrorCode; errors: ProfileIssue[] };
export type ParseProfileSetResult =
  | { ok: true; profiles: Profile[] }
  | { ok: false; code: ProfileErrorCode; errors: ProfileIssue[] };

// ---------------------------------------------------------------- messages

function describe(value: unknown): string {
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
function plainMessage(issue: z.core.$ZodRawIssue): string {
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

function issuesOf(error: z.ZodError, prefix: PropertyKey[]): ProfileIssue[] {
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
        out.push({
          path: formatPath([...prefix, "criteria", i, "id"]),
          message: `"${key}" is already the id of criteria[${ids.get(key)}]; ids must be unique`,
        });
      } else ids.set(key, i);
    }
    const weight = (c as { weight?: unknown })?.weight;
    if (isNum(weight) && weight >= 0) weightSum += weight;
    else allWeightsValid = false;
  });
  if (allWeightsValid && weightSum === 0) {
    out.push({ path: formatPath([...prefix, "criteria"]), message: "all weights are 0; at least one criterion needs a weight above 0" });
  }
  return out;
}

function versionIssue(input: unknown, prefix: PropertyKey[]): ProfileIssue | null {
  const version = (input as { version?: unknown })?.version;
  if (typeof version === "number" && version > PROFILE_VERSION) {
    return {
      path: formatPath([...prefix, "version"]),
      message: `is ${version}, made by a newer version of Client Rater; this version reads profile version ${PROFILE_VERSION}. Update the add-in to use it`,
    };
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
      errors: [{ path: formatPath(prefix), message: `must be a profile (a group of fields), not ${describe(input)}` }],
    };
  }
  const result = ProfileSchema.safeParse(input, { error: (issue) => plainMessage(issue) });
  const errors = result.success ? [] : issuesOf(result.error, prefix);
  for (const issue of crossCriteriaIssues(input, prefix)) {
    if (!errors.some((e) => e.path === issue.path && e.message === issue.message)) errors.push(issue);
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
      errors: [{ path: "", message: `must be a profile document (a group of fields), not ${describe(input)}` }],
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
    errors.push({ path: "version", message: doc.version === undefined ? "is required (1)" : `must be 1, not ${describe(doc.version)}` });
  }
  for (const key of Object.keys(doc)) {
    if (key !== "version" && key !== "profiles") errors.push({ path: key, message: "is not a known field (check the spelling)" });
  }
  if (!Array.isArray(doc.profiles) || doc.profiles.length === 0) {
    errors.push({ path: "profiles", message: "must be a list of at least one profile" });
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
