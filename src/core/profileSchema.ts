// Profile format version 1: the zod schema, its limits and the types derived from it. Parsing with
// plain-English messages is in profile.ts and profileMessages.ts.
// zod/mini, the functional API: only the checks used here end up in the task pane bundle.
import { z } from "zod/mini";
import { coded } from "./profileIssueCodes";

export const PROFILE_VERSION = 1;
/** Larger weights add nothing (only their ratios count) and could overflow the weighted sum. */
const MAX_WEIGHT = 1_000_000;
export const RULE_TYPES = ["higher", "lower", "range", "categories", "recency"] as const;

type Ctx = z.core.$RefinementCtx;
export const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function minBelowMax(rule: { min: number; max: number }, ctx: Ctx): void {
  if (isNum(rule.min) && isNum(rule.max) && rule.min >= rule.max) {
    ctx.addIssue({ code: "custom", path: ["max"], message: `must be greater than min (${rule.min})`, params: coded("maxNotAboveMin", { min: rule.min }) });
  }
}

/**
 * Rule bounds: 10^15 is past any amount Excel shows exactly (15 digits), and keeps 100 * (x - min)
 * finite for every value between the bounds (1e308 overflowed to a score of Infinity).
 */
export const MAX_RULE_NUMBER = 1e15;
const RULE_NUMBER_MESSAGE = "must be between -1,000,000,000,000,000 and 1,000,000,000,000,000";
const Bound = z.number().check(z.gte(-MAX_RULE_NUMBER, { error: RULE_NUMBER_MESSAGE }), z.lte(MAX_RULE_NUMBER, { error: RULE_NUMBER_MESSAGE }));
const Days = z.number().check(z.lte(MAX_RULE_NUMBER, { error: "must be at most 1,000,000,000,000,000 days" }));

const HigherRule = z
  .strictObject({ type: z.literal("higher"), min: Bound, max: Bound })
  .check(z.superRefine(minBelowMax));

const LowerRule = z
  .strictObject({ type: z.literal("lower"), min: Bound, max: Bound })
  .check(z.superRefine(minBelowMax));

const RangeRule = z
  .strictObject({ type: z.literal("range"), min: Bound, idealLow: Bound, idealHigh: Bound, max: Bound })
  .check(z.superRefine((rule, ctx) => {
    const order = ["min", "idealLow", "idealHigh", "max"] as const;
    for (let i = 1; i < order.length; i++) {
      const low = rule[order[i - 1]];
      const high = rule[order[i]];
      if (isNum(low) && isNum(high) && high < low) {
        ctx.addIssue({
          code: "custom",
          path: [order[i]],
          message: `must be at least ${order[i - 1]} (${low}); a range needs min <= idealLow <= idealHigh <= max`,
          params: coded("rangeOrder", { after: order[i - 1] as "min" | "idealLow" | "idealHigh", min: low }),
        });
      }
    }
  }));

const Score = z.number().check(z.gte(0, { error: "must be a score from 0 to 100" }), z.lte(100, { error: "must be a score from 0 to 100" }));

const CategoriesRule = z
  .strictObject({ type: z.literal("categories"), scores: z.record(z.string(), Score), otherwise: z.optional(Score) })
  .check(z.superRefine((rule, ctx) => {
    if (!rule.scores || typeof rule.scores !== "object") return;
    const keys = Object.keys(rule.scores);
    if (keys.length === 0) {
      ctx.addIssue({ code: "custom", path: ["scores"], message: "needs at least one category with its score", params: coded("noCategories", {}) });
    }
    const seen = new Map<string, string>();
    for (const key of keys) {
      const normal = key.trim().toLowerCase();
      if (normal === "") {
        ctx.addIssue({ code: "custom", path: ["scores", key], message: "a category name must not be empty", params: coded("emptyCategory", {}) });
      } else if (seen.has(normal)) {
        ctx.addIssue({
          code: "custom",
          path: ["scores", key],
          message: `is the same category as "${seen.get(normal)}" (categories ignore case and spaces)`,
          params: coded("sameCategory", { value: key, other: seen.get(normal)! }),
        });
      } else seen.set(normal, key);
    }
  }));

const RecencyRule = z
  .strictObject({
    type: z.literal("recency"),
    fullDays: Days.check(z.gte(0, { error: "must be 0 days or more" })),
    zeroDays: Days,
  })
  .check(z.superRefine((rule, ctx) => {
    if (isNum(rule.fullDays) && isNum(rule.zeroDays) && rule.zeroDays <= rule.fullDays) {
      ctx.addIssue({
        code: "custom",
        path: ["zeroDays"],
        message: `must be more days than fullDays (${rule.fullDays})`,
        params: coded("zeroDaysOrder", { fullDays: rule.fullDays }),
      });
    }
  }));

