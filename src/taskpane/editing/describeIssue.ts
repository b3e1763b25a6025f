import type { Profile, ProfileIssue } from "../../core";
import type { MessageKey, Translate } from "../i18n";

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

/**
 * A validation issue in the words of the panel ("Criterion 1: Revenue, Maximum: must be greater than min"),
 * not the schema path ("criteria[0].rule.max"), which means nothing to a sales manager.
 */
export function describeIssue(issue: ProfileIssue, profile: Profile | undefined, t: Translate): string {
  const parts = issue.path.split(/[.[\]]+/).filter((part) => part !== "");
  if (parts[0] === "criteria" && parts.length === 1) return t("state.noCriteria");
  const where: string[] = [];
  if (parts[0] === "criteria" && /^\d+$/.test(parts[1] ?? "")) {
    const index = Number(parts[1]);
    where.push(t("criterion.label", { n: index + 1, column: profile?.criteria[index]?.column ?? "" }));
  } else if (parts[0] === "scale") {
    where.push(t("scale.heading"));
  }
  const field = [...parts].reverse().find((part) => FIELD_LABELS[part]);
  const grade = parts[0] === "scale" && /^\d+$/.test(parts[2] ?? "") ? profile?.scale.grades[Number(parts[2])] : undefined;
  if (parts[1] === "cutoffs" && grade !== undefined) where.push(t("scale.cutoff", { grade }));
  else if (parts[1] === "shares" && grade !== undefined) where.push(t("scale.share", { grade }));
  else if (field) where.push(t(FIELD_LABELS[field]));
  return t("import.fieldError", { path: where.length > 0 ? where.join(", ") : issue.path, message: issue.message });
}
