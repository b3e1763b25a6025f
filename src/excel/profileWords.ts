// The profile in plain words, for the "Rating profile" sheet a colleague without the add-in can read.
import type { Profile } from "../core";

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

type AnyRule = { type: string; [k: string]: unknown };

export function describeRule(rule: AnyRule): string {
  const n = (k: string) => fmt(Number(rule[k]));
  switch (rule.type) {
    case "higher":
      return `higher is better, ${n("min")} or less scores 0, ${n("max")} or more scores 100`;
    case "lower":
      return `lower is better, ${n("min")} or less scores 100, ${n("max")} or more scores 0`;
    case "range":
      return `best between ${n("idealLow")} and ${n("idealHigh")} (100), falling to 0 at ${n("min")} and at ${n("max")}`;
    case "categories": {
      const scores = Object.entries((rule.scores ?? {}) as Record<string, number>).map(([k, v]) => `${k} scores ${fmt(v)}`);
      return `by category: ${scores.join(", ")}; anything else scores ${fmt(Number(rule.otherwise ?? 0))}`;
    }
    case "recency":
      return `recent is better: within ${n("fullDays")} days scores 100, ${n("zeroDays")} days or older scores 0`;
    default:
      return `rule "${rule.type}"`;
  }
}

/** One line per criterion plus the scale and the Pareto settings. */
export function describeProfile(profile: Profile): string[][] {
  const total = profile.criteria.reduce((s, c) => s + c.weight, 0);
  const lines: string[][] = [[`Profile: ${profile.name}`]];
  const scale = profile.scale as { grades: string[]; mode: string; cutoffs?: number[]; shares?: number[] };
  if (scale.mode === "thresholds" && scale.cutoffs) {
    const parts = scale.grades.map((g, i) => (i < scale.cutoffs!.length ? `${g} from ${fmt(scale.cutoffs![i])}` : `${g} below that`));
    lines.push([`Grades (best first): ${parts.join(", ")}.`]);
  } else {
    lines.push([`Grades (best first): ${scale.grades.join(", ")}, by rank${scale.shares ? ` (shares ${scale.shares.map((s) => `${fmt(s * 100)}%`).join(", ")})` : ""}.`]);
  }
  lines.push([profile.ratingDate ? `Recent-date rules count the days up to ${profile.ratingDate}.` : "Recent-date rules count the days up to the day of rating."]);
  for (const c of profile.criteria) {
    const crit = c as typeof c & { knockout?: { below: number }; missing?: string };
    let line = `${c.id} (${c.column} column, ${c.area === "fit" ? "fit" : "client"} area): ${describeRule(c.rule as AnyRule)}; weight ${fmt(c.weight)} of ${fmt(total)}`;
    if (crit.knockout) line += `; scoring below ${fmt(crit.knockout.below)} gives the last grade`;
    if (crit.missing === "ignore") line += "; left out when missing";
    lines.push([line + "."]);
  }
  const pareto = (profile as { pareto?: { value: string; effort?: string; share?: number } }).pareto;
  if (pareto) {
    lines.push([`Pareto: by ${pareto.value}${pareto.effort ? `, effort from ${pareto.effort}` : ""}; vital few reach ${fmt((pareto.share ?? 0.8) * 100)}% of the total.`]);
  }
  return lines;
}
