// One engine measurement in its own process (so peak memory is its own):
//   npx tsx bench/engine.ts --impl core|core-preview|floor|hyperformula --size N --runs R
// Prints one JSON line: { impl, size, runs, medianMs, recalcMs?, maxRssMB }.
import { parseArgs } from "node:util";
import { rateClients } from "../src/core";
import { columnLetters } from "../src/shared/a1";
import { AS_OF, AS_OF_SERIAL, benchProfile, buildRows, buildTable, HEADERS, median } from "./data";

const { values: args } = parseArgs({
  options: { impl: { type: "string" }, size: { type: "string" }, runs: { type: "string", default: "5" } },
});
const size = Number(args.size);
const runs = Number(args.runs);

/** CPU time of this process (all its threads, GC included), in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const cpuTimes: number[] = [];

function timeRuns(fn: () => void): number[] {
  // Warm-up until the JIT has settled: for 1.5 s (at least once, at most 30 runs). One run is not enough
  // at 10,000 clients, where optimized code arrives only after a few dozen calls.
  const warmStart = performance.now();
  for (let i = 0; i < 30 && (i === 0 || performance.now() - warmStart < 1500); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = cpuMs();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    cpuTimes.push(cpuMs() - cpu);
  }
  return times;
}

// "core": everything "Rate clients" writes; "core-preview": what the panel's preview needs (no reason/flag text).
function benchCore(texts: boolean) {
  const table = buildTable(size);
  const profile = benchProfile();
  const options = { asOf: AS_OF, locale: "en" as const, texts };
  return { times: timeRuns(() => rateClients(table, [profile], options)) };
}

// The floor: the same arithmetic over pre-extracted typed arrays, with no cell reading,
// no reasons and no allocation per client. Nothing real can be faster than this.
function benchFloor() {
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
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const scores = new Float64Array(size);
  const grades = new Uint8Array(size);
  const order = new Int32Array(size);
  const asOfDay = AS_OF_SERIAL;
  const run = () => {
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
      const score = Math.round((sum / totalWeight) * 10) / 10;
      scores[i] = score;
      grades[i] = knocked ? 3 : score >= 80 ? 0 : score >= 60 ? 1 : score >= 40 ? 2 : 3;
      order[i] = i;
    }
    order.sort((a, b) => profit[b] - profit[a] || a - b);
  };
  return { times: timeRuns(run) };
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
  const scoreFormula = `=ROUND((${parts.join("+")})/SUM(W!$A$1:$L$1),1)`;
  const gradeFormula = `=IF(P{r}<${credit.knockout!.below},"D",IF(Q{r}>=80,"A",IF(Q{r}>=60,"B",IF(Q{r}>=40,"C","D"))))`;
  const data = rows.map((row, i) => {
    const r = String(i + 1);
    return [...row, "=" + creditFormula.replaceAll("{r}", r), scoreFormula.replaceAll("{r}", r), gradeFormula.replaceAll("{r}", r)];
  });
  const weights = [profile.criteria.map((c) => c.weight)];
  const build: number[] = [];
  const recalc: number[] = [];
  for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
    const start = performance.now();
    // HyperFormula refuses sheets over 40,000 rows unless told otherwise.
    const hf = HyperFormula.buildFromSheets({ Data: data as never, W: weights }, { licenseKey: "gpl-v3", maxRows: Math.max(40_000, size + 1) });
    build.push(performance.now() - start);
    const w = hf.getSheetId("W")!;
    const t = performance.now();
    hf.setCellContents({ sheet: w, col: 0, row: 0 }, [[4]]);
    recalc.push(performance.now() - t);
    const d = hf.getSheetId("Data")!;
    if (typeof hf.getCellValue({ sheet: d, col: 17, row: 0 }) !== "string") throw new Error("HyperFormula grade missing");
    hf.destroy();
  }
  return { times: build, recalcMs: median(recalc) };
}

async function main() {
  const impl = args.impl;
  const result = impl === "core" || impl === "core-preview" ? benchCore(impl === "core") : impl === "floor" ? benchFloor() : await benchHyperFormula();
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ impl, size, runs: result.times.length, medianMs: median(result.times),
    cpuMs: cpuTimes.length ? median(cpuTimes) : undefined,
    recalcMs: (result as { recalcMs?: number }).recalcMs, maxRssMB: Math.round(maxRssMB) }));
}
main().catch((e) => { console.error(e); process.exit(1); });
