// Grade counts and next steps come from each client's grade index (rate.ts, nextStep.ts): they must be
// what counting the grade labels and asking goodFitGrades per label give.
import { goodFitGrades, rateClients, type ClientTable } from "../../src/core";
import { nextStepOf } from "../../src/core/nextStep";
import { AS_OF, makeProfile } from "./helpers";

const options = { asOf: AS_OF, locale: "en" as const };
const headers = ["Client", "Segment", "Revenue", "Profit"];
const rows: ClientTable["rows"] = Array.from({ length: 300 }, (_, i) => [
  `c${i}`, ["Corporate", "SME", "Other"][i % 3], i % 17 === 0 ? null : (i * 37) % 101, (i * 53) % 1000 - 100,
]);
const scale = { grades: ["Top", "Good", "Fair", "Weak"], mode: "quantiles" as const, shares: [0.1, 0.3, 0.3] };

function byLabel(result: ReturnType<typeof rateClients>) {
  const counts: Record<string, number> = {};
  for (const grade of result.grades) if (grade !== "") counts[grade] = (counts[grade] ?? 0) + 1;
  return counts;
}

describe("grade counts and next steps from grade indices", () => {
  it("count every label as the labels do, across profiles that share a scale", () => {
    const corporate = makeProfile({ name: "Corporate", appliesTo: { column: "Segment", values: ["Corporate"] }, scale, pareto: { value: "Profit", share: 0.8 } });
    const rest = makeProfile({ name: "Rest", scale: { ...scale, mode: "thresholds", cutoffs: [80, 50, 20], shares: undefined } });
    const result = rateClients({ headers, rows }, [corporate, rest], options);
    expect(Object.keys(result.gradeCounts)).toEqual(scale.grades);
    expect(result.gradeCounts).toEqual({ ...Object.fromEntries(scale.grades.map((g) => [g, 0])), ...byLabel(result) });
    expect(Object.values(result.gradeCounts).reduce((a, b) => a + b, 0)).toBe(300);

    const vital = result.pareto!.vitalFewByClient;
    const profiles = [corporate, rest];
    result.grades.forEach((grade, r) => {
      const p = result.profileIndex[r];
      const goodFit = !result.knockedOut[r] && goodFitGrades(profiles[p]).includes(grade);
      expect(result.nextSteps[r]).toBe(grade === "" ? -1 : nextStepOf(goodFit, vital[r] === 1));
    });
    expect(new Set(result.nextSteps).size).toBeGreaterThan(2);
  });
});
