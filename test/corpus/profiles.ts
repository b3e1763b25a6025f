// Small profile builders so each corpus case states only what differs.

const ABCD = { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] };

export function higher(column: string, min = 0, max = 100, weight = 1) {
  return { id: idOf(column), column, area: "client", weight, rule: { type: "higher", min, max } };
}

export function recency(column: string, fullDays = 30, zeroDays = 365) {
  return { id: idOf(column), column, area: "fit", weight: 1, rule: { type: "recency", fullDays, zeroDays } };
}

/** One profile: grades A-D at 80/60/40 over the given criteria, Pareto on `paretoValue` when given. */
export function profile(criteria: object[], extra: Record<string, unknown> = {}, paretoValue?: string) {
  return {
    version: 1,
    name: "Corpus",
    scale: ABCD,
    criteria,
    ...(paretoValue ? { pareto: { value: paretoValue, share: 0.8 } } : {}),
    ...extra,
  };
}

/** The usual profile: Revenue 0..100 is the score itself, Profit drives the Pareto sheet. */
export const revenueProfile = (extra: Record<string, unknown> = {}, max = 100) =>
  profile([higher("Revenue", 0, max)], extra, "Profit");

function idOf(column: string): string {
  return column.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "c";
}
