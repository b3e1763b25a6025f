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
});
