import { quantileGradeIndices, thresholdGradeIndex } from "../../src/core";

describe("thresholdGradeIndex", () => {
  const cutoffs = [80, 60, 40];
  it.each([
    [100, 0], [80, 0], [79.9, 1], [60, 1], [59.9, 2], [40, 2], [39.9, 3], [0, 3],
  ])("score %p gets grade %p", (score, grade) => {
    expect(thresholdGradeIndex(score, cutoffs)).toBe(grade);
  });
});

describe("quantileGradeIndices", () => {
  const run = (scores: number[], shares: number[]) =>
    Array.from(quantileGradeIndices(Float64Array.from(scores), Int32Array.from(scores.map((_, i) => i)), shares));

  it("gives each grade its share of distinct scores, best first", () => {
    const scores = [10, 90, 50, 70, 30, 20, 80, 60, 40, 100];
    // shares 0.2/0.3/0.3 of 10 -> 2, 3, 3, and 2 for the last grade
    expect(run(scores, [0.2, 0.3, 0.3])).toEqual([3, 0, 2, 1, 2, 3, 1, 1, 2, 0]);
  });
  it("keeps ties in one grade: the group takes the grade of its best rank", () => {
    // ranks: 100 -> 0; the three 90s share rank 1, which is inside A's band [0, 2)
    expect(run([100, 90, 90, 90, 50, 40, 30, 20, 10, 5], [0.2, 0.3, 0.3])).toEqual([0, 0, 0, 0, 1, 2, 2, 2, 3, 3]);
  });
  it("puts everyone in the first grade when all scores tie", () => {
    expect(run([50, 50, 50, 50], [0.25, 0.25, 0.25])).toEqual([0, 0, 0, 0]);
  });
  it("does not depend on the order of members", () => {
    const scores = Float64Array.from([5, 3, 9, 1, 7]);
    const a = quantileGradeIndices(scores, Int32Array.from([0, 1, 2, 3, 4]), [0.4, 0.4]);
    const b = quantileGradeIndices(scores, Int32Array.from([4, 3, 2, 1, 0]), [0.4, 0.4]);
    expect(Array.from(b).reverse()).toEqual(Array.from(a));
  });
  it("handles an empty pool", () => {
    expect(run([], [0.5])).toEqual([]);
  });
});
