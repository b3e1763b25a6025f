// The panel's preview after a weight change, in-process (what the preview worker runs per change):
//   npx tsx bench/preview.ts --size 100000 [--runs 20]
// The table is parsed once (the worker keeps a ColumnCache); each run changes one weight and times
// summarize() to the grade counts and the movers (the migration against the grades in the sheet). A weight
// change takes the re-weight path (src/core/reweight.ts); the full path (rateClients on the kept columns and
// criterion scores, as every change did before) is timed the same way, each of its changes also renaming the
// profile, which the re-weight path cannot vouch for. After the last run, both paths' results are checked
// equal to a rating from scratch (a fresh cache) with the same profile.
// Prints one JSON line: { size, criteria, runs, medianMs, p95Ms, cpuMs, fullMedianMs, fullCpuMs, firstMs, movers, check }.
import { parseArgs } from "node:util";
import { isDeepStrictEqual } from "node:util";
import { ColumnCache } from "../src/core/columns";
import type { Profile } from "../src/core";
import { rateClients } from "../src/core/rate";
import { summarize } from "../src/taskpane/preview/summarize";
import type { PreviewResult } from "../src/taskpane/preview/types";
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
const withWeight = (weight: number, name = base.name): Profile => ({
  ...base,
  name,
  criteria: base.criteria.map((c, j) => (j === 0 ? { ...c, weight } : c)),
});
// The grades in the sheet: a rating with other weights, so a change moves clients between grades.
const sheetGrades = rateClients(table, [withWeight(9)], { ...options, texts: false }).grades;
const cache = new ColumnCache(table);

// The panel's first preview after opening a sheet parses the columns: timed apart.
let start = performance.now();
summarize(table, sheetGrades, [withWeight(3)], options, cache);
const firstMs = performance.now() - start;

/** Median wall and CPU ms of `runs` timed changes after as many untimed ones (the JIT warms up on those). */
function time(profileOf: (i: number) => Profile): { ms: number[]; cpu: number[]; last: PreviewResult; lastProfile: Profile } {
  const ms: number[] = [];
  const cpu: number[] = [];
  let last: PreviewResult | null = null;
  let lastProfile = base;
  for (let i = 0; i < runs * 2; i++) {
    lastProfile = profileOf(i);
    const cpuStart = cpuMs();
    start = performance.now();
    last = summarize(table, sheetGrades, [lastProfile], options, cache);
    const wall = performance.now() - start;
    if (i >= runs) {
      ms.push(wall);
      cpu.push(cpuMs() - cpuStart);
    }
  }
  return { ms, cpu, last: last!, lastProfile };
}

const reweighted = time((i) => withWeight(1 + (i % 5)));
const full = time((i) => withWeight(1 + (i % 5), `Bench ${i % 2}`));
const fromScratch = (profile: Profile) => summarize(table, sheetGrades, [profile], options);
const check =
  isDeepStrictEqual(reweighted.last, fromScratch(reweighted.lastProfile)) && isDeepStrictEqual(full.last, fromScratch(full.lastProfile))
    ? "equal"
    : "DIFFERENT";

const sorted = [...reweighted.ms].sort((a, b) => a - b);
console.log(JSON.stringify({
  size, criteria: base.criteria.length, runs: reweighted.ms.length, medianMs: median(reweighted.ms),
  p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)], cpuMs: median(reweighted.cpu),
  fullMedianMs: median(full.ms), fullCpuMs: median(full.cpu), firstMs, movers: reweighted.last.migration?.changed ?? -1, check,
}));