const RuleSchema = z.discriminatedUnion("type", [HigherRule, LowerRule, RangeRule, CategoriesRule, RecencyRule]);

const NonEmptyText = z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }));

const CriterionSchema = z.strictObject({
  id: NonEmptyText,
  column: NonEmptyText,
  area: z.enum(["client", "fit", "market"]),
  weight: z
    .number()
    .check(
      z.gte(0, { error: "must not be negative" }),
      z.lte(MAX_WEIGHT, { error: "must be at most 1,000,000 (weights only count relative to each other)" }),
    ),
  rule: RuleSchema,
  knockout: z.optional(z.strictObject({ below: Score.clone() })),
  missing: z.optional(z.enum(["zero", "ignore"])),
});

const isIntegerText = (g: unknown): boolean => typeof g === "string" && /^\s*-?\d+\s*$/.test(g);

const ScaleSchema = z
  .strictObject({
    grades: z.array(NonEmptyText).check(z.minLength(2, { error: "needs at least two grades" }), z.maxLength(100)),
    mode: z.enum(["thresholds", "quantiles"]),
    cutoffs: z.optional(
      z.array(
        z.number().check(
          z.gte(0, { error: "must be between 0 and 100, the range of scores" }),
          z.lte(100, { error: "must be between 0 and 100, the range of scores" }),
        ),
      ),
    ),
    shares: z.optional(
      z.array(z.number().check(z.gt(0, { error: "must be more than 0" }), z.lte(1, { error: "must be at most 1 (a share of 100%)" }))),
    ),
  })
  .check(z.superRefine((scale, ctx) => checkScale(scale, ctx)));

function checkScale(scale: { grades: string[]; mode: string; cutoffs?: number[]; shares?: number[] }, ctx: Ctx): void {
  const grades = Array.isArray(scale.grades) ? scale.grades : [];
  const seen = new Map<string, number>();
  grades.forEach((grade, i) => {
    const key = String(grade).trim().toLowerCase();
    if (seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["grades", i],
        message: `repeats grade ${seen.get(key)! + 1} ("${grade}")`,
        params: coded("repeatedGrade", { grade: String(grade), position: seen.get(key)! + 1 }),
      });
    } else seen.set(key, i);
  });
  if (grades.length >= 2 && grades.every(isIntegerText)) {
    for (let i = 1; i < grades.length; i++) {
      if (Number(grades[i]) >= Number(grades[i - 1])) {
        ctx.addIssue({
          code: "custom",
          path: ["grades", i],
          message: `must be lower than ${grades[i - 1].trim()}: a numeric scale lists the best (highest) number first`,
          params: coded("numericGradesOrder", { grade: grades[i].trim(), above: grades[i - 1].trim() }),
        });
        break;
      }
    }
  }
  const needed = grades.length - 1;
  if (scale.mode === "thresholds") {
    if (!Array.isArray(scale.cutoffs)) {
      ctx.addIssue({ code: "custom", path: ["cutoffs"], message: `is required for thresholds: ${needed} scores, best grade's first`, params: coded("cutoffsRequired", { count: needed }) });
      return;
    }
    if (scale.cutoffs.length !== needed) {
      ctx.addIssue({
        code: "custom",
        path: ["cutoffs"],
        message: `needs ${needed} cutoffs for ${grades.length} grades (one between each pair of neighbouring grades), found ${scale.cutoffs.length}`,
        params: coded("cutoffCount", { expected: needed, found: scale.cutoffs.length, grades: grades.length }),
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
          params: coded("cutoffOrder", { previous: prev }),
        });
      }
    }
  } else if (scale.mode === "quantiles") {
    if (!Array.isArray(scale.shares)) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: `is required for quantiles: ${needed} shares, best grade's first`, params: coded("sharesRequired", { count: needed }) });
      return;
    }
    if (scale.shares.length !== needed) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `needs ${needed} shares for ${grades.length} grades (the last grade takes the rest), found ${scale.shares.length}`,
        params: coded("shareCount", { expected: needed, found: scale.shares.length, grades: grades.length }),
      });
    }
    const sum = scale.shares.reduce((a, b) => a + (isNum(b) ? b : 0), 0);
    if (sum > 1 + 1e-9) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `add up to ${+sum.toFixed(6)}, more than 1 (100% of clients)`,
        params: coded("sharesSum", { sum: +sum.toFixed(6) }),
      });
    }
  }
}

const AppliesToSchema = z.strictObject({
  column: NonEmptyText,
  values: z.array(NonEmptyText).check(z.minLength(1, { error: "needs at least one value" })),
});

const ParetoSchema = z.strictObject({
  value: NonEmptyText,
  effort: z.optional(NonEmptyText),
  share: z._default(
    z
      .number()
      .check(
        z.gt(0, { error: "must be more than 0 and at most 1 (0.8 means 80%)" }),
        z.lte(1, { error: "must be more than 0 and at most 1 (0.8 means 80%)" }),
      ),
    0.8,
  ),
});

