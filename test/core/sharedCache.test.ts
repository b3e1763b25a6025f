// A caller may keep one ColumnCache across rateClients calls on the same table (the panel's preview).
import { rateClients, type ClientTable } from "../../src/core";
import { ColumnCache } from "../../src/core/columns";
import { AS_OF, designExample, makeProfile } from "./helpers";

const options = { asOf: AS_OF, locale: "en" as const, texts: false };
const table: ClientTable = {
  headers: ["Client", "Revenue", "Employees", "Credit rating", "Days late", "Last contact", "Profit", "Service hours"],
  rows: [
    ["Ann", 90_000, 60, "AAA", 2, "2024-01-02", 500, 10],
    ["Bob", 20_000, 3, "BBB", 40, "2023-05-01", 50, 30],
    ["Cid", "12,500", null, "aa", 10, null, 120, 5],
  ],
};

describe("rateClients with a shared column cache", () => {
  it("gives what a fresh cache gives, call after call, as the weights change", () => {
    const cache = new ColumnCache(table);
    for (const weight of [3, 0, 7]) {
      const input = designExample();
      input.criteria[0].weight = weight;
      const profile = makeProfile(input);
      const shared = rateClients(table, [profile], options, cache);
      const fresh = rateClients(table, [profile], options);
      expect(Array.from(shared.scores)).toEqual(Array.from(fresh.scores));
      expect(shared.grades).toEqual(fresh.grades);
      expect(shared.pareto?.order).toEqual(fresh.pareto?.order);
    }
  });
  it("parses each column once across calls", () => {
    const cache = new ColumnCache(table);
    const numbers = jest.spyOn(cache, "numbers");
    const profile = makeProfile(designExample());
    const first = rateClients(table, [profile], options, cache);
    const parsedFirst = numbers.mock.results.map((r) => r.value);
    rateClients(table, [profile], options, cache);
    const parsedSecond = numbers.mock.results.slice(parsedFirst.length).map((r) => r.value);
    expect(parsedFirst.length).toBeGreaterThan(0);
    expect(parsedSecond.length).toBeGreaterThan(0);
    // The same arrays come back: nothing parsed again.
    parsedSecond.forEach((column) => expect(parsedFirst).toContain(column));
    expect(first.count).toBe(3);
  });
  it("sorts the clients for the Pareto analysis once while its settings stay, and again when they change", () => {
    const cache = new ColumnCache(table);
    const input = designExample();
    const first = rateClients(table, [makeProfile(input)], options, cache).pareto;
    input.criteria[0].weight = 9;
    const second = rateClients(table, [makeProfile(input)], options, cache).pareto;
    expect(second).toBe(first);
    input.pareto.share = 0.5;
    const third = rateClients(table, [makeProfile(input)], options, cache).pareto;
    expect(third).not.toBe(first);
    expect(third).toEqual(rateClients(table, [makeProfile(input)], options).pareto);
  });

  it("keeps each criterion's scores across a weight change, and scores a criterion again when its rule, date or locale changes", () => {
    const cache = new ColumnCache(table);
    const input = designExample();
    const first = rateClients(table, [makeProfile(input)], options, cache);
    input.criteria[0].weight = 9;
    const reweighted = rateClients(table, [makeProfile(input)], options, cache);
    // The very same score arrays: nothing scored again, only weighted and graded.
    reweighted.criterionScores[0].forEach((scores, j) => expect(scores).toBe(first.criterionScores[0][j]));
    expect(Array.from(reweighted.scores)).toEqual(Array.from(rateClients(table, [makeProfile(input)], options).scores));

    input.criteria[0].rule.max = 50_000;
    const newRule = rateClients(table, [makeProfile(input)], options, cache);
    expect(newRule.criterionScores[0][0]).not.toBe(first.criterionScores[0][0]);
    expect(newRule.criterionScores[0][1]).toBe(first.criterionScores[0][1]);
    const fresh = rateClients(table, [makeProfile(input)], options);
    expect(Array.from(newRule.criterionScores[0][0])).toEqual(Array.from(fresh.criterionScores[0][0]));
    expect(Array.from(newRule.scores)).toEqual(Array.from(fresh.scores));
    expect(newRule.grades).toEqual(fresh.grades);

    const contact = input.criteria.findIndex((c: { column: string }) => c.column === "Last contact");
    const later = { ...options, asOf: new Date(AS_OF.getTime() + 400 * 86_400_000) };
    const moved = rateClients(table, [makeProfile(input)], later, cache);
    expect(Array.from(moved.criterionScores[0][contact])).toEqual(Array.from(rateClients(table, [makeProfile(input)], later).criterionScores[0][contact]));
    expect(moved.criterionScores[0][contact]).not.toBe(newRule.criterionScores[0][contact]);

    const german = rateClients(table, [makeProfile(input)], { ...options, locale: "de" }, cache);
    expect(Array.from(german.criterionScores[0][0])).toEqual(Array.from(rateClients(table, [makeProfile(input)], { ...options, locale: "de" }).criterionScores[0][0]));
  });
  it("counts the missing values in the warnings on every call, kept scores or not", () => {
    const cache = new ColumnCache(table);
    const input = designExample();
    const once = rateClients(table, [makeProfile(input)], options, cache).warnings;
    input.criteria[1].weight = 4;
    const again = rateClients(table, [makeProfile(input)], options, cache).warnings;
    expect(again).toEqual(rateClients(table, [makeProfile(input)], options).warnings);
    expect(again.filter((w) => w.code === "missing-values")).toEqual(once.filter((w) => w.code === "missing-values"));
    expect(again.some((w) => w.code === "missing-values")).toBe(true);
  });
  it("scores again when another profile takes some of the rows", () => {
    const cache = new ColumnCache(table);
    const all = makeProfile(designExample());
    const before = rateClients(table, [all], options, cache);
    const bobOnly = makeProfile({ ...designExample(), name: "Bob only", appliesTo: { column: "Client", values: ["Bob"] } });
    const split = rateClients(table, [bobOnly, all], options, cache);
    const fresh = rateClients(table, [bobOnly, all], options);
    expect(Array.from(split.scores)).toEqual(Array.from(fresh.scores));
    expect(split.criterionScores[1][0]).not.toBe(before.criterionScores[0][0]);
    expect(Array.from(split.criterionScores[1][0])).toEqual(Array.from(fresh.criterionScores[1][0]));
  });
});
