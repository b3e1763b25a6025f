// Synthetic client lists for the benchmarks: deterministic, 12 rated facts of every rule type.
import type { CellValue, ClientTable, Profile } from "../src/core";
import { parseProfile } from "../src/core";

export const HEADERS = [
  "Client", "Revenue", "Profit", "Employees", "Credit rating", "Days late", "Last contact",
  "Service hours", "Discount", "Orders", "Growth potential", "Complaints", "Contract years",
  "Segment", "Region",
];
const RATINGS = ["AAA", "AA", "A", "BBB", "BB", "B"];
const SEGMENTS = ["Consumer", "Corporate", "Home Office"];
const REGIONS = ["East", "West", "Central", "South"];
export const AS_OF = new Date(Date.UTC(2026, 10, 27));
export const AS_OF_SERIAL = 46_353; // 2026-11-27 as an Excel serial date

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Clean values (numbers, category text): the same cells the floor and HyperFormula get. */
export function buildRows(count: number): CellValue[][] {
  const rand = seeded(42);
  const rows: CellValue[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    rows[i] = [
      `Client ${i + 1}`,
      Math.round(rand() * 200_000),
      Math.round(rand() * 40_000 - 5_000),
      Math.round(rand() * 2_000),
      RATINGS[Math.floor(rand() * RATINGS.length)],
      Math.round(rand() * 90),
      AS_OF_SERIAL - Math.floor(rand() * 500),
      Math.round(rand() * 300),
      Math.round(rand() * 30) / 100,
      Math.round(rand() * 50),
      Math.round(rand() * 100),
      Math.round(rand() * 10),
      Math.round(rand() * 15),
      SEGMENTS[i % SEGMENTS.length],
      REGIONS[i % REGIONS.length],
    ];
  }
  return rows;
}

export function buildTable(count: number): ClientTable {
  return { headers: HEADERS, rows: buildRows(count) };
}

const PROFILE_JSON = {
  version: 1,
  name: "Bench",
  scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
  criteria: [
    { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 150000 } },
    { id: "profit", column: "Profit", area: "client", weight: 2, rule: { type: "higher", min: 0, max: 30000 } },
    { id: "staff", column: "Employees", area: "client", weight: 1, rule: { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 1500 } },
    { id: "credit", column: "Credit rating", area: "client", weight: 2, rule: { type: "categories", scores: { AAA: 100, AA: 85, A: 70, BBB: 50 }, otherwise: 0 }, knockout: { below: 40 } },
    { id: "late", column: "Days late", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 60 } },
    { id: "contact", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 } },
    { id: "hours", column: "Service hours", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 250 } },
    { id: "discount", column: "Discount", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 0.25 } },
    { id: "orders", column: "Orders", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 40 } },
    { id: "growth", column: "Growth potential", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 } },
    { id: "complaints", column: "Complaints", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 8 } },
    { id: "years", column: "Contract years", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 10 } },
  ],
  pareto: { value: "Profit", effort: "Service hours", share: 0.8 },
};

export function benchProfile(): Profile {
  const parsed = parseProfile(PROFILE_JSON);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
