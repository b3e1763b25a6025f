// The short text a ribbon click reports: what was rated, or why nothing was.
import { RaterError } from "../core/errors";
import type { RateOutcome } from "../excel";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function outcomeMessage(o: RateOutcome): string {
  const grades = o.gradeLabels.map((g) => `${g}: ${o.gradeCounts[g] ?? 0}`).join(", ");
  const lines = [`Rated ${o.clients} clients on "${o.sheetName}" (${grades}).`];
  if (o.usedDefaultProfile) lines.push("No profile was stored, so a default profile was built from the headers and saved in the workbook.");
  if (o.pareto) {
    lines.push(`${o.pareto.vitalFew} clients bring ${pct(o.pareto.vitalFewShare)} of ${o.pareto.value}; the largest holds ${pct(o.pareto.largestShare)}.`);
  }
  for (const w of o.warnings.slice(0, 3)) lines.push(w.message);
  if (o.warnings.length > 3) lines.push(`And ${o.warnings.length - 3} more notes: open the panel for details.`);
  return lines.join("\n");
}

export function errorMessage(error: unknown): string {
  if (error instanceof RaterError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Client Rater could not rate this workbook: ${message}`;
}
