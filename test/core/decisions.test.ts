// The decision layer on small hand-made tables: market area, next step, growth and troublesome flags.
import { nextStepNames, parseProfile, rateClients, FLAG_DISCOUNT, FLAG_EFFORT, FLAG_LATE, FLAG_LOSS, NEXT_STEPS, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";

const options = { asOf: AS_OF, locale: "en" as const };
const headers = ["Client", "Revenue", "Competitors", "Profit", "Hours", "Discount", "Days late", "Potential"];
// Profit: a 60, b 30, c 6, d 4, e -10 -> total 90; vital few reaching 80%: a and b (90 / 90 -> a 66.7%, a+b 100%).
const rows: ClientTable["rows"] = [
  ["a", 100, 0, 60, 10, 0.05, 0, 150],
  ["b", 20, 10, 30, 80, 0.3, 45, 20],
  ["c", 90, 0, 6, 5, 0.02, 0, 400],
  ["d", 10, 10, 4, 2, 0, 0, "n/a"],
  ["e", 50, 5, -10, 3, 0.1, 90, 50],
];
const table: ClientTable = { headers, rows };
const profile = (extra: Parameters<typeof makeProfile>[0] = {}) =>
  makeProfile({
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [
      { id: "rev", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 } },
      { id: "comp", column: "Competitors", area: "market", weight: 1, rule: { type: "lower", min: 0, max: 10 } },
    ],
    pareto: { value: "Profit", effort: "Hours", share: 0.8 },
    ...extra,
  });

describe("market area", () => {
  it("scores the market criteria on their own, and leaves the other areas to theirs", () => {
    const result = rateClients(table, [profile()], options);
    expect(Array.from(result.areaScores.market)).toEqual([100, 0, 100, 0, 50]);
    expect(Array.from(result.areaScores.client)).toEqual([100, 20, 90, 10, 50]);
    expect(Number.isNaN(result.areaScores.fit[0])).toBe(true);
  });
  it("stays empty without market criteria", () => {
    const result = rateClients(table, [makeProfile()], options);
    expect(Array.from(result.areaScores.market).every(Number.isNaN)).toBe(true);
  });
});

describe("next step", () => {
  it("keeps, fixes, develops and reconsiders by fit and vital few", () => {
    // Scores: a 100 (A), b 10 (D), c 95 (A), d 5 (D), e 50 (C). Vital few: a, b.
    const result = rateClients(table, [profile()], options);
    expect(result.grades).toEqual(["A", "D", "A", "D", "C"]);
    expect(Array.from(result.nextSteps, (s) => NEXT_STEPS[s])).toEqual(["keep", "fix", "develop", "reconsider", "reconsider"]);
  });
  it("takes the profile's good-fit grades and its own names for the steps", () => {
    const own = profile({ nextStep: { goodFitGrades: ["a", "B", "C"], names: { reconsider: "Let go" } } });
    const result = rateClients(table, [own], options);
    expect(NEXT_STEPS[result.nextSteps[4]]).toBe("develop");
    expect(nextStepNames(own)).toEqual({ keep: "Keep", develop: "Develop", fix: "Fix", reconsider: "Let go" });
    expect(nextStepNames(profile({ language: "de" })).fix).toBe("Verbessern");
  });
  it("gives a knocked-out client a poor fit", () => {
    const knocked = profile({
      criteria: [{ id: "rev", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 }, knockout: { below: 95 } }],
      nextStep: { goodFitGrades: ["A", "B", "C", "D"] },
    });
    const result = rateClients(table, [knocked], options);
    expect(NEXT_STEPS[result.nextSteps[2]]).toBe("reconsider"); // c: revenue 90 < 95
    expect(NEXT_STEPS[result.nextSteps[0]]).toBe("keep");
  });
  it("refuses good-fit grades that are not on the scale", () => {
    const parsed = parseProfile({ ...profile(), nextStep: { goodFitGrades: ["A", "Z"] } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContainEqual({
        path: "nextStep.goodFitGrades[1]",
        code: "notAGrade",
        params: { grade: "Z", grades: "A, B, C, D" },
        message: '"Z" is not a grade of the scale (A, B, C, D)',
      });
  });
});

describe("growth potential", () => {
  it("writes headroom and share of wallet against the current value column", () => {
    const result = rateClients(table, [profile({ potential: { column: "Potential", current: "Revenue" } })], options);
    expect(Array.from(result.growth!.headroom)).toEqual([50, 0, 310, NaN, 0]);
    expect(result.growth!.shareOfWallet[0]).toBeCloseTo(100 / 150, 12);
    expect(result.growth!.shareOfWallet[1]).toBe(1);
  });
  it("warns when the potential column is not there", () => {
    const result = rateClients(table, [profile({ potential: { column: "Wallet" } })], options);
    expect(result.growth).toBeNull();
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "missing-column", params: { column: "Wallet", role: "potential" } }));
  });
});

describe("troublesome clients", () => {
  const flagged = profile({
    flags: { effortRatio: 2, discount: { column: "Discount", above: 0.25 }, latePayment: { column: "Days late", above: 30 } },
  });
  const result = rateClients(table, [flagged], options);
  it("names much effort for little value, concessions, late payment and losses", () => {
    // Hours 100 in all: b takes 80% of the effort for 33% of the profit; e loses money but takes 3% of the effort.
    expect(result.troubleFlags[1]).toBe(FLAG_EFFORT | FLAG_DISCOUNT | FLAG_LATE);
    expect(result.troubleFlags[4]).toBe(FLAG_LATE | FLAG_LOSS);
    expect(result.troubleFlags[0]).toBe(0);
    expect(result.flags[1]).toBe("much effort for little value, discount above limit, pays late");
    expect(result.flags[4]).toBe("pays late, loses money");
  });
  it("writes the flags in the profile's language", () => {
    const nl = rateClients(table, [{ ...flagged, language: "nl" }], options);
    expect(nl.flags[4]).toBe("betaalt te laat, verliesgevend");
  });
});
