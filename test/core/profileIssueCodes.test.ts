// Every way a profile can be wrong comes back as a code with its values (profileIssueCodes.ts), which the
// panel words in the user's language; the English message stays beside it.
import { ISSUE_PARAMS, PROFILE_ISSUE_CODES, parseProfile, parseProfileSet, type ProfileIssueCode } from "../../src/core";
import { issueCodeOf } from "../../src/core/profileMessages";
import { designExample } from "./helpers";

type Raw = Record<string, any>;
interface Case {
  name: string;
  /** The profile changed from designExample(), or a whole input for parseProfileSet. */
  mutate?: (p: Raw) => void;
  set?: unknown;
  path: string;
  code: ProfileIssueCode;
  params: Record<string, unknown>;
}

const CASES: Case[] = [
  // zod's own issue kinds
  { name: "missing field", mutate: (p) => delete p.name, path: "name", code: "required", params: {} },
  { name: "infinite number", mutate: (p) => (p.criteria[0].weight = Infinity), path: "criteria[0].weight", code: "notFinite", params: {} },
  {
    name: "text for a number",
    mutate: (p) => (p.criteria[0].weight = "three"),
    path: "criteria[0].weight",
    code: "wrongType",
    params: { expected: "number", found: "text", value: "three" },
  },
  {
    name: "number for text",
    mutate: (p) => (p.name = 42),
    path: "name",
    code: "wrongType",
    params: { expected: "text", found: "number", value: 42 },
  },
  {
    name: "list for a group of fields",
    mutate: (p) => (p.pareto = []),
    path: "pareto",
    code: "wrongType",
    params: { expected: "fields", found: "list", value: "" },
  },
  {
    name: "group of fields for a list",
    mutate: (p) => (p.criteria = {}),
    path: "criteria",
    code: "wrongType",
    params: { expected: "list", found: "fields", value: "" },
  },
  { name: "fractional history", mutate: (p) => (p.history = { keep: 2.5 }), path: "history.keep", code: "notWhole", params: {} },
  { name: "negative weight", mutate: (p) => (p.criteria[0].weight = -1), path: "criteria[0].weight", code: "tooSmall", params: { min: 0 } },
  { name: "zero share", mutate: (p) => (p.pareto.share = 0), path: "pareto.share", code: "moreThan", params: { min: 0 } },
  { name: "knockout over 100", mutate: (p) => (p.criteria[2].knockout.below = 101), path: "criteria[2].knockout.below", code: "tooBig", params: { max: 100 } },
  { name: "blank column", mutate: (p) => (p.criteria[0].column = "  "), path: "criteria[0].column", code: "empty", params: {} },
  { name: "one grade", mutate: (p) => (p.scale = { grades: ["A"], mode: "thresholds", cutoffs: [] }), path: "scale.grades", code: "tooFewItems", params: { min: 2 } },
  {
    name: "101 grades",
    mutate: (p) => (p.scale = { grades: Array.from({ length: 101 }, (_, i) => `G${i}`), mode: "quantiles", shares: Array(100).fill(0.01) }),
    path: "scale.grades",
    code: "tooManyItems",
    params: { max: 100 },
  },
  {
    name: "area not offered",
    mutate: (p) => (p.criteria[0].area = "size"),
    path: "criteria[0].area",
    code: "oneOf",
    params: { options: "client, fit, market", value: "size" },
  },
  { name: "missing area", mutate: (p) => delete p.criteria[0].area, path: "criteria[0].area", code: "requiredOneOf", params: { options: "client, fit, market" } },
  {
    name: "unknown rule type",
    mutate: (p) => (p.criteria[0].rule.type = "bigger"),
    path: "criteria[0].rule.type",
    code: "unknownRuleType",
    params: { options: "higher, lower, range, categories, recency", value: "bigger" },
  },
  { name: "misspelt field", mutate: (p) => (p.criteria[0].wieght = 1), path: "criteria[0].wieght", code: "unknownField", params: { name: "wieght" } },
  // the schema's own checks
  { name: "max not above min", mutate: (p) => (p.criteria[0].rule.max = 0), path: "criteria[0].rule.max", code: "maxNotAboveMin", params: { min: 0 } },
  {
    name: "range out of order",
    mutate: (p) => (p.criteria[1].rule.idealHigh = 40),
    path: "criteria[1].rule.idealHigh",
    code: "rangeOrder",
    params: { after: "idealLow", min: 50 },
  },
  { name: "no categories", mutate: (p) => (p.criteria[2].rule.scores = {}), path: "criteria[2].rule.scores", code: "noCategories", params: {} },
  { name: "empty category", mutate: (p) => (p.criteria[2].rule.scores[" "] = 10), path: 'criteria[2].rule.scores[" "]', code: "emptyCategory", params: {} },
  {
    name: "same category twice",
    mutate: (p) => (p.criteria[2].rule.scores["aaa "] = 10),
    path: 'criteria[2].rule.scores["aaa "]',
    code: "sameCategory",
    params: { value: "aaa ", other: "AAA" },
  },
  { name: "recency out of order", mutate: (p) => (p.criteria[4].rule.zeroDays = 30), path: "criteria[4].rule.zeroDays", code: "zeroDaysOrder", params: { fullDays: 30 } },
  {
    name: "repeated grade",
    mutate: (p) => (p.scale.grades = ["A", "B", "a", "D"]),
    path: "scale.grades[2]",
    code: "repeatedGrade",
    params: { grade: "a", position: 1 },
  },
  {
    name: "numeric grades upwards",
    mutate: (p) => (p.scale.grades = ["1", "2", "3", "4"]),
    path: "scale.grades[1]",
    code: "numericGradesOrder",
    params: { grade: "2", above: "1" },
  },
  { name: "no cutoffs", mutate: (p) => delete p.scale.cutoffs, path: "scale.cutoffs", code: "cutoffsRequired", params: { count: 3 } },
  {
    name: "too few cutoffs",
    mutate: (p) => (p.scale.cutoffs = [80, 60]),
    path: "scale.cutoffs",
    code: "cutoffCount",
    params: { expected: 3, found: 2, grades: 4 },
  },
  { name: "cutoffs upwards", mutate: (p) => (p.scale.cutoffs = [80, 85, 40]), path: "scale.cutoffs[1]", code: "cutoffOrder", params: { previous: 80 } },
  { name: "no shares", mutate: (p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles" }), path: "scale.shares", code: "sharesRequired", params: { count: 2 } },
  {
    name: "too many shares",
    mutate: (p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles", shares: [0.1, 0.2, 0.3] }),
    path: "scale.shares",
    code: "shareCount",
    params: { expected: 2, found: 3, grades: 3 },
  },
  {
    name: "shares over 100%",
    mutate: (p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles", shares: [0.7, 0.45] }),
    path: "scale.shares",
    code: "sharesSum",
    params: { sum: 1.15 },
  },
  {
    name: "good fit grade off the scale",
    mutate: (p) => (p.nextStep = { goodFitGrades: ["Z"] }),
    path: "nextStep.goodFitGrades[0]",
    code: "notAGrade",
    params: { grade: "Z", grades: "A, B, C, D" },
  },
  { name: "not a date", mutate: (p) => (p.ratingDate = "31/12/2024"), path: "ratingDate", code: "notADate", params: { value: "31/12/2024" } },
  // across criteria and documents
  { name: "duplicate id", mutate: (p) => (p.criteria[3].id = "staff"), path: "criteria[3].id", code: "duplicateId", params: { id: "staff", criterion: 2 } },
  {
    name: "all weights zero",
    mutate: (p) => p.criteria.forEach((c: Raw) => (c.weight = 0)),
    path: "criteria",
    code: "allWeightsZero",
    params: {},
  },
  { name: "newer profile", mutate: (p) => (p.version = 3), path: "version", code: "tooNew", params: { version: 3, supported: 1 } },
  { name: "newer document", set: { version: 2, profiles: [designExample()] }, path: "version", code: "tooNew", params: { version: 2, supported: 1 } },
  { name: "not a profile", set: "Wholesale", path: "", code: "notAProfile", params: { found: "text", value: "Wholesale" } },
  {
    name: "a profile in the list is not one",
    set: { version: 1, profiles: [designExample(), 7] },
    path: "profiles[1]",
    code: "notAProfile",
    params: { found: "number", value: 7 },
  },
  { name: "no profiles", set: { version: 1, profiles: [] }, path: "profiles", code: "noProfiles", params: {} },
  { name: "document version missing", set: { profiles: [designExample()] }, path: "version", code: "requiredOneOf", params: { options: "1" } },
  { name: "document version wrong", set: { version: 0, profiles: [designExample()] }, path: "version", code: "oneOf", params: { options: "1", value: "0" } },
  { name: "unknown document field", set: { version: 1, profiles: [designExample()], owner: "me" }, path: "owner", code: "unknownField", params: { name: "owner" } },
];

function issuesOf(c: Case) {
  if (c.mutate) {
    const profile = designExample();
    c.mutate(profile);
    const parsed = parseProfile(profile);
    return parsed.ok ? [] : parsed.errors;
  }
  const parsed = parseProfileSet(c.set);
  return parsed.ok ? [] : parsed.errors;
}

describe("profile issue codes", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const issues = issuesOf(c);
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toContainEqual({ path: c.path, code: c.code, params: c.params });
    // The English wording stays for the command line.
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(3);
  });

  it("words zod's number and text bounds the schema does not use yet", () => {
    const base = { path: [], message: "" };
    expect(issueCodeOf({ ...base, code: "too_big", origin: "number", maximum: 5, inclusive: false, input: 6 } as never)).toEqual({ code: "lessThan", params: { max: 5 } });
    expect(issueCodeOf({ ...base, code: "too_big", origin: "string", maximum: 40, inclusive: true, input: "x".repeat(41) } as never)).toEqual({
      code: "tooLong",
      params: { max: 40 },
    });
    expect(issueCodeOf({ ...base, code: "invalid_format", format: "email", input: "x" } as never)).toEqual({ code: "invalid", params: {} });
  });

  it("has a case above for every code", () => {
    const covered = new Set<string>([...CASES.map((c) => c.code), "lessThan", "tooLong", "invalid"]);
    expect(PROFILE_ISSUE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it("gives each code exactly its declared params", () => {
    for (const c of CASES) {
      for (const issue of issuesOf(c)) {
        expect({ code: issue.code, params: Object.keys(issue.params).sort() }).toEqual({
          code: issue.code,
          params: [...(ISSUE_PARAMS[issue.code] as readonly string[])].sort(),
        });
      }
    }
  });
});
