import { categoryScorer, roundScore, scoreNumber, scoreRecency } from "../../src/core";

describe("scoreNumber", () => {
  const higher = { type: "higher", min: 10, max: 110 } as const;
  const lower = { type: "lower", min: 0, max: 60 } as const;
  const range = { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 5000 } as const;

  it("higher: linear from min to max, clamped", () => {
    expect(scoreNumber(higher, 10)).toBe(0);
    expect(scoreNumber(higher, 60)).toBe(50);
    expect(scoreNumber(higher, 110)).toBe(100);
    expect(scoreNumber(higher, -1e9)).toBe(0);
    expect(scoreNumber(higher, 1e9)).toBe(100);
  });
  it("lower: 100 at min, 0 at max", () => {
    expect(scoreNumber(lower, 0)).toBe(100);
    expect(scoreNumber(lower, 15)).toBe(75);
    expect(scoreNumber(lower, 60)).toBe(0);
    expect(scoreNumber(lower, 90)).toBe(0);
    expect(scoreNumber(lower, -5)).toBe(100);
  });
  it("keeps whole-number inputs exact", () => {
    expect(scoreNumber({ type: "higher", min: 0, max: 100000 }, 35000)).toBe(35);
  });
  it("range: 100 inside the ideal band, linear to 0 at min and max, 0 outside", () => {
    expect(scoreNumber(range, 50)).toBe(100);
    expect(scoreNumber(range, 500)).toBe(100);
    expect(scoreNumber(range, 200)).toBe(100);
    expect(scoreNumber(range, 27.5)).toBe(50);
    expect(scoreNumber(range, 5)).toBe(0);
    expect(scoreNumber(range, 2750)).toBe(50);
    expect(scoreNumber(range, 5000)).toBe(0);
    expect(scoreNumber(range, 1)).toBe(0);
    expect(scoreNumber(range, 9000)).toBe(0);
  });
  it("range with ideal edges on min or max does not divide by zero", () => {
    const tight = { type: "range", min: 10, idealLow: 10, idealHigh: 20, max: 20 } as const;
    expect(scoreNumber(tight, 10)).toBe(100);
    expect(scoreNumber(tight, 9)).toBe(0);
    expect(scoreNumber(tight, 21)).toBe(0);
  });
});

describe("scoreRecency", () => {
  const rule = { type: "recency", fullDays: 30, zeroDays: 365 } as const;
  it("100 up to fullDays and for future dates, 0 from zeroDays, linear between", () => {
    expect(scoreRecency(rule, -10)).toBe(100);
    expect(scoreRecency(rule, 0)).toBe(100);
    expect(scoreRecency(rule, 30)).toBe(100);
    expect(scoreRecency(rule, 197.5)).toBe(50);
    expect(scoreRecency(rule, 365)).toBe(0);
    expect(scoreRecency(rule, 1000)).toBe(0);
  });
});

describe("categoryScorer", () => {
  it("matches trimmed and case-insensitive, else otherwise (default 0)", () => {
    const score = categoryScorer({ type: "categories", scores: { AAA: 100, " Very good ": 80 } });
    expect(score("aaa")).toBe(100);
    expect(score("  AAA ")).toBe(100);
    expect(score("very   GOOD")).toBe(80);
    expect(score("BB")).toBe(0);
    const withOtherwise = categoryScorer({ type: "categories", scores: { A: 100 }, otherwise: 20 });
    expect(withOtherwise("Z")).toBe(20);
  });
});

describe("roundScore", () => {
  it.each([
    [72.25, 72.3],
    [72.24999999999999, 72.3], // a true 72.25 computed with float error
    [72.2499, 72.2],
    [0.05, 0.1],
    [0.04999, 0],
    [99.95, 100],
    [59.95, 60],
    [0.15, 0.2],
    [1.005, 1],
    [-0.05, -0.1],
    [-72.25, -72.3],
    [100, 100],
    [0, 0],
  ])("rounds %p to %p (half away from zero)", (x, expected) => {
    expect(roundScore(x)).toBe(expected);
  });
  it("rounds weighted averages that land a hair under a half upward", () => {
    // (3 * 72.5 + 1 * 71.5) / 4 = 72.25 exactly in decimals
    expect(roundScore((3 * 72.5 + 1 * 71.5) / 4)).toBe(72.3);
    // 1.15 - 0.1 is 1.0499999999999998 in doubles; the decimal answer 1.05 rounds to 1.1
    expect(1.15 - 0.1).toBeLessThan(1.05);
    expect(roundScore(1.15 - 0.1)).toBe(1.1);
    expect(roundScore(0.05 + 0.3 - 0.3)).toBe(0.1);
  });
  it("leaves NaN alone", () => {
    expect(roundScore(NaN)).toBeNaN();
  });
});
