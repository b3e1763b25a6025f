// The benchmark's client list written twice from one recipe: as DuckDB SQL over range(n) (no big file
// is built in Node) and as JavaScript rows for the core, cell for cell the same (integer arithmetic
// that stays exact in doubles, so both sides hold identical values).
import type { CellValue } from "../src/core";
import { AS_OF_SERIAL, HEADERS } from "./data";

const RATINGS = ["AAA", "AA", "A", "BBB", "BB", "B"];
const SEGMENTS = ["Consumer", "Corporate", "Home Office"];
const REGIONS = ["East", "West", "Central", "South"];

interface Recipe {
  kind: "number" | "text";
  js: (i: number) => CellValue;
  sql: string;
}

/** (i * a + b) mod m: below 2^53 for i < 10^8 with these multipliers, so JavaScript and DuckDB agree exactly. */
const mix = (a: number, b: number, m: number) => ({ js: (i: number) => (i * a + b) % m, sql: `((i * ${a} + ${b}) % ${m})` });
const numberColumn = (a: number, b: number, m: number, shape: (x: number) => number = (x) => x, shapeSql: (x: string) => string = (x) => x): Recipe => {
  const h = mix(a, b, m);
  return { kind: "number", js: (i) => shape(h.js(i)), sql: `CAST(${shapeSql(h.sql)} AS DOUBLE)` };
};
const pick = (items: string[], h: { js: (i: number) => number; sql: string }): Recipe => ({
  kind: "text",
  js: (i) => items[h.js(i)],
  sql: `[${items.map((s) => `'${s}'`).join(", ")}][${h.sql} + 1]`,
});

const RECIPES: Record<string, Recipe> = {
  Client: { kind: "text", js: (i) => `Client ${i + 1}`, sql: "'Client ' || (i + 1)" },
  Revenue: numberColumn(104_729, 7, 200_001),
  Profit: numberColumn(130_363, 11, 40_001, (x) => x - 5_000, (x) => `${x} - 5000`),
  Employees: numberColumn(155_921, 13, 2_001),
  "Credit rating": pick(RATINGS, mix(174_703, 17, 6)),
  "Days late": numberColumn(199_999, 19, 91),
  "Last contact": numberColumn(224_737, 23, 500, (x) => AS_OF_SERIAL - x, (x) => `${AS_OF_SERIAL} - ${x}`),
  "Service hours": numberColumn(256_279, 29, 301),
  Discount: numberColumn(279_991, 31, 31, (x) => x / 100, (x) => `${x} / 100`),
  Orders: numberColumn(300_007, 37, 51),
  "Growth potential": numberColumn(324_949, 41, 101),
  Complaints: numberColumn(350_003, 43, 11),
  "Contract years": numberColumn(375_017, 47, 16),
  Segment: pick(SEGMENTS, { js: (i) => i % 3, sql: "(i % 3)" }),
  Region: pick(REGIONS, { js: (i) => i % 4, sql: "(i % 4)" }),
};

/** SELECT of n clients, with their 0-based row number in column i. */
export function clientsSql(n: number): string {
  return `SELECT i, ${HEADERS.map((h) => `${RECIPES[h].sql} AS "${h}"`).join(", ")} FROM range(${n}) AS t(i)`;
}

export function clientRows(n: number): CellValue[][] {
  const recipes = HEADERS.map((h) => RECIPES[h].js);
  const rows: CellValue[][] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = recipes.map((f) => f(i));
  return rows;
}
