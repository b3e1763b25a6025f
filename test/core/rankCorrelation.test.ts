import { averageRanks, pearson, spearman } from "../../src/core/rankCorrelation";
import { seededRandom, seededShuffle } from "../../src/core/seededRandom";
import { nonNegativeLeastSquares } from "../../src/core/nonNegativeLeastSquares";
import { toWeightSteps, WEIGHT_MAX } from "../../src/core/weightSteps";

const f64 = (values: number[]) => Float64Array.from(values);

describe("averageRanks", () => {
  it("ranks from 1 and gives tied values the average of their ranks", () => {
    expect(Array.from(averageRanks(f64([30, 10, 20, 10])))).toEqual([4, 1.5, 3, 1.5]);
    expect(Array.from(averageRanks(f64([5, 5, 5])))).toEqual([2, 2, 2]);
    expect(Array.from(averageRanks(f64([-1e308, 1e308, 0])))).toEqual([1, 3, 2]);
  });
  it("agrees with a comparison sort on many random values with ties", () => {
    const random = seededRandom(11);
    const values = Float64Array.from({ length: 5000 }, () => Math.round(random() * 300) / 3 - 40);
    const ranks = averageRanks(values);
    for (let i = 0; i < values.length; i += 97) {
      let below = 0;
      let equal = 0;
      for (const v of values) {
        if (v < values[i]) below++;
        else if (v === values[i]) equal++;
      }
      expect(ranks[i]).toBe(below + (equal + 1) / 2);
    }
  });
});

describe("spearman", () => {
  it("is 1 for the same order, -1 for the reverse, whatever the scale", () => {
    expect(spearman(f64([1, 2, 3, 4]), f64([10, 200, 3000, 40000]))).toBeCloseTo(1, 12);
    expect(spearman(f64([1, 2, 3, 4]), f64([4, 3, 2, 1]))).toBeCloseTo(-1, 12);
  });
  it("matches the textbook value with ties (Pearson of average ranks)", () => {
    // Ranks a: 1, 2.5, 2.5, 4, 5; b: 2, 1, 3, 5, 4. Covariance 7, sums of squares 9.5 and 10.
    const a = f64([1, 2, 2, 3, 4]);
    const b = f64([20, 10, 30, 50, 40]);
    expect(spearman(a, b)).toBeCloseTo(pearson(f64([1, 2.5, 2.5, 4, 5]), f64([2, 1, 3, 5, 4])), 12);
    expect(spearman(a, b)).toBeCloseTo(7 / Math.sqrt(95), 12);
  });
  it("is NaN when one list does not vary", () => {
    expect(spearman(f64([1, 1, 1]), f64([1, 2, 3]))).toBeNaN();
  });
});

describe("seeded random numbers", () => {
  it("repeat for a seed and differ between seeds", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it("shuffle keeps every item once", () => {
    const items = Int32Array.from({ length: 100 }, (_, i) => i);
    const shuffled = seededShuffle(items, 5);
    expect(Array.from(shuffled)).not.toEqual(Array.from(items));
    expect(Array.from(shuffled).sort((x, y) => x - y)).toEqual(Array.from(items));
    expect(Array.from(seededShuffle(items, 5))).toEqual(Array.from(shuffled));
  });
});

describe("nonNegativeLeastSquares", () => {
  it("recovers non-negative coefficients and sets a harmful one to 0", () => {
    const random = seededRandom(8);
    const rows = 400;
    const x = new Float64Array(rows * 3);
    const y = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const [a, b, c] = [random(), random(), random()];
      x.set([a, b, c], r * 3);
      y[r] = 7 + 2 * a + 0.5 * b - 3 * c;
    }
    const w = nonNegativeLeastSquares(x, y, 3);
    expect(w[2]).toBe(0);
    expect(w[0]).toBeGreaterThan(1.5);
    expect(w[1]).toBeGreaterThan(0);
    // Without the harmful column the fit is exact.
    const y2 = y.map((v, r) => v + 3 * x[r * 3 + 2]);
    const exact = nonNegativeLeastSquares(x, y2, 3);
    expect(exact[0]).toBeCloseTo(2, 6);
    expect(exact[1]).toBeCloseTo(0.5, 6);
    expect(exact[2]).toBeCloseTo(0, 6);
  });
});

describe("toWeightSteps", () => {
  it("shares the total out in whole slider steps, by largest remainder", () => {
    expect(toWeightSteps([5, 3, 2], 10)).toEqual([5, 3, 2]);
    expect(toWeightSteps([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(toWeightSteps([0.2, 0.5, 0.3], 7)).toEqual([1, 4, 2]);
  });
  it("caps a weight at the slider's maximum and gives the excess to the others", () => {
    const steps = toWeightSteps([100, 1, 1], 14);
    expect(steps).toEqual([10, 2, 2]);
    expect(Math.max(...toWeightSteps([1, 0, 0, 0], 40))).toBe(WEIGHT_MAX);
  });
  it("shares evenly when nothing is positive", () => {
    expect(toWeightSteps([0, 0], 4)).toEqual([2, 2]);
  });
});
