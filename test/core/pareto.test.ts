import { computePareto } from "../../src/core";

const f = (xs: number[]) => Float64Array.from(xs);

describe("computePareto", () => {
  it("orders by value, largest first, ties in sheet order", () => {
    const result = computePareto(f([10, 50, 10, 30]), 0.8);
    expect(Array.from(result.order)).toEqual([1, 3, 0, 2]);
    expect(Array.from(result.values)).toEqual([50, 30, 10, 10]);
    expect(result.total).toBe(100);
    expect(Array.from(result.shares)).toEqual([0.5, 0.3, 0.1, 0.1]);
    expect(Array.from(result.cumShares)).toEqual([0.5, 0.8, 0.9, 1]);
  });
  it("finds the vital few: the shortest prefix reaching the share", () => {
    const result = computePareto(f([10, 50, 10, 30]), 0.8);
    expect(result.vitalFewCount).toBe(2);
    expect(result.vitalFewShare).toBe(0.8);
    expect(Array.from(result.vitalFewByClient)).toEqual([0, 1, 0, 1]);
    expect(computePareto(f([10, 50, 10, 30]), 0.81).vitalFewCount).toBe(3);
  });
  it("reaches a target hit with float noise (0.1 + 0.7 style sums)", () => {
    const result = computePareto(f([0.1, 0.7, 0.2]), 0.8);
    expect(result.vitalFewCount).toBe(2);
  });
  it("leaves out unreadable values and lists them", () => {
    const result = computePareto(f([NaN, 40, 60, NaN]), 0.5);
    expect(result.excluded).toEqual([0, 3]);
    expect(Array.from(result.order)).toEqual([2, 1]);
    expect(result.valueShareByClient[0]).toBeNaN();
    expect(result.valueShareByClient[2]).toBeCloseTo(0.6);
  });
  it("lets cumulative shares pass 100% when clients lose money (whale curve)", () => {
    const result = computePareto(f([80, -20, 40]), 0.8);
    expect(result.total).toBe(100);
    expect(Array.from(result.cumShares)).toEqual([0.8, 1.2, 1]);
    expect(result.lossMakers).toBe(1);
    expect(result.vitalFewCount).toBe(1);
  });
  it("warns when the largest client holds 25% or more", () => {
    expect(computePareto(f([25, 25, 25, 25]), 0.8)).toMatchObject({ largestIndex: 0, largestShare: 0.25, largestWarning: true });
    expect(computePareto(f([24, 19, 19, 19, 19]), 0.8).largestWarning).toBe(false);
  });
  it("reports the top-20% share over ceil(n / 5) clients", () => {
    const result = computePareto(f([50, 20, 10, 10, 5, 5]), 0.8);
    expect(result.top20Count).toBe(2);
    expect(result.top20Share).toBeCloseTo(0.7);
  });
  it("computes the HHI over positive-value clients as shares of their sum", () => {
    expect(computePareto(f([50, 50]), 0.8).hhi).toBeCloseTo(0.5);
    expect(computePareto(f([100]), 0.8).hhi).toBe(1);
    // the loss maker does not count: shares 0.75 and 0.25 of 80 + ... -> 0.5625 + 0.0625
    expect(computePareto(f([60, 20, -50]), 0.8).hhi).toBeCloseTo(0.625);
  });
  it("gives a message, no vital few, when the total is zero or less", () => {
    const result = computePareto(f([10, -30]), 0.8);
    expect(result.error).toMatch(/zero or less/);
    expect(result.vitalFewCount).toBe(0);
    expect(result.largestWarning).toBe(false);
    expect(Array.from(result.vitalFewByClient)).toEqual([0, 0]);
    expect(computePareto(f([0, 0]), 0.8).error).toBeDefined();
    expect(computePareto(f([NaN]), 0.8).error).toMatch(/No client/);
  });
  it("flags costly to serve where effort share is at least twice the value share", () => {
    // value shares 0.5, 0.3, 0.2, 0 ; effort shares 0.1, 0.6, 0.3, 0 + one with effort and a loss
    const result = computePareto(f([50, 30, 20, 0]), 0.8, f([10, 60, 30, 0]));
    expect(Array.from(result.effortShareByClient!)).toEqual([0.1, 0.6, 0.3, 0]);
    expect(Array.from(result.costlyToServe!)).toEqual([0, 1, 0, 0]);
    const exact = computePareto(f([10, 10]), 0.8, f([1, 3]));
    // effort share 0.25 vs value 0.5 -> not costly; 0.75 vs 0.5 -> not (needs 1.0)
    expect(Array.from(exact.costlyToServe!)).toEqual([0, 0]);
    const twice = computePareto(f([80, 20]), 0.8, f([60, 40]));
    expect(Array.from(twice.costlyToServe!)).toEqual([0, 1]); // 0.4 >= 2 * 0.2
    const losing = computePareto(f([120, -20, 0]), 0.8, f([1, 1, 1]));
    expect(Array.from(losing.costlyToServe!)).toEqual([0, 1, 1]);
  });
  it("does not flag clients with unreadable value or effort", () => {
    const result = computePareto(f([NaN, 10, 90]), 0.8, f([5, NaN, 1]));
    expect(Array.from(result.costlyToServe!)).toEqual([0, 0, 0]);
    expect(result.effortShareByClient![1]).toBeNaN();
  });
});
