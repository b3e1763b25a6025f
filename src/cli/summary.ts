import type { RateOutcome } from "../excel";

export interface JsonSummary {
  clients: number;
  sheet: string;
  grades: Record<string, number>;
  pareto: { value: string; vitalFew: number; vitalFewShare: number; largestShare: number; top20Share: number; hhi: number } | null;
  warnings: string[];
  profile: "file" | "stored" | "default";
  out: string;
}

export function toJsonSummary(outcome: RateOutcome, out: string, profileFromFile: boolean): JsonSummary {
  return {
    clients: outcome.clients,
    sheet: outcome.sheetName,
    grades: orderedGrades(outcome),
    pareto: outcome.pareto
      ? {
          value: outcome.pareto.value,
          vitalFew: outcome.pareto.vitalFew,
          vitalFewShare: outcome.pareto.vitalFewShare,
          largestShare: outcome.pareto.largestShare,
          top20Share: outcome.pareto.top20Share,
          hhi: outcome.pareto.hhi,
        }
      : null,
    warnings: outcome.warnings.map((w) => w.message),
    profile: profileFromFile ? "file" : outcome.usedDefaultProfile ? "default" : "stored",
    out,
  };
}

/** Grades best first, every grade of the scale listed (0 when empty), then any other label counted. */
function orderedGrades(outcome: RateOutcome): Record<string, number> {
  const grades: Record<string, number> = {};
  for (const label of outcome.gradeLabels) grades[label] = outcome.gradeCounts[label] ?? 0;
  for (const [label, count] of Object.entries(outcome.gradeCounts)) if (!(label in grades)) grades[label] = count;
  return grades;
}

export function humanSummary(s: JsonSummary): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `Rated ${s.clients} clients on sheet "${s.sheet}" with the ${s.profile === "file" ? "given" : s.profile} profile.`,
    `Grades: ${Object.entries(s.grades).map(([g, n]) => `${g || "(none)"} ${n}`).join(", ")}`,
  ];
  if (s.pareto) {
    lines.push(
      `Pareto on ${s.pareto.value}: ${s.pareto.vitalFew} clients bring ${percent(s.pareto.vitalFewShare)}; ` +
        `top 20% bring ${percent(s.pareto.top20Share)}; largest client ${percent(s.pareto.largestShare)}; HHI ${s.pareto.hhi.toFixed(4)}.`,
    );
  }
  for (const warning of s.warnings) lines.push(`Warning: ${warning}`);
  lines.push(`Wrote ${s.out}`);
  return lines.join("\n");
}
