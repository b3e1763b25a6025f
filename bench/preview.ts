// The panel's preview after a weight change, in-process (what the preview worker runs per change):
//   npx tsx bench/preview.ts --size 100000 [--runs 20]
// The table is parsed once (the worker keeps a ColumnCache); each run changes one weight and times
// summarize() to the grade counts and the movers (the migration against the grades in the sheet).
// Prints one JSON line: { size, criteria, runs, medianMs, p95Ms, cpuMs, firstMs }.
import { parseArgs } from "node:util";
import { ColumnCache } from "../src/core/columns";
import type { Profile } from "../src/core";
import { rateClients } from "../src/core/rate";
import { summarize } from "../src/taskpane/preview/summarize";
import { AS_OF, benchProfile, buildTable, median } from "./data";

const { values: args } = parseArgs({ options: { size: { type: "string" }, runs: { type: "string", default: "20" } } });
const size = Number(args.size);
const runs = Number(args.runs);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const table = buildTable(size);
const base = benchProfile();
const options = { asOf: AS_OF, locale: "en" as const };
const withWeight = (weight: number): Profile => ({ ...base, criteria: base.criteria.map((c, j) => (j === 0 ? { ...c, weight } : c)) });
// The grades in the sheet: a rating with other weights, so a change moves clients between grades.
const sheetGrades = summarizeGrades(withWeight(9));
const cache = new ColumnCache(table);

function summarizeGrades(profile: Profile): string[] {
  return rateClients(table, [profile], { ...options, texts: false }).grades;
}

// The panel's first preview after opening a sheet parses the columns: timed apart.
let start = performance.now();
summarize(table, sheetGrades, [withWeight(3)], options, cache);
const firstMs = performance.now() - start;

const times: number[] = [];
const cpu: number[] = [];
let movers = 0;
for (let i = 0; i < runs * 2; i++) {
  const profile = withWeight(1 + (i % 5));
  const cpuStart = cpuMs();
  start = performance.now();
  const result = summarize(table, sheetGrades, [profile], options, cache);
  const ms = performance.now() - start;
  movers = result.migration?.changed ?? -1;
  // The first half warms the JIT up; the second half is timed.
  if (i >= runs) {
    times.push(ms);
    cpu.push(cpuMs() - cpuStart);
  }
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({
  size, criteria: base.criteria.length, runs: times.length, medianMs: median(times),
  p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)], cpuMs: median(cpu), firstMs, movers,
}));
