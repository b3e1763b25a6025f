// One engine measurement in its own process (so peak memory is its own):
//   npx tsx bench/engine.ts --impl core|core-preview|floor|hyperformula --size N --runs R --warmup W --out FILE
// Every impl gets the same treatment: W untimed weight changes to warm the JIT (and HyperFormula's caches)
// up, then R timed ones, the weight of the first criterion going 1, 2, 3, 4, 5, 1... over the W + R runs.
// After the last run it writes every client's score and grade (and the Pareto order, where there is one)
// to FILE, so bench/run.ts can check the impls against each other.
// Prints one JSON line: { impl, size, runs, warmup, medianMs, cpuMs, buildMs?, textsCpuMs? (core: every client's
// reason and flag text built once after the timed runs), maxRssMB, lastWeight }.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { rateClients, type Profile } from "../src/core";
import { columnLetters } from "../src/shared/a1";
import { AS_OF, AS_OF_SERIAL, benchProfile, buildRows, buildTable, HEADERS, median } from "./data";

const { values: args } = parseArgs({
  options: {
    impl: { type: "string" }, size: { type: "string" }, runs: { type: "string", default: "5" },
    warmup: { type: "string", default: "5" }, out: { type: "string" },
  },
});
const size = Number(args.size);
const runs = Number(args.runs);
const warmup = Number(args.warmup);
/** The first criterion's weight on run i (warm-up runs counted): every impl changes it the same way. */
const weightAt = (i: number) => 1 + (i % 5);
const lastWeight = weightAt(warmup + runs - 1);

/** CPU time of this process (all its threads, GC included), in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timed {
  times: number[];
  cpu: number[];
}

/** W warm-up calls, then R timed ones (wall and CPU time each); `fn` gets the run's weight. */
async function timeRuns(fn: (weight: number) => unknown): Promise<Timed> {
  for (let i = 0; i < warmup; i++) await fn(weightAt(i));
  const timed: Timed = { times: [], cpu: [] };
  for (let i = warmup; i < warmup + runs; i++) {
    const cpu = cpuMs();
    const start = performance.now();
    await fn(weightAt(i));
    timed.times.push(performance.now() - start);
    timed.cpu.push(cpuMs() - cpu);
  }
  return timed;
}

/** What each impl rated, for the checks in bench/run.ts. */
interface Output {
  scores: number[];
  grades: string[];
  order?: number[];
}

function withWeight(profile: Profile, weight: number): Profile {
  return { ...profile, criteria: profile.criteria.map((c, j) => (j === 0 ? { ...c, weight } : c)) };
}

// "core": everything "Rate clients" computes; "core-preview": what the panel's preview needs (no reason/flag text).
async function benchCore(texts: boolean): Promise<Timed & { output: Output; textsCpuMs?: number }> {
  const table = buildTable(size);
  const profile = benchProfile();
  const options = { asOf: AS_OF, locale: "en" as const, texts };
  let last: ReturnType<typeof rateClients> | undefined;
  const timed = await timeRuns((weight) => (last = rateClients(table, [withWeight(profile, weight)], options)));
  // The reason and flag text is built when asked for (the Excel writer asks per chunk): its cost for every
  // client, timed apart once, is what "Rate clients" adds to the core's time when it writes the sheet.
  let textsCpuMs: number | undefined;
  if (texts) {
    const cpu = cpuMs();
    let length = 0;
    for (let i = 0; i < last!.count; i++) length += last!.reasonAt(i).length + last!.flagsAt(i).length;
    textsCpuMs = length > 0 ? cpuMs() - cpu : undefined;
  }
  return { ...timed, textsCpuMs, output: { scores: Array.from(last!.scores), grades: last!.grades, order: Array.from(last!.pareto!.order) } };
}

// The floor: the same arithmetic over pre-extracted typed arrays, with no cell reading,
// no reasons and no allocation per client. Nothing real can be faster than this.
async function benchFloor(): Promise<Timed & { output: Output }> {
  const rows = buildRows(size);
  const profile = benchProfile();
  const col = (name: string) => HEADERS.indexOf(name);
  const criteria = profile.criteria;
  const columns = criteria.map((c) => {
    const arr = new Float64Array(size);
    const j = col(c.column);
    const rule = c.rule;
    for (let i = 0; i < size; i++) {
      const v = rows[i][j];
      arr[i] = rule.type === "categories" ? ((rule.scores as Record<string, number>)[String(v)] ?? 0) : Number(v);
    }
    return arr;
  });
  const profit = columns[criteria.findIndex((c) => c.column === "Profit")];
  const weights = Float64Array.from(criteria.map((c) => c.weight));
  const scores = new Float64Array(size);
  const grades = new Uint8Array(size);
  const order = new Int32Array(size);
  const asOfDay = AS_OF_SERIAL;
  let totalWeight = 0;
  const run = (weight: number) => {
    weights[0] = weight;
    totalWeight = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < size; i++) {
      let sum = 0;
      let knocked = false;
      for (let k = 0; k < criteria.length; k++) {
        const rule = criteria[k].rule;
        const x = columns[k][i];
        let s: number;
        switch (rule.type) {
          case "higher": s = (x - rule.min) / (rule.max - rule.min); break;
          case "lower": s = (rule.max - x) / (rule.max - rule.min); break;
          case "range":
            s = x < rule.min || x > rule.max ? 0 : x < rule.idealLow ? (x - rule.min) / (rule.idealLow - rule.min)
              : x <= rule.idealHigh ? 1 : (rule.max - x) / (rule.max - rule.idealHigh);
            break;
          case "recency": {
            const days = asOfDay - x;
            s = days <= rule.fullDays ? 1 : (rule.zeroDays - days) / (rule.zeroDays - rule.fullDays);
            break;
          }
          default: s = x / 100;
        }
        s = s < 0 ? 0 : s > 1 ? 100 : s * 100;
        const ko = criteria[k].knockout;
        if (ko && s < ko.below) knocked = true;
        sum += weights[k] * s;
      }
      // One decimal as the design rounds (roundScore): half away from zero, a near-half of float noise lifted over.
      const score = Math.round((sum / totalWeight) * 10 + 1e-9) / 10;
      scores[i] = score;
      grades[i] = knocked ? 3 : score >= 80 ? 0 : score >= 60 ? 1 : score >= 40 ? 2 : 3;
      order[i] = i;
    }
    order.sort((a, b) => profit[b] - profit[a] || a - b);
  };
  const timed = await timeRuns(run);
  const letters = profile.scale.grades;
  return { ...timed, output: { scores: Array.from(scores), grades: Array.from(grades, (g) => letters[g]), order: Array.from(order) } };
}

