import type { NextStep } from "../core";
import type { RateOutcome } from "../excel";

export interface JsonSummary {
  clients: number;
  sheet: string;
  grades: Record<string, number>;
  /** Best first. JSON objects list integer-like keys ("1".."5") in ascending order, so `grades` cannot carry it. */
  gradeLabels: string[];
  pareto: { value: string; vitalFew: number; vitalFewShare: number; largestShare: number; top20Share: number; hhi: number } | null;
  warnings: string[];
  /** Clients per next step, by the steps' fixed keys (the sheet shows the profile's names). */
  nextSteps: Record<NextStep, number> | null;
  /** The Focus sheet's concentration and market-check warnings, in the profile's language. */
  focusWarnings: string[];
  profile: "file" | "stored" | "default";
  /** Against the latest earlier date in the workbook's rating history; null on the first rating. */
  movers: { previousDate: string; date: string; up: number; down: number; same: number; new: number; gone: number } | null;
  out: string;
}

export function toJsonSummary(outcome: RateOutcome, out: string, profileFromFile: boolean): JsonSummary {
  const gradeLabels = labelsBestFirst(outcome);
  return {
    clients: outcome.clients,
    sheet: outcome.sheetName,
    grades: Object.fromEntries(gradeLabels.map((label) => [label, outcome.gradeCounts[label] ?? 0])),
    gradeLabels,
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
    nextSteps: outcome.focus ? { ...outcome.focus.counts } : null,
    focusWarnings: outcome.focus ? outcome.focus.warnings.map((w) => w.message) : [],
    profile: profileFromFile ? "file" : outcome.usedDefaultProfile ? "default" : "stored",
    movers: outcome.movers ? { previousDate: outcome.movers.previousDate, date: outcome.movers.date, ...pick(outcome.movers.counts) } : null,
    out,
  };
}

const pick = (c: { up: number; down: number; same: number; new: number; gone: number }) => ({ up: c.up, down: c.down, same: c.same, new: c.new, gone: c.gone });

/** Every grade of the scale (0 when empty), best first, then any other label that was counted. */
function labelsBestFirst(outcome: RateOutcome): string[] {
  const others = Object.keys(outcome.gradeCounts).filter((label) => !outcome.gradeLabels.includes(label));
  return [...outcome.gradeLabels, ...others];
}

export function humanSummary(s: JsonSummary): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `Rated ${s.clients} clients on sheet "${s.sheet}" with the ${s.profile === "file" ? "given" : s.profile} profile.`,
    `Grades: ${s.gradeLabels.map((g) => `${g || "(none)"} ${s.grades[g]}`).join(", ")}`,
  ];
  if (s.pareto) {
    lines.push(
      `Pareto on ${s.pareto.value}: ${s.pareto.vitalFew} clients bring ${percent(s.pareto.vitalFewShare)}; ` +
        `top 20% bring ${percent(s.pareto.top20Share)}; largest client ${percent(s.pareto.largestShare)}; HHI ${s.pareto.hhi.toFixed(4)}.`,
    );
  }
  if (s.nextSteps) {
    const n = s.nextSteps;
    lines.push(`Next steps: keep ${n.keep}, develop ${n.develop}, fix ${n.fix}, reconsider ${n.reconsider}.`);
  }
  if (s.movers) {
    const m = s.movers;
    lines.push(`Since the rating of ${m.previousDate}: ${m.up} up, ${m.down} down, ${m.same} unchanged, ${m.new} new, ${m.gone} gone.`);
  }
  for (const warning of s.warnings) lines.push(`Warning: ${warning}`);
  for (const warning of s.focusWarnings) lines.push(`Focus: ${warning}`);
  lines.push(`Wrote ${s.out}`);
  return lines.join("\n");
}
