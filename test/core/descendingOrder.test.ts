// The radix sort must give exactly the comparator sort's order, on every kind of double a sheet can hold.
import { sortByValueDescending } from "../../src/core/descendingOrder";
import { seededRandom } from "../../src/core/seededRandom";

const byComparator = (indices: Int32Array, values: Float64Array) =>
  Int32Array.from(indices).sort((a, b) => values[b] - values[a] || a - b);

function valuesOf(n: number, pick: (random: () => number, i: number) => number, seed = 7): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: n }, (_, i) => pick(random, i));
}

const everyIndex = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("sortByValueDescending", () => {
  const awkward = [0, -0, 5e-324, -5e-324, 1e300, -1e300, Infinity, -Infinity, 0.1, -0.1, 64.95, 1, -1, 2 ** 53, 0.5];
  const cases: [string, (random: () => number, i: number) => number][] = [
    ["whole numbers with many ties, both signs", (random) => Math.round(random() * 40_000 - 5_000)],
    ["fractions", (random) => random() * 2 - 1],
    ["a few distinct values", (random) => Math.floor(random() * 4)],
    ["zeros of both signs, subnormals, infinities and extremes", (random) => awkward[Math.floor(random() * awkward.length)]],
    ["every value the same", () => 3],
    ["already in order", (_random, i) => 1e6 - i],
  ];
  for (const [name, pick] of cases) {
    it(`orders ${name} as the comparator sort does, past the radix threshold (32,768) and below it`, () => {
      for (const n of [50_000, 1_000]) {
        const values = valuesOf(n, pick);
        const expected = byComparator(everyIndex(n), values);
        expect(sortByValueDescending(everyIndex(n), values)).toEqual(expected);
      }
    });
  }

  it("sorts a subset of the clients, reading the values by client index", () => {
    const values = valuesOf(60_000, (random) => Math.round(random() * 100) / 10);
    const subset = Int32Array.from({ length: 40_000 }, (_, k) => k + Math.floor(k / 2));
    expect(sortByValueDescending(Int32Array.from(subset), values)).toEqual(byComparator(subset, values));
  });

  it("reads values that sit at an offset in a shared buffer", () => {
    const buffer = new Float64Array(42_000);
    const values = buffer.subarray(1_000, 41_000);
    values.set(valuesOf(40_000, (random) => Math.round(random() * 50)));
    expect(sortByValueDescending(everyIndex(40_000), values)).toEqual(byComparator(everyIndex(40_000), values));
  });

  it("keeps ties in index order when the indices come out of order", () => {
    const values = valuesOf(40_000, (random) => Math.floor(random() * 3));
    const shuffled = everyIndex(40_000).reverse();
    expect(sortByValueDescending(Int32Array.from(shuffled), values)).toEqual(byComparator(shuffled, values));
  });

  it("puts the largest first and, among equals, the lower index first", () => {
    const values = Float64Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? 1 : i === 39_999 ? 9 : -0));
    const order = sortByValueDescending(everyIndex(40_000), values);
    expect(Array.from(order.subarray(0, 3))).toEqual([39_999, 0, 2]);
    expect(Array.from(order.subarray(-2))).toEqual([39_995, 39_997]);
  });
});
