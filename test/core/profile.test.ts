import { parseProfile, parseProfileSet, formatPath } from "../../src/core";
import { designExample } from "./helpers";

function errorsOf(mutate: (p: Record<string, any>) => void) {
  const profile = designExample();
  mutate(profile);
  const result = parseProfile(profile);
  if (result.ok) throw new Error("expected the profile to be rejected");
  return result.errors;
}

function expectRejected(mutate: (p: Record<string, any>) => void, path: string, message: RegExp) {
  const errors = errorsOf(mutate);
  expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringMatching(message) })]));
  // Our own words, never zod's defaults.
  for (const e of errors) expect(e.message).not.toMatch(/Invalid input|Too small|Too big|expected .* received/);
}

describe("parseProfile", () => {
  it("accepts the DESIGN.md example and fills the Pareto share default", () => {
    const raw = designExample();
    delete raw.pareto.share;
    const result = parseProfile(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.profile.criteria).toHaveLength(5);
      expect(result.profile.pareto?.share).toBe(0.8);
    }
  });

  it("accepts the optional fields of CONTRACTS.md", () => {
    const raw = designExample();
    Object.assign(raw, { language: "hu", sheet: "Clients", locale: "de", appliesTo: { column: "Segment", values: ["Corporate"] } });
    raw.criteria[0].missing = "ignore";
    expect(parseProfile(raw).ok).toBe(true);
  });

  it("rejects an unknown rule type at rule.type", () => {
    expectRejected((p) => (p.criteria[2].rule = { type: "between", min: 1 }), "criteria[2].rule.type", /"between" is not a rule type/);
  });
  it("rejects a missing rule type", () => {
    expectRejected((p) => delete p.criteria[1].rule.type, "criteria[1].rule.type", /is required/);
  });
  it("rejects a negative weight", () => {
    expectRejected((p) => (p.criteria[3].weight = -1), "criteria[3].weight", /must not be negative/);
  });
  it("rejects a weight above 1,000,000, which would overflow the weighted sum (1e308 left every grade blank)", () => {
    expectRejected((p) => (p.criteria[1].weight = 1e308), "criteria[1].weight", /must be at most 1,000,000/);
    expectRejected((p) => (p.criteria[1].weight = 1_000_001), "criteria[1].weight", /must be at most 1,000,000/);
  });
  it("rejects an infinite weight (JSON's 1e999) in plain words", () => {
    expectRejected((p) => (p.criteria[0].weight = JSON.parse("1e999")), "criteria[0].weight", /must be a finite number; this one is too large/);
  });
  it("accepts a weight of exactly 1,000,000", () => {
    const p = designExample();
    p.criteria[0].weight = 1_000_000;
    expect(parseProfile(p).ok).toBe(true);
  });
  it("rejects rule bounds past 10^15, where 100 * (value - min) would overflow to an Infinity score", () => {
    expectRejected((p) => (p.criteria[0].rule.max = 1e308), "criteria[0].rule.max", /must be between -1,000,000,000,000,000 and 1,000,000,000,000,000/);
    expectRejected((p) => (p.criteria[1].rule.min = -1e16), "criteria[1].rule.min", /must be between/);
    expectRejected((p) => (p.criteria[4].rule.zeroDays = 1e308), "criteria[4].rule.zeroDays", /at most 1,000,000,000,000,000 days/);
  });
  it("rejects weights that are all zero", () => {
    expectRejected((p) => p.criteria.forEach((c: any) => (c.weight = 0)), "criteria", /weight above 0/);
  });
  it("rejects a weight that is text", () => {
    expectRejected((p) => (p.criteria[0].weight = "3"), "criteria[0].weight", /must be a number, not the text "3"/);
  });
  it("rejects cutoffs that do not go down", () => {
    expectRejected((p) => (p.scale.cutoffs = [80, 80, 40]), "scale.cutoffs[1]", /lower than the cutoff before it/);
    expectRejected((p) => (p.scale.cutoffs = [40, 60, 80]), "scale.cutoffs[1]", /lower than the cutoff before it/);
  });
  it("rejects the wrong number of cutoffs", () => {
    expectRejected((p) => (p.scale.cutoffs = [80, 60]), "scale.cutoffs", /needs 3 cutoffs for 4 grades.*found 2/);
  });
  it("rejects thresholds without cutoffs", () => {
    expectRejected((p) => delete p.scale.cutoffs, "scale.cutoffs", /is required/);
  });
  it("rejects cutoffs outside the 0..100 score range", () => {
    expectRejected((p) => (p.scale.cutoffs = [120, 60, 40]), "scale.cutoffs[0]", /between 0 and 100/);
    expectRejected((p) => (p.scale.cutoffs = [80, 60, -5]), "scale.cutoffs[2]", /between 0 and 100/);
  });
  it("rejects a numeric scale whose cutoffs do not fit", () => {
    expectRejected(
      (p) => (p.scale = { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: [90, 70, 150, 30] }),
      "scale.cutoffs[2]",
      /between 0 and 100/,
    );
    expectRejected(
      (p) => (p.scale = { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: [90, 70, 50] }),
      "scale.cutoffs",
      /needs 4 cutoffs/,
    );
  });
  it("rejects a numeric scale listed worst first", () => {
    expectRejected((p) => (p.scale.grades = ["1", "2", "3", "4"]), "scale.grades[1]", /best \(highest\) number first/);
  });
  it("rejects repeated grades", () => {
    expectRejected((p) => (p.scale.grades = ["A", "B", "a", "D"]), "scale.grades[2]", /repeats grade 1/);
  });
  it("rejects quantile shares of the wrong count or summing over 1", () => {
    expectRejected((p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles", shares: [0.2] }), "scale.shares", /needs 2 shares/);
    expectRejected((p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles", shares: [0.6, 0.5] }), "scale.shares", /add up to 1\.1/);
    expectRejected((p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles", shares: [0, 0.5] }), "scale.shares[0]", /more than 0/);
    expectRejected((p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles" }), "scale.shares", /is required/);
  });
  it("accepts quantile shares summing to exactly 1", () => {
    const raw = designExample();
    raw.scale = { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.5] };
    expect(parseProfile(raw).ok).toBe(true);
  });
  it("rejects duplicate criterion ids", () => {
    expectRejected((p) => (p.criteria[3].id = "revenue"), "criteria[3].id", /already the id of criteria\[0\]/);
  });
  it.each([
    [{ min: 60, idealLow: 50, idealHigh: 500, max: 5000 }, "idealLow", /at least min \(60\)/],
    [{ min: 5, idealLow: 600, idealHigh: 500, max: 5000 }, "idealHigh", /at least idealLow \(600\)/],
    [{ min: 5, idealLow: 50, idealHigh: 500, max: 400 }, "max", /at least idealHigh \(500\)/],
  ])("rejects a range out of order (%p)", (bounds, field, message) => {
    expectRejected((p) => Object.assign(p.criteria[1].rule, bounds), `criteria[1].rule.${field}`, message);
  });
  it("rejects higher and lower rules with min >= max", () => {
    expectRejected((p) => (p.criteria[0].rule.max = 0), "criteria[0].rule.max", /greater than min \(0\)/);
    expectRejected((p) => (p.criteria[3].rule = { type: "lower", min: 60, max: 10 }), "criteria[3].rule.max", /greater than min/);
  });
  it("rejects recency with fullDays >= zeroDays", () => {
    expectRejected((p) => (p.criteria[4].rule.fullDays = 365), "criteria[4].rule.zeroDays", /more days than fullDays \(365\)/);
    expectRejected((p) => (p.criteria[4].rule.fullDays = -1), "criteria[4].rule.fullDays", /0 days or more/);
  });
  it("rejects a knockout outside 0..100", () => {
    expectRejected((p) => (p.criteria[2].knockout.below = 101), "criteria[2].knockout.below", /score from 0 to 100/);
    expectRejected((p) => (p.criteria[2].knockout.below = -1), "criteria[2].knockout.below", /score from 0 to 100/);
  });
  it("rejects category scores out of range and duplicate categories", () => {
    expectRejected((p) => (p.criteria[2].rule.scores.AAA = 120), "criteria[2].rule.scores.AAA", /score from 0 to 100/);
    expectRejected((p) => (p.criteria[2].rule.scores["aaa "] = 10), 'criteria[2].rule.scores["aaa "]', /same category as "AAA"/);
    expectRejected((p) => (p.criteria[2].rule.scores = {}), "criteria[2].rule.scores", /at least one category/);
  });
  it("rejects an unknown area, missing mode and misspelled fields", () => {
    expectRejected((p) => (p.criteria[0].area = "markets"), "criteria[0].area", /one of "client", "fit", "market"/);
    expectRejected((p) => (p.criteria[0].missing = "skip"), "criteria[0].missing", /one of "zero", "ignore"/);
    expectRejected((p) => (p.criteria[0].wieght = 2), "criteria[0].wieght", /not a known field/);
    expectRejected((p) => (p.criteria[0].rule.maximum = 2), "criteria[0].rule.maximum", /not a known field/);
  });
  it("rejects empty names, empty criteria, a bad language and a bad Pareto share", () => {
    expectRejected((p) => (p.name = "  "), "name", /must not be empty/);
    expectRejected((p) => (p.criteria = []), "criteria", /at least one criterion/);
    expectRejected((p) => (p.language = "fr"), "language", /one of "en", "nl", "de", "hu"/);
    expectRejected((p) => (p.pareto.share = 1.5), "pareto.share", /at most 1/);
    expectRejected((p) => (p.appliesTo = { column: "Segment", values: [] }), "appliesTo.values", /at least one value/);
  });
  it("rejects a version other than 1, with its own code for newer versions", () => {
    expectRejected((p) => (p.version = 0), "version", /must be 1/);
    expectRejected((p) => delete p.version, "version", /is required/);
    const newer = designExample();
    newer.version = 2;
    expect(parseProfile(newer)).toMatchObject({ ok: false, code: "profile-too-new", errors: [{ path: "version" }] });
  });
  it("reports every wrong field at once, never throwing", () => {
    const errors = errorsOf((p) => {
      p.criteria[0].weight = -2;
      p.criteria[2].rule.type = "nope";
      p.scale.cutoffs = [10, 20, 30];
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["criteria[0].weight", "criteria[2].rule.type", "scale.cutoffs[1]", "scale.cutoffs[2]"]),
    );
    for (const junk of [null, 42, "text", [], undefined]) expect(parseProfile(junk).ok).toBe(false);
  });
});

describe("parseProfileSet", () => {
  it("reads the stored document and a bare profile", () => {
    const stored = parseProfileSet({ version: 1, profiles: [designExample(), { ...designExample(), name: "Second" }] });
    expect(stored.ok && stored.profiles.map((p) => p.name)).toEqual(["Wholesale clients", "Second"]);
    const bare = parseProfileSet(designExample());
    expect(bare.ok && bare.profiles).toHaveLength(1);
  });
  it("prefixes paths with the profile's place", () => {
    const second = designExample();
    second.criteria[1].rule.max = 1;
    const result = parseProfileSet({ version: 1, profiles: [designExample(), second] });
    expect(result).toMatchObject({ ok: false, code: "invalid-profile" });
    if (!result.ok) expect(result.errors[0].path).toBe("profiles[1].criteria[1].rule.max");
  });
  it("says too new for a newer document or profile", () => {
    expect(parseProfileSet({ version: 3, profiles: [] })).toMatchObject({ ok: false, code: "profile-too-new" });
    const newer = { ...designExample(), version: 2 };
    expect(parseProfileSet({ version: 1, profiles: [newer] })).toMatchObject({ ok: false, code: "profile-too-new" });
  });
  it("rejects an empty list", () => {
    expect(parseProfileSet({ version: 1, profiles: [] })).toMatchObject({ ok: false, errors: [{ path: "profiles" }] });
  });
});

describe("formatPath", () => {
  it("writes indices in brackets and odd keys quoted", () => {
    expect(formatPath(["criteria", 2, "rule", "max"])).toBe("criteria[2].rule.max");
    expect(formatPath(["scores", "Very good"])).toBe('scores["Very good"]');
  });
});
