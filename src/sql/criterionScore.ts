// One criterion's score (0 to 100, NULL where the value is missing) as a SQL expression, with the
// same formulas and the same order of operations as src/core/scoring.ts, so the doubles agree bit for bit.
import type { Rule } from "../core";
import { normalizeValue } from "../core/values";
import { numberKeyOf } from "./columnReads";
import { doubleLiteral as lit, integerLiteral, stringLiteral, type Dialect } from "./dialect";

/** The read a rule needs: a number, a day count or a category key of its column. */
export type ReadKind = "number" | "days" | "key";

export function readKindOf(rule: Rule, columnIsNumber: boolean): ReadKind {
  if (rule.type === "recency") return "days";
  if (rule.type === "categories") return columnIsNumber ? "number" : "key";
  return "number";
}

/** `read` is the column holding the rule's read (NULL = missing); `asOfDay` days since 1970-01-01. */
export function criterionScoreSql(rule: Rule, read: string, readKind: ReadKind, asOfDay: number, dialect: Dialect): string {
  const hundred = lit(100);
  const zero = lit(0);
  const missing = `WHEN ${read} IS NULL THEN CAST(NULL AS DOUBLE)`;
  switch (rule.type) {
    case "higher":
      return `CASE ${missing} WHEN ${read} <= ${lit(rule.min)} THEN ${zero} WHEN ${read} >= ${lit(rule.max)} THEN ${hundred} ELSE ${hundred} * (${read} - ${lit(rule.min)}) / ${lit(rule.max - rule.min)} END`;
    case "lower":
      return `CASE ${missing} WHEN ${read} <= ${lit(rule.min)} THEN ${hundred} WHEN ${read} >= ${lit(rule.max)} THEN ${zero} ELSE ${hundred} * (${lit(rule.max)} - ${read}) / ${lit(rule.max - rule.min)} END`;
    case "range":
      return (
        `CASE ${missing} WHEN ${read} >= ${lit(rule.idealLow)} AND ${read} <= ${lit(rule.idealHigh)} THEN ${hundred} ` +
        `WHEN ${read} < ${lit(rule.idealLow)} THEN CASE WHEN ${read} <= ${lit(rule.min)} THEN ${zero} ELSE ${hundred} * (${read} - ${lit(rule.min)}) / ${lit(rule.idealLow - rule.min)} END ` +
        `ELSE CASE WHEN ${read} >= ${lit(rule.max)} THEN ${zero} ELSE ${hundred} * (${lit(rule.max)} - ${read}) / ${lit(rule.max - rule.idealHigh)} END END`
      );
    case "recency": {
      const daysAgo = `(${integerLiteral(asOfDay)} - ${read})`;
      return (
        `CASE ${missing} WHEN ${daysAgo} <= ${lit(rule.fullDays)} THEN ${hundred} WHEN ${daysAgo} >= ${lit(rule.zeroDays)} THEN ${zero} ` +
        `ELSE ${hundred} * (${lit(rule.zeroDays)} - ${daysAgo}) / ${lit(rule.zeroDays - rule.fullDays)} END`
      );
    }
    case "categories": {
      // As categoryScorer builds its map: keys normalized, a later key of the same text wins.
      const scores = new Map<string, number>();
      for (const [key, score] of Object.entries(rule.scores)) scores.set(normalizeValue(key), score);
      const whens: string[] = [];
      for (const [key, score] of scores) {
        if (readKind === "key") whens.push(`WHEN ${read} = ${stringLiteral(key, dialect)} THEN ${lit(score)}`);
        else {
          const x = numberKeyOf(key);
          if (x !== null) whens.push(`WHEN ${read} = ${lit(x)} THEN ${lit(score)}`);
        }
      }
      return `CASE ${missing} ${whens.join(" ")} ELSE ${lit(rule.otherwise ?? 0)} END`;
    }
  }
}
