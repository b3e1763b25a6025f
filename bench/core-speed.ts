// Times rateClients on 100,000 clients x 12 criteria (median of 5 runs, after one warm-up).
// Run: npx tsx bench/core-speed.ts
import { parseProfile, rateClients, type CellValue, type ClientTable } from "../src/core";

const CLIENTS = 100_000;
const RUNS = 5;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function buildTable(): ClientTable {
  const rand = random(42);
  const headers = [
    "Client", "Revenue", "Profit", "Employees", "Credit rating", "Days late", "Last contact",
    "Service hours", "Discount", "Orders", "Growth potential", "Complaints", "Contract years",
  ];
  const ratings = ["AAA", "AA", "A", "BBB", "BB", "B"];
  const rows: CellValue[][] = new Array(CLIENTS);
  for (let i = 0; i < CLIENTS; i++) {
    rows[i] = [
      `Client ${i}`,
      Math.round(rand() * 200_000),
      // A sprinkle of number text, blanks and errors, as real sheets have.
      i % 50 === 0 ? "1.234,5" : Math.round(rand() * 40_000 - 5_000),
      Math.round(rand() * 2_000),
      ratings[Math.floor(rand() * ratings.length)],
      i % 97 === 0 ? null : Math.round(rand() * 90),
      i % 101 === 0 ? "#N/A" : 44_000 + Math.floor(rand() * 1_000),
      Math.round(rand() * 300),
      rand() * 0.3,
      Math.round(rand() * 50),
      Math.round(rand() * 100),
      Math.round(rand() * 10),
      Math.round(rand() * 15),
    ];
  }
  return { headers, rows };
}

const parsed = parseProfile({
  version: 1,
  name: "Bench",
  scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
  criteria: [
    { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 150000 } },
    { id: "profit", column: "Profit", area: "client", weight: 2, rule: { type: "higher", min: 0, max: 30000 } },
    { id: "staff", column: "Employees", area: "client", weight: 1, rule: { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 1500 } },
    { id: "credit", column: "Credit rating", area: "client", weight: 2, rule: { type: "categories", scores: { AAA: 100, AA: 85, A: 70, BBB: 50 } }, knockout: { below: 40 } },
    { id: "late", column: "Days late", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 60 } },
    { id: "contact", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 }, missing: "ignore" },
    { id: "hours", column: "Service hours", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 250 } },
    { id: "discount", column: "Discount", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 0.25 } },
    { id: "orders", column: "Orders", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 40 } },
    { id: "growth", column: "Growth potential", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 } },
    { id: "complaints", column: "Complaints", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 8 } },
    { id: "years", column: "Contract years", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 10 } },
  ],
  pareto: { value: "Profit", effort: "Service hours", share: 0.8 },
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

const table = buildTable();
const options = { asOf: new Date(Date.UTC(2026, 10, 27)), locale: "en" as const };
rateClients(table, [parsed.profile], options); // warm-up: JIT
// Wall time, and CPU time of this process: on a shared machine the second is the steadier figure.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = rateClients(table, [parsed.profile], options);
  const cpu = process.cpuUsage(cpuStart);
  times.push(performance.now() - start);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  if (result.count !== CLIENTS) throw new Error("wrong count");
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const [load] = require("os").loadavg() as number[];
console.log(
  `rateClients: ${CLIENTS.toLocaleString("en")} clients x ${parsed.profile.criteria.length} criteria, median of ${RUNS}: ` +
    `${median(times).toFixed(0)} ms wall, ${median(cpuTimes).toFixed(0)} ms CPU ` +
    `(wall runs: ${times.map((t) => t.toFixed(0)).join(", ")} ms; load average ${load.toFixed(1)})`,
);
