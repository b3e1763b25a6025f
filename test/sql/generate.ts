// A seeded generator of profiles and typed client tables for the SQL-versus-core property test: every
// rule type, blanks, unreadable and error text, NaN, knock-outs, "ignore" missing values, quantile
// scales with ties, appliesTo, Pareto with effort and the limit flags.
import type { Language, ProfileInput } from "../../src/core";
import { seededRandom } from "../../src/core/seededRandom";
import type { TypedCell, TypedColumn } from "./duckdbTable";

export interface Case {
  columns: TypedColumn[];
  profile: ProfileInput;
  asOf: string;
  language: Language;
}

export function generateCase(seed: number): Case {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const n = int(0, 60) === 0 ? int(0, 2) : int(3, 80);
  // Few distinct values make ties (in scores, values and quantile ranks) common.
  const coarse = chance(0.5);
  const numberCell = (lo: number, hi: number): TypedCell => {
    if (chance(0.08)) return null;
    if (chance(0.02)) return pick([NaN, Infinity, -Infinity]);
    if (coarse) return int(lo, hi);
    return Math.round((lo + random() * (hi - lo)) * 100) / 100;
  };
  const numbers = (name: string, lo: number, hi: number): TypedColumn => ({ name, kind: "number", values: Array.from({ length: n }, () => numberCell(lo, hi)) });
  const words = ["AAA", "aa", " A ", "BBB", "b  b", "C", "#N/A", "", "   ", "Ünïcode", "x'y\\z"];
  const text = (name: string): TypedColumn => ({ name, kind: "text", values: Array.from({ length: n }, () => (chance(0.08) ? null : pick(words))) });
  const day = () => new Date(Date.UTC(2023, 0, 1) + int(-800, 500) * 86_400_000).toISOString().slice(0, 10);
  const dates: TypedColumn = { name: "Last contact", kind: "date", values: Array.from({ length: n }, () => (chance(0.1) ? null : day())) };
  const columns: TypedColumn[] = [
    numbers("Revenue", -1000, 100000),
    numbers("Employees", 0, 400),
    numbers("Days late", 0, 90),
    text("Credit rating"),
    dates,
    numbers("Profit", -200, 5000),
    numbers("Service hours", 0, 200),
    numbers("Discount", 0, 0.4),
    { name: "Segment", kind: "text", values: Array.from({ length: n }, () => (chance(0.05) ? null : pick(["Retail", "retail ", "Corporate", "Public"]))) },
    numbers("Serial date", 40000, 46000),
  ];

  const criteria: ProfileInput["criteria"] = [];
  const count = int(1, 6);
  for (let j = 0; j < count; j++) {
    const type = pick(["higher", "lower", "range", "categories", "recency", "recency-serial", "categories-number"] as const);
    const weight = chance(0.15) ? 0 : chance(0.5) ? int(1, 5) : pick([0.5, 1.5, 0.1, 2.25, 1 / 3]);
    const area = pick(["client", "fit", "market"] as const);
    let column: string;
    let rule: ProfileInput["criteria"][number]["rule"];
    if (type === "higher" || type === "lower") {
      column = pick(["Revenue", "Employees", "Days late", "Profit", "Missing column"]);
      const min = int(-100, 100);
      rule = { type, min, max: min + pick([1, 3, 7, 100, 1000, 50000]) };
    } else if (type === "range") {
      column = pick(["Employees", "Revenue"]);
      const min = int(0, 50);
      const idealLow = min + int(0, 80);
      const idealHigh = idealLow + int(0, 100);
      rule = { type, min, idealLow, idealHigh, max: idealHigh + int(0, 200) };
    } else if (type === "categories") {
      column = "Credit rating";
      rule = { type, scores: { AAA: 100, AA: pick([85, 33.3]), "b b": 50, ünïcode: 70, "x'y\\z": 10 }, ...(chance(0.5) ? { otherwise: pick([0, 20, 12.5]) } : {}) };
    } else if (type === "categories-number") {
      column = "Employees";
      rule = { type: "categories", scores: { "10": 100, "20.5": 80, "300": 40, abc: 5 }, otherwise: 10 };
    } else {
      column = type === "recency" ? "Last contact" : "Serial date";
      const fullDays = int(0, 90);
      rule = { type: "recency", fullDays, zeroDays: fullDays + int(1, 700) };
    }
    criteria.push({
      id: `c${j}`,
      column,
      area,
      weight,
      rule,
      ...(chance(0.25) ? { knockout: { below: pick([1, 20, 50, 99]) } } : {}),
      ...(chance(0.3) ? { missing: "ignore" as const } : {}),
    });
  }
  if (criteria.every((c) => c.weight === 0)) criteria[0].weight = 1;

  const gradeSets = [["A", "B", "C", "D"], ["5", "4", "3", "2", "1"], ["Gold", "Silver"], ["1", "0"]];
  const grades = pick(gradeSets);
  const quantiles = chance(0.5);
  const scale: ProfileInput["scale"] = quantiles
    ? { grades, mode: "quantiles", shares: grades.slice(1).map(() => pick([0.1, 0.2, 0.25, 0.3, 1 / 3]) / (grades.length > 3 ? 1.5 : 1)) }
    : { grades, mode: "thresholds", cutoffs: cutoffsFor(grades.length - 1, int) };
  const profile: ProfileInput = {
    version: 1,
    name: "Generated",
    scale,
    criteria,
    ...(chance(0.8) ? { pareto: { value: pick(["Profit", "Revenue"]), ...(chance(0.6) ? { effort: "Service hours" } : {}), share: pick([0.8, 0.5, 0.95, 1]) } } : {}),
    ...(chance(0.4) ? { flags: { ...(chance(0.5) ? { effortRatio: pick([1, 2, 3.5]) } : {}), discount: { column: "Discount", above: 0.15 }, latePayment: { column: "Days late", above: 30 } } } : {}),
    ...(chance(0.2) ? { appliesTo: { column: "Segment", values: ["retail", "Public"] } } : {}),
    ...(chance(0.3) ? { nextStep: { goodFitGrades: [grades[grades.length - 1]], names: { keep: "Hold on" } } } : {}),
    ...(chance(0.5) ? { language: pick(["en", "nl", "de", "hu"] as const) } : {}),
  };
  return { columns, profile, asOf: day(), language: pick(["en", "nl", "de", "hu"] as const) };
}

/** `count` distinct cutoffs from 1 to 99, best grade's first (descending), some of them halves. */
function cutoffsFor(count: number, int: (lo: number, hi: number) => number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(int(2, 198) / 2);
  return [...chosen].sort((a, b) => b - a);
}
