import { parseProfile, type Profile, type ProfileInput } from "../../src/core";

/** A valid profile with overrides; fails the test loudly if the result does not parse. */
export function makeProfile(overrides: Partial<ProfileInput> = {}): Profile {
  const input: ProfileInput = {
    version: 1,
    name: "Test",
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [{ id: "revenue", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 } }],
    ...overrides,
  };
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(`test profile invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.profile;
}

/** The docs/DESIGN.md example profile, as a raw object to mutate in tests. */
export function designExample(): Record<string, any> {
  return {
    version: 1,
    name: "Wholesale clients",
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [
      { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100000 } },
      {
        id: "staff", column: "Employees", area: "client", weight: 1,
        rule: { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 5000 },
      },
      {
        id: "credit", column: "Credit rating", area: "client", weight: 2,
        rule: { type: "categories", scores: { AAA: 100, AA: 85, A: 70, BBB: 50 }, otherwise: 0 },
        knockout: { below: 50 },
      },
      { id: "late", column: "Days late", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 60 } },
      { id: "contact", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 } },
    ],
    pareto: { value: "Profit", effort: "Service hours", share: 0.8 },
  };
}

export const AS_OF = new Date(Date.UTC(2026, 10, 27));
