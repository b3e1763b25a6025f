import type { ProfileIssue } from "../../core";
import type { MessageKey, Params, Translate } from "../i18n";

/** What describeIssue needs of the panel's I18n: its words and its number format. */
export interface IssueWords {
  t: Translate;
  formatNumber(value: number, maximumFractionDigits?: number): string;
  formatPercent(share: number): string;
}

/**
 * The profile the issue is about, as far as it is known: a parsed profile in the panel, the raw object of
 * an imported file (whose fields may have any type, so they are read with care).
 */
type ProfileLike = { criteria?: unknown; scale?: unknown } | undefined;

/** The label the panel shows on the field a profile path ends in. */
const FIELD_LABELS: Record<string, MessageKey> = {
  column: "criterion.column",
  weight: "criterion.weight",
  area: "criterion.area",
  min: "rule.min",
  max: "rule.max",
  idealLow: "rule.idealLow",
  idealHigh: "rule.idealHigh",
  fullDays: "rule.fullDays",
  zeroDays: "rule.zeroDays",
  otherwise: "rule.otherwise",
  scores: "rule.categories",
  below: "criterion.knockoutBelow",
  name: "profiles.name",
  grades: "scale.kind",
  mode: "scale.mode",
  ratingDate: "ratingDate.label",
};

/** Numbers more exact than the panel's one decimal: a bound of 0.05 must not read as 0.1. */
const ISSUE_DIGITS = 6;

function columnOf(profile: ProfileLike, index: number): string {
  const criteria = profile?.criteria;
  const column = Array.isArray(criteria) ? (criteria[index] as { column?: unknown } | undefined)?.column : undefined;
  return typeof column === "string" ? column : "";
}

function gradeOf(profile: ProfileLike, index: number): string | undefined {
  const grades = (profile?.scale as { grades?: unknown } | undefined)?.grades;
  const grade = Array.isArray(grades) ? grades[index] : undefined;
  return typeof grade === "string" ? grade : undefined;
}

/** Where the issue is, in the panel's labels: "Criterion 1: Revenue, Maximum"; "" when no label fits. */
function placeOf(parts: string[], profile: ProfileLike, t: Translate): string {
  const where: string[] = [];
  if (parts[0] === "criteria" && /^\d+$/.test(parts[1] ?? "")) {
    const index = Number(parts[1]);
    where.push(t("criterion.label", { n: index + 1, column: columnOf(profile, index) }));
  } else if (parts[0] === "scale") {
    where.push(t("scale.heading"));
  }
  const field = [...parts].reverse().find((part) => FIELD_LABELS[part]);
  const grade = parts[0] === "scale" && /^\d+$/.test(parts[2] ?? "") ? gradeOf(profile, Number(parts[2])) : undefined;
  if (parts[1] === "cutoffs" && grade !== undefined) where.push(t("scale.cutoff", { grade }));
  else if (parts[1] === "shares" && grade !== undefined) where.push(t("scale.share", { grade }));
  else if (field) where.push(t(FIELD_LABELS[field]));
  return where.join(", ");
}

/** The issue's values as the sentence shows them: numbers in the user's format, shares as percentages, kinds in words. */
function wordedParams(issue: ProfileIssue, parts: string[], words: IssueWords): Params {
  const { t } = words;
  // Shares are stored as 0.2 but shown and typed as 20% (the scale's share fields, the Pareto share).
  const isShare = issue.code === "sharesSum" || parts.includes("shares") || parts[parts.length - 1] === "share";
  const out: Params = {};
  for (const [name, value] of Object.entries(issue.params as Record<string, string | number>)) {
    out[name] = typeof value !== "number" ? value : isShare ? words.formatPercent(value) : words.formatNumber(value, ISSUE_DIGITS);
  }
  if (issue.code === "wrongType" || issue.code === "notAProfile") {
    out.found = t(`issue.found.${issue.params.found}` as const, { value: out.value ?? "" });
  }
  if (issue.code === "wrongType") out.expected = t(`issue.expected.${issue.params.expected}` as const);
  if (issue.code === "rangeOrder") out.after = t(FIELD_LABELS[issue.params.after]);
  return out;
}

/**
 * A validation issue in the words of the panel and the user's language ("Kriterium 1: Umsatz, Maximum: Muss
 * größer als das Minimum (0) sein"), not the schema path and English ("criteria[0].rule.max: must be greater
 * than min"), which mean nothing to a sales manager.
 */
export function describeIssue(issue: ProfileIssue, profile: ProfileLike, words: IssueWords): string {
  const { t } = words;
  const parts = issue.path.split(/[.[\]"]+/).filter((part) => part !== "");
  if (parts[0] === "criteria" && parts.length === 1 && (issue.code === "tooFewItems" || issue.code === "required")) {
    return t("state.noCriteria");
  }
  const message = t(`issue.${issue.code}` as const, wordedParams(issue, parts, words));
  // "Made by a newer version" says all there is; the version field is nothing the user ever sees.
  if (issue.code === "tooNew") return message;
  const place = parts.length === 1 && parts[0] === "criteria" ? t("criteria.heading") : placeOf(parts, profile, t) || issue.path;
  return place === "" ? message : t("import.fieldError", { path: place, message });
}

/**
 * An issue of a profile file ("profiles[1].criteria[0].rule.max"): described within its profile, named
 * by that profile's name when the file holds several.
 */
export function describeFileIssue(issue: ProfileIssue, document: unknown, words: IssueWords): string {
  const match = /^profiles\[(\d+)\]\.?/.exec(issue.path);
  const list = (document as { profiles?: unknown } | null)?.profiles;
  if (!match || !Array.isArray(list)) return describeIssue(issue, document as ProfileLike, words);
  const profile = list[Number(match[1])] as ProfileLike;
  const text = describeIssue({ ...issue, path: issue.path.slice(match[0].length) }, profile, words);
  const name = (profile as { name?: unknown } | undefined)?.name;
  return list.length > 1 && typeof name === "string" && name.trim() !== "" ? `${name}: ${text}` : text;
}
