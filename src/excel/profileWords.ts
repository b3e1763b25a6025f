// The profile as a table, for the "Rating profile" sheet a colleague without the add-in can read:
// a few lines about the profile, one row per criterion (name, column, area, rule in words, weight,
// share of the score) and a small table per category rule.
import type { Criterion, Profile } from "../core";
import type { ColumnKey } from "../core/headers";
import type { Language } from "../core/labels";
import type { OutCell } from "./blockWriter";
import { fill, sheetWords, textNumbers, vitalFewParams } from "./sheetWords";

type AnyRule = { type: string; [k: string]: unknown };

/** Columns of the criterion table: name, column, area, rule, weight, share. */
export const PROFILE_TABLE_WIDTH = 6;

type RowKind = "profile" | "header" | "line";

export interface SheetRow {
  kind: RowKind;
  values: OutCell[];
  formats: string[];
}

/** The rule in words, numbers as the language writes them (100,000 / 100.000 / 100 000). */
export function describeRule(rule: AnyRule, language?: Language): string {
  const words = sheetWords(language).profile.rules;
  const { number } = textNumbers(language);
  const params: Record<string, string> = {};
  for (const key of ["min", "max", "idealLow", "idealHigh", "fullDays", "zeroDays"]) if (typeof rule[key] === "number") params[key] = number(rule[key] as number);
  params.otherwise = number(Number(rule.otherwise ?? 0));
  const template = (words as Record<string, string>)[rule.type];
  return template ? fill(template, params) : rule.type;
}

/** What a colleague calls the criterion: the default profile's ids get a name, others go by their column. */
function criterionName(criterion: Pick<Criterion, "id" | "column">, language?: Language): string {
  return sheetWords(language).profile.criterionNames[criterion.id as ColumnKey] ?? criterion.column;
}

const text = (value: string): { value: string; format: string } => ({ value, format: "@" });

function row(kind: RowKind, cells: { value: OutCell; format: string }[]): SheetRow {
  const values: OutCell[] = cells.map((c) => c.value);
  const formats = cells.map((c) => c.format);
  while (values.length < PROFILE_TABLE_WIDTH) {
    values.push("");
    formats.push("@");
  }
  return { kind, values, formats };
}

/** The profile's rows: its lines, the criterion table, then one small table per category rule. */
export function describeProfile(profile: Profile, language?: Language): SheetRow[] {
  const w = sheetWords(language).profile;
  const { number, percent } = textNumbers(language);
  const line = (label: string, value: string) => row("line", [text(label), text(value)]);
  const rows: SheetRow[] = [row("profile", [text(w.profile), text(profile.name)])];

  if (profile.appliesTo) {
    const values = profile.appliesTo.values.join(` ${w.or} `);
    rows.push(line(w.appliesTo, fill(w.appliesWhere, { column: profile.appliesTo.column, values })));
  }
  rows.push(line(w.grades, gradesInWords(profile, language)));
  const date = profile.ratingDate ? fill(w.ratingDateFixed, { date: formatDay(profile.ratingDate, language) }) : w.ratingDateToday;
  rows.push(line(w.ratingDate, date));
  if (profile.pareto) {
    const p = profile.pareto;
    const by = fill(w.paretoBy, { ...vitalFewParams(language), value: p.value, target: percent(p.share ?? 0.8) });
    rows.push(line(w.pareto, by + (p.effort ? fill(w.paretoEffort, { effort: p.effort }) : "")));
  }

  rows.push(row("line", []));
  rows.push(row("header", [w.criterion, w.column, w.area, w.rule, w.weight, w.share].map(text)));
  const total = profile.criteria.reduce((s, c) => s + c.weight, 0);
  for (const c of profile.criteria) {
    let rule = describeRule(c.rule as AnyRule, language);
    if (c.knockout) rule += `; ${fill(w.knockout, { below: number(c.knockout.below) })}`;
    if (c.missing === "ignore") rule += `; ${w.leftOutWhenMissing}`;
    rows.push(
      row("line", [
        text(criterionName(c, language)),
        text(c.column),
        text(c.area === "fit" ? w.areaFit : c.area === "market" ? w.areaMarket : w.areaClient),
        text(rule),
        { value: c.weight, format: "General" },
        { value: total > 0 ? c.weight / total : 0, format: "0%" },
      ]),
    );
  }

  for (const c of profile.criteria) {
    if (c.rule.type !== "categories") continue;
    rows.push(row("line", []));
    rows.push(row("header", [text(fill(w.categoryValue, { criterion: criterionName(c, language) })), text(w.points)]));
    for (const [key, score] of Object.entries(c.rule.scores)) rows.push(row("line", [text(key), { value: score, format: "General" }]));
    rows.push(row("line", [text(w.anyOtherValue), { value: c.rule.otherwise ?? 0, format: "General" }]));
  }
  return rows;
}

function gradesInWords(profile: Profile, language?: Language): string {
  const w = sheetWords(language).profile;
  const { number, percent } = textNumbers(language);
  const { grades, cutoffs, shares } = profile.scale as { grades: string[]; cutoffs?: number[]; shares?: number[] };
  if (profile.scale.mode === "thresholds" && cutoffs) {
    const parts = grades.map((grade, i) =>
      i < cutoffs.length ? fill(w.gradeFrom, { grade, cutoff: number(cutoffs[i]) }) : fill(w.gradeBelow, { grade, cutoff: number(cutoffs[cutoffs.length - 1]) }),
    );
    return parts.join(", ");
  }
  const parts = grades.map((grade, i) => (shares && i < shares.length ? fill(w.gradeShare, { grade, share: percent(shares[i]) }) : fill(w.gradeRest, { grade })));
  return fill(w.byRank, { list: parts.join(", ") });
}

/** "2023-01-15" as the language writes a date (Jan 15, 2023 / 15 jan 2023 / 15.01.2023 / 2023. jan. 15.). */
function formatDay(iso: string, language?: Language): string {
  const [y, m, d] = iso.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(sheetWords(language).numberLocale, { dateStyle: "medium", timeZone: "UTC" }).format(day);
}
