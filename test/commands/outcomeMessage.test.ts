import { RaterError } from "../../src/core/errors";
import { errorMessage, outcomeMessage } from "../../src/commands/outcomeMessage";
import type { RateOutcome } from "../../src/excel";

describe("ribbon command messages", () => {
  const outcome: RateOutcome = {
    sheetName: "Clients",
    clients: 120,
    gradeCounts: { A: 10, B: 30, C: 50, D: 30 },
    gradeLabels: ["A", "B", "C", "D"],
    pareto: { value: "Profit", vitalFew: 24, vitalFewShare: 0.81, largestShare: 0.3, top20Share: 0.8, hhi: 0.1 },
    warnings: [{ code: "largest-client-share", message: "One client holds 30% of Profit." }],
    profiles: [],
    usedDefaultProfile: true,
    placement: { sheet: "Clients", firstColumn: "F", lastColumn: "M", headerRow: 1, selected: true },
  };
  it("summarises grades, Pareto and warnings", () => {
    const text = outcomeMessage(outcome);
    expect(text).toContain('Rated 120 clients on "Clients" (A: 10, B: 30, C: 50, D: 30).');
    expect(text).toContain("24 clients bring 81.0% of Profit; the largest holds 30.0%.");
    expect(text).toContain("One client holds 30% of Profit.");
    expect(text).toContain("default profile");
  });
  it("passes a RaterError's message through", () => {
    expect(errorMessage(new RaterError("sheet-protected", "Sheet \"X\" is protected."))).toBe('Sheet "X" is protected.');
    expect(errorMessage(new Error("boom"))).toMatch(/could not rate.*boom/);
  });
});
