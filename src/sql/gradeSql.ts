// Grades from the rounded score, as src/core/grading.ts and rateProfile's assignGrades give them:
// a knocked-out client gets the last grade; thresholds take the first cutoff reached; quantiles rank
// the clients with a score that are not knocked out, ties sharing a rank and so a grade.
import type { Scale } from "../core";
import { doubleLiteral as lit, stringLiteral, type Dialect } from "./dialect";

export interface GradeColumns {
  score: string;
  knocked: string;
  member: string;
  /** Quantiles only: rank among the graded pool (0 = best) and the pool's size. */
  rank: string;
  poolSize: string;
}

/** Whether a client enters the quantile ranking. */
export function inQuantilePool(c: Pick<GradeColumns, "score" | "knocked" | "member">): string {
  return `(${c.member} AND NOT ${c.knocked} AND ${c.score} IS NOT NULL)`;
}

/** The upper rank bound (exclusive) of each grade but the last: Math.round(S(g) * n + 1e-9), S summed as the core sums it. */
function quantileBounds(shares: readonly number[], poolSize: string): string[] {
  let cumulative = 0;
  return shares.map((share) => {
    cumulative += share;
    // Math.round(y) for y >= 0 is floor(y + 0.5).
    return `floor(${lit(cumulative)} * ${poolSize} + ${lit(1e-9)} + ${lit(0.5)})`;
  });
}

export function gradeSql(scale: Scale, c: GradeColumns, dialect: Dialect): string {
  const grades = scale.grades.map((g) => stringLiteral(g, dialect));
  const last = grades[grades.length - 1];
  const head = `CASE WHEN NOT ${c.member} THEN CAST(NULL AS STRING_TYPE) WHEN ${c.knocked} THEN ${last} WHEN ${c.score} IS NULL THEN CAST(NULL AS STRING_TYPE)`;
  const whens =
    scale.mode === "thresholds"
      ? (scale.cutoffs ?? []).map((cutoff, i) => `WHEN ${c.score} >= ${lit(cutoff)} THEN ${grades[i]}`)
      : quantileBounds(scale.shares ?? [], c.poolSize).map((bound, i) => `WHEN ${c.rank} < ${bound} THEN ${grades[i]}`);
  return `${head} ${whens.join(" ")} ELSE ${last} END`.replace(/STRING_TYPE/g, dialect === "spark" ? "STRING" : "VARCHAR");
}