const ColumnRef = z.strictObject({ column: NonEmptyText });

/** Renamed next steps and which grades count as a good fit (default: the better half of the scale). */
const NextStepSchema = z.strictObject({
  names: z.optional(
    z.strictObject({
      keep: z.optional(NonEmptyText),
      develop: z.optional(NonEmptyText),
      fix: z.optional(NonEmptyText),
      reconsider: z.optional(NonEmptyText),
    }),
  ),
  goodFitGrades: z.optional(z.array(NonEmptyText).check(z.minLength(1, { error: "needs at least one grade" }))),
});

/** What a client could buy; `current` is what it buys now (default: the Pareto value column). */
const PotentialSchema = z.strictObject({ column: NonEmptyText, current: z.optional(NonEmptyText) });

const ColumnLimit = z.strictObject({ column: NonEmptyText, above: z.number() });

/** Most rating dates the history sheet keeps (two columns each, within Excel's 16,384 columns). */
const MAX_HISTORY_RUNS = 1000;
export const DEFAULT_HISTORY_RUNS = 24;
/** How many rating dates the "Rating history" sheet keeps; older ones are dropped with a note. */
const HistorySchema = z.strictObject({
  keep: z.number().check(z.int({ error: "must be a whole number" }), z.gte(1), z.lte(MAX_HISTORY_RUNS)),
});

/** Thresholds of the troublesome-client flags. */
const FlagsSchema = z.strictObject({
  /** "Much effort, little value": effort share at least this many times the value share (default 2). */
  effortRatio: z.optional(
    z.number().check(z.gte(1, { error: "must be 1 or more (1 means effort share at least equal to value share)" })),
  ),
  /** Concessions: a discount above `above` (as the sheet holds it: 0.15 or 15 for 15%). */
  discount: z.optional(ColumnLimit),
  /** Late payment: more than `above` days late. */
  latePayment: z.optional(ColumnLimit),
});

const ContactDueSchema = z.strictObject({
  column: NonEmptyText,
  days: z.number().check(z.int({ error: "must be a whole number of days" }), z.gte(1, { error: "must be 1 day or more" })),
});

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

const RatingDate = z.string().check(
  z.refine(isIsoDay, {
    error: (issue) =>
      typeof issue.input === "string"
        ? `must be a real date written YYYY-MM-DD (e.g. 2024-06-30), not "${issue.input}"`
        : "must be a date written YYYY-MM-DD",
    // The text is filled in from the issue's input by profileMessages.ts: these params are fixed per schema.
    params: coded("notADate", { value: "" }),
  }),
);

export const ProfileSchema = z
  .strictObject({
    version: z.literal(1),
    name: NonEmptyText,
    language: z.optional(z.enum(["en", "nl", "de", "hu"])),
    sheet: z.optional(NonEmptyText),
    locale: z.optional(z.enum(["en", "nl", "de", "hu"])),
    appliesTo: z.optional(AppliesToSchema),
    /** The date recency is counted to, instead of today. */
    ratingDate: z.optional(RatingDate),
    scale: ScaleSchema,
    criteria: z.array(CriterionSchema).check(z.minLength(1, { error: "needs at least one criterion" })),
    pareto: z.optional(ParetoSchema),
    nextStep: z.optional(NextStepSchema),
    potential: z.optional(PotentialSchema),
    flags: z.optional(FlagsSchema),
    /** Good-fit clients not contacted for more than `days` are listed as contact due. */
    contactDue: z.optional(ContactDueSchema),
    /** The team's own grade, compared with the computed one. */
    ownGrade: z.optional(ColumnRef),
    /** Market reality check per segment. */
    segment: z.optional(ColumnRef),
    /** The column the rating history follows clients by (else a recognised ID header, else the name). */
    clientId: z.optional(ColumnRef),
    history: z.optional(HistorySchema),
  })
  .check(z.superRefine((profile, ctx) => {
    const wanted = profile.nextStep?.goodFitGrades;
    const grades = Array.isArray(profile.scale?.grades) ? profile.scale.grades.map((g) => String(g).trim().toLowerCase()) : null;
    if (!wanted || !grades) return;
    wanted.forEach((grade, i) => {
      if (!grades.includes(grade.trim().toLowerCase())) {
        ctx.addIssue({
          code: "custom",
          path: ["nextStep", "goodFitGrades", i],
          message: `"${grade}" is not a grade of the scale (${profile.scale.grades.join(", ")})`,
          params: coded("notAGrade", { grade, grades: profile.scale.grades.join(", ") }),
        });
      }
    });
  }));

export type Profile = z.output<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Criterion = Profile["criteria"][number];
export type Rule = Criterion["rule"];
export type Scale = Profile["scale"];