// HyperFormula: the same scores as spreadsheet formulas. Weights sit in cells so a weight change
// is a real recalculation (what the panel does on every slider move).
async function benchHyperFormula() {
  const { HyperFormula } = await import("hyperformula");
  const rows = buildRows(size);
  const profile = benchProfile();
  const letter = (name: string) => columnLetters(HEADERS.indexOf(name));
  const parts = profile.criteria.map((c, k) => {
    const w = `W!$${columnLetters(k)}$1`;
    const x = `${letter(c.column)}{r}`;
    const r = c.rule;
    let s: string;
    switch (r.type) {
      case "higher": s = `MIN(MAX((${x}-${r.min})/${r.max - r.min},0),1)*100`; break;
      case "lower": s = `MIN(MAX((${r.max}-${x})/${r.max - r.min},0),1)*100`; break;
      case "range":
        s = `IF(${x}<${r.min},0,IF(${x}<${r.idealLow},(${x}-${r.min})/${r.idealLow - r.min},IF(${x}<=${r.idealHigh},1,IF(${x}<=${r.max},(${r.max}-${x})/${r.max - r.idealHigh},0))))*100`;
        break;
      case "recency":
        s = `IF(${AS_OF_SERIAL}-${x}<=${r.fullDays},100,IF(${AS_OF_SERIAL}-${x}>=${r.zeroDays},0,(${r.zeroDays}-(${AS_OF_SERIAL}-${x}))/${r.zeroDays - r.fullDays}*100))`;
        break;
      case "categories":
        s = `P{r}`; // the credit score has its own column: the knockout reads it too
        break;
      default: throw new Error("rule");
    }
    return `${w}*${s}`;
  });
  const credit = profile.criteria.find((c) => c.rule.type === "categories")!;
  const scores = (credit.rule as { scores: Record<string, number> }).scores;
  const creditFormula = Object.entries(scores).reduceRight(
    (acc, [key, val]) => `IF(${letter(credit.column)}{r}="${key}",${val},${acc})`, "0");
  // Rounded as the design rounds (roundScore): a plain ROUND gave 47.7 for client 23,225's exact 47.75 (191/4) at
  // 100,000 clients, its weighted average landing a float hair below the half; scores are never negative.
  const scoreFormula = `=ROUND((${parts.join("+")})/SUM(W!$A$1:$L$1)+0.000000001,1)`;
  const gradeFormula = `=IF(P{r}<${credit.knockout!.below},"D",IF(Q{r}>=80,"A",IF(Q{r}>=60,"B",IF(Q{r}>=40,"C","D"))))`;
  const data = rows.map((row, i) => {
    const r = String(i + 1);
    return [...row, "=" + creditFormula.replaceAll("{r}", r), scoreFormula.replaceAll("{r}", r), gradeFormula.replaceAll("{r}", r)];
  });
  const weights = [profile.criteria.map((c) => c.weight)];
  const start = performance.now();
  // HyperFormula refuses sheets over 40,000 rows unless told otherwise.
  const hf = HyperFormula.buildFromSheets({ Data: data as never, W: weights }, { licenseKey: "gpl-v3", maxRows: Math.max(40_000, size + 1) });
  const buildMs = performance.now() - start;
  const w = hf.getSheetId("W")!;
  // A weight change is a real recalculation of every score and grade (what the panel does on each slider move).
  const timed = await timeRuns((weight) => hf.setCellContents({ sheet: w, col: 0, row: 0 }, [[weight]]));
  const values = hf.getSheetValues(hf.getSheetId("Data")!);
  const output: Output = { scores: values.map((row) => Number(row[16])), grades: values.map((row) => String(row[17])) };
  hf.destroy();
  return { ...timed, output, buildMs };
}

async function main() {
  const impl = args.impl;
  const result: Timed & { output: Output; buildMs?: number; textsCpuMs?: number } =
    impl === "core" || impl === "core-preview" ? await benchCore(impl === "core") : impl === "floor" ? await benchFloor() : await benchHyperFormula();
  if (args.out) writeFileSync(args.out, JSON.stringify(result.output));
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({
    impl, size, runs: result.times.length, warmup, medianMs: median(result.times), cpuMs: median(result.cpu),
    buildMs: result.buildMs, textsCpuMs: result.textsCpuMs, maxRssMB: Math.round(maxRssMB), lastWeight,
  }));
}
main().catch((e) => { console.error(e); process.exit(1); });
