// A value too large to add up (1e308) is left out of the Pareto sums and reported, never blank totals.
import { buildDefaultProfile, computePareto, parseProfile, rateClients, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";

const f = (xs: number[]) => Float64Array.from(xs);

describe("values too large to add up", () => {
  it("leaves 1e308 out of the total and keeps the other shares", () => {
    const result = computePareto(f([1e308, 60, 1e308, 40]), 0.8);
    expect(result.tooLarge).toEqual([0, 2]);
    expect(result.excluded).toEqual([]);
    expect(result.total).toBe(100);
    expect(Array.from(result.order)).toEqual([1, 3]);
    expect(result.largestShare).toBe(0.6);
    expect(result.hhi).toBeCloseTo(0.52);
    expect(result.error).toBeUndefined();
    expect(result.valueShareByClient[0]).toBeNaN();
  });

  it("keeps a value of 1e300, the largest that is still added up", () => {
    const result = computePareto(f([1e300, 1]), 0.8);
    expect(result.tooLarge).toEqual([]);
    expect(Number.isFinite(result.total)).toBe(true);
  });

  it("leaves an effort too large to add up without a share, and the other shares finite", () => {
    const result = computePareto(f([50, 50, 50]), 0.8, f([-1e308, 10, 30]));
    expect(result.effortTooLarge).toEqual([0]);
    expect(result.effortShareByClient![0]).toBeNaN();
    expect(result.effortShareByClient![2]).toBe(0.75);
  });

  it("warns with the client, its value and how many more, through rateClients", () => {
    const table: ClientTable = {
      headers: ["Client", "Revenue", "Profit"],
      rows: [["Acme", 10, 1e308], ["Bolt", 20, 50], ["Core", 30, -1e308], ["Dune", 40, 30]],
    };
    const profile = makeProfile({
      criteria: [{ id: "revenue", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 40 } }],
      pareto: { value: "Profit", share: 0.8 },
    });
    const result = rateClients(table, [profile], { asOf: AS_OF, locale: "en" });
    const warning = result.warnings.find((w) => w.code === "value-too-large");
    expect(warning?.message).toBe(
      "Profit of Acme is 1e+308, too large to add up (and 1 more client): left out of the Pareto view and its totals.",
    );
    expect(warning?.params).toMatchObject({ column: "Profit", client: "Acme", count: 2, clientIndex: 0 });
    expect(result.pareto!.total).toBe(80);
    expect(result.grades.every((g) => g !== "")).toBe(true);
  });
});

test("a default profile built from a column holding 1e308 keeps bounds a profile may hold", () => {
  const table: ClientTable = {
    headers: ["Client", "Revenue", "Profit"],
    rows: Array.from({ length: 20 }, (_, i) => [`Client ${i}`, i < 2 ? 1e308 : 1000 * i, 10 * i]),
  };
  const profile = buildDefaultProfile(table);
  const revenue = profile.criteria.find((c) => c.column === "Revenue")!;
  expect(revenue.rule).toMatchObject({ type: "higher" });
  expect((revenue.rule as { max: number }).max).toBeLessThanOrEqual(1e15);
  expect(parseProfile(profile).ok).toBe(true);
});
