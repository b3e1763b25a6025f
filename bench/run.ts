// npm run bench: every benchmark of issue 7 in one table, written to bench/results.json and BENCHMARKS.md.
// npm run bench -- --quick: engine, preview and the Excel path at small sizes, written to out/bench/quick.md only.
// Each measurement runs in its own process so its peak memory is its own. Exit code 1 when an engine's output
// (floor, HyperFormula) differs from the core's.
// npm run bench -- --report: BENCHMARKS.md again from bench/results.json and bench/FINDINGS.md, measuring nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { START_GOAL_GZIP_BYTES, type ChunkSize, type TaskPaneBundle } from "./bundleSize";
import { median } from "./data";

const root = path.resolve(__dirname, "..");
const quick = process.argv.includes("--quick");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const tmp = path.join(root, "out", "bench");
mkdirSync(tmp, { recursive: true });

type Row = Record<string, string | number | undefined>;
const results: { machine: Row; engine: Row[]; preview: Row[]; excel: Row[]; richapi: Row[]; panel: Row[]; bundle: Row[]; cli: Row[]; duckdb: Row[]; notes: string[] } = {
  machine: {
    cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, platform: `${os.platform()} ${os.release()}`, date: new Date().toISOString(), quick: String(quick),
    // The machine is shared: the 1/5/15-minute load averages say how busy it was around the run.
    loadAtStart: os.loadavg().map((x) => x.toFixed(1)).join(" "),
  },
  engine: [], preview: [], excel: [], richapi: [], panel: [], bundle: [], cli: [], duckdb: [], notes: [],
};

/** Room for the million-row cases: Node's default heap limit (about 4 GB) is far below what 1,048,576 rows need. */
const BIG_HEAP = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=16384`.trim() };

function child(script: string, args: string[], timeoutMs: number): Row {
  const out = spawnSync(tsx, [path.join(root, "bench", script), ...args], { encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 24, env: BIG_HEAP });
  if (out.status !== 0) {
    const lines = (out.stderr || "").trim().split("\n");
    const why = out.error ? String(out.error.message) : lines.find((l) => /FATAL|out of memory|Error/.test(l)) ?? lines.slice(-1)[0];
    throw new Error(why || `exit ${out.status}${out.signal ? ` (${out.signal})` : ""}`);
  }
  return JSON.parse(out.stdout.trim().split("\n").pop()!);
}

function timeCommand(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(cmd, args, { stdio: "ignore", cwd: root });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Warm-up and timed runs per size: the same for every impl, HyperFormula included. */
function engineRuns(size: number): { warmup: number; runs: number } {
  if (size <= 10_000) return quick ? { warmup: 20, runs: 5 } : { warmup: 30, runs: 10 };
  if (size <= 100_000) return quick ? { warmup: 3, runs: 5 } : { warmup: 5, runs: 10 };
  return { warmup: 2, runs: 3 };
}

interface EngineOutput {
  scores: number[];
  grades: string[];
  order?: number[];
}

/** Client by client: "" when `b` rated every client as `a` did, else what differs (counts and the first client). */
function compareOutputs(a: EngineOutput, b: EngineOutput): string {
  if (a.scores.length !== b.scores.length) return `${a.scores.length} vs ${b.scores.length} clients`;
  let scores = 0;
  let grades = 0;
  let order = 0;
  let first = -1;
  for (let i = 0; i < a.scores.length; i++) {
    const score = a.scores[i] !== b.scores[i];
    const grade = a.grades[i] !== b.grades[i];
    if (score) scores++;
    if (grade) grades++;
    if ((score || grade) && first < 0) first = i;
  }
  if (a.order && b.order) for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i]) order++;
  if (scores + grades + order === 0) return "";
  const at = first >= 0 ? `; client ${first + 1}: ${a.scores[first]} ${a.grades[first]} vs ${b.scores[first]} ${b.grades[first]}` : "";
  return `${scores} scores, ${grades} grades, ${order} Pareto places differ${at}`;
}

const engineChecksFailed: string[] = [];
/** --no-hyperformula: the engine section without the peer (its build alone takes minutes at 100,000 rows). */
const noHyperFormula = process.argv.includes("--no-hyperformula");

function engine() {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_048_576];
  for (const size of sizes) {
    const { warmup, runs } = engineRuns(size);
    const outFile = (impl: string) => path.join(tmp, `engine-${impl}-${size}.json`);
    const measure = (impl: string) =>
      child("engine.ts", ["--impl", impl, "--size", String(size), "--runs", String(runs), "--warmup", String(warmup), "--out", outFile(impl)], 1_800_000);
    const core = measure("core");
    const preview = measure("core-preview");
    const floor = measure("floor");
    let hf: Row | undefined;
    let hfNote = "";
    if (noHyperFormula) hfNote = "not run in this pass (--no-hyperformula)";
    else if (size <= (quick ? 10_000 : 100_000)) {
      try {
        hf = measure("hyperformula");
      } catch (e) {
        hfNote = `HyperFormula did not finish at ${size}: ${(e as Error).message}`;
      }
    } else hfNote = "not run: HyperFormula's build time and memory grow past what this machine gives a benchmark";
    // Every client checked: the floor and HyperFormula must rate exactly as the core does.
    const output = (impl: string) => JSON.parse(readFileSync(outFile(impl), "utf8")) as EngineOutput;
    const coreOutput = output("core");
    const check = (impl: string) => {
      const diff = compareOutputs(coreOutput, output(impl));
      if (diff) engineChecksFailed.push(`${impl} at ${size}: ${diff}`);
      return diff ? `differs: ${diff}` : "equal";
    };
    const floorCheck = check("floor");
    const hfCheck = hf ? check("hyperformula") : "-";
    const ms = (r: Row) => Number(r.medianMs);
    const cpu = (r: Row) => Number(r.cpuMs);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
    results.engine.push({
      clients: size, warmupRuns: warmup, timedRuns: runs,
      coreMs: round(ms(core)), coreCpuMs: round(cpu(core)), coreTextsCpuMs: core.textsCpuMs === undefined ? "-" : round(Number(core.textsCpuMs)), corePreviewMs: round(ms(preview)), floorMs: round(ms(floor)), floorCpuMs: round(cpu(floor)),
      vsFloor: ratio(ms(core), ms(floor)), vsFloorCpu: ratio(cpu(core), cpu(floor)),
      previewVsFloor: ratio(ms(preview), ms(floor)), previewVsFloorCpu: ratio(cpu(preview), cpu(floor)),
      hfBuildMs: hf ? round(Number(hf.buildMs)) : "-",
      hfRecalcMs: hf ? round(ms(hf)) : "-",
      hfRecalcCpuMs: hf ? round(cpu(hf)) : "-",
      fasterThanHfRecalc: hf ? ratio(ms(hf), ms(core)) : "-",
      fasterThanHfRecalcCpu: hf ? ratio(cpu(hf), cpu(core)) : "-",
      previewFasterThanHf: hf ? ratio(ms(hf), ms(preview)) : "-",
      floorVsCore: floorCheck, hfVsCore: hfCheck,
      coreMaxRssMB: core.maxRssMB, floorMaxRssMB: floor.maxRssMB, hfMaxRssMB: hf?.maxRssMB ?? "-",
    });
    if (!hf && hfNote) results.notes.push(`HyperFormula at ${size}: ${hfNote}`);
    log(`engine ${size}: core ${round(ms(core))} ms (preview ${round(ms(preview))} ms), floor ${round(ms(floor))} ms${hf ? `, HyperFormula recalc ${round(ms(hf))} ms` : ""}; floor ${floorCheck}, HyperFormula ${hfCheck}`);
  }
}

/** The panel's preview after a weight change, in process: the worker's share of the panel figure. */
function preview() {
  const r = child("preview.ts", ["--size", "100000", "--runs", quick ? "10" : "20"], 600_000);
  results.preview.push({
    clients: r.size, criteria: r.criteria, runs: r.runs, weightChangeToCountsAndMoversMs: round(Number(r.medianMs)),
    p95Ms: round(Number(r.p95Ms)), cpuMs: round(Number(r.cpuMs)), goalMs: 16, fullPathMs: round(Number(r.fullMedianMs)),
    fullPathCpuMs: round(Number(r.fullCpuMs)), firstPreviewMs: round(Number(r.firstMs)), movers: r.movers, check: r.check,
  });
  log(`preview 100000: ${round(Number(r.medianMs))} ms (CPU ${round(Number(r.cpuMs))} ms), full path ${round(Number(r.fullMedianMs))} ms; ${r.check}`);
}

function excelPath() {
  const sizes = quick ? [10_000] : [10_000, 100_000, 1_048_575];
  for (const size of sizes) {
    const r = child("excelPath.ts", ["--size", String(size)], 1_800_000);
    results.excel.push({
      rows: size, columns: r.columns, syncs: r.syncs, syncBudget: r.syncBudget,
      maxRequestMB: mb(Number(r.maxRequestBytes)), maxResponseMB: mb(Number(r.maxResponseBytes)),
      totalMB: mb(Number(r.totalBytes)), proxies: r.proxies, cfRules: r.cfRules, wallMs: r.ms, maxRssMB: r.maxRssMB,
    });
    log(`excel ${size}: ${r.syncs} syncs (budget ${r.syncBudget}), ${r.proxies} proxies, ${r.cfRules} CF rules`);
  }
}

/** "Rate clients" through Microsoft's Excel client library, the simulator as host: the real bytes of every sync. */
function richApiPath() {
  // The full grid through Office.js needs about ten times the 100,000-row run's 1.0 GB peak and tens of minutes on
  // a shared 2-core machine: measured only when asked for (RICHAPI_FULL_GRID=1).
  const sizes = quick ? [10_000] : process.env.RICHAPI_FULL_GRID === "1" ? [10_000, 100_000, 1_048_575] : [10_000, 100_000];
  for (const size of sizes) {
    const r = child("richApi.ts", ["--size", String(size)], 3_600_000);
    const bytes = (xs: unknown) => (xs as number[]).map((b) => (b >= 1e6 ? `${mb(b)} MB` : b >= 1000 ? `${Math.round(b / 1000)} KB` : `${b} B`)).join(" / ");
    results.richapi.push({
      rows: size, syncs: r.syncs, estimateSyncs: r.estimateSyncs,
      maxRequestMB: mb(Number(r.maxRequestBytes)), estimateMaxRequestMB: mb(Number(r.estimateMaxRequestBytes)),
      maxResponseMB: mb(Number(r.maxResponseBytes)), estimateMaxResponseMB: mb(Number(r.estimateMaxResponseBytes)),
      totalMB: mb(Number(r.totalBytes)), estimateTotalMB: mb(Number(r.estimateTotalBytes)),
      within5MB: r.withinLimit, requestsPerSync: bytes(r.requestBytes), responsesPerSync: bytes(r.responseBytes), wallMs: r.ms,
      maxRssMB: r.maxRssMB, directMaxRssMB: r.directMaxRssMB,
    });
    if ((r.withinLimit as unknown) !== true) results.notes.push(`richapi ${size}: a real request or response is over Excel's 5 MB limit.`);
    log(`richapi ${size}: ${r.syncs} syncs, largest request ${mb(Number(r.maxRequestBytes))} MB (estimate ${mb(Number(r.estimateMaxRequestBytes))} MB)`);
  }
}

// Built apart from dist/ (which the browser tests rebuild and clean) so the two never race.
const benchDist = path.join(tmp, "dist");

function bundle() {
  // The whole build (the panel section below opens its workbench), counted as bench/bundleSize.ts says.
  const measured = child("bundleSize.ts", ["--out", benchDist], 900_000) as unknown as TaskPaneBundle;
  const kb = (bytes: number) => Math.round(bytes / 1024);
  const row = (loads: string, chunk: ChunkSize): Row => ({ loads, what: chunk.files.join(" + "), rawKB: kb(chunk.rawBytes), gzipKB: kb(chunk.gzipBytes), goalGzipKB: "-", importedBy: chunk.importedBy });
  results.bundle.push({
    loads: "at start (total)", what: measured.start.flatMap((c) => c.files).join(" + "),
    rawKB: kb(measured.startRawBytes), gzipKB: kb(measured.startGzipBytes), goalGzipKB: START_GOAL_GZIP_BYTES / 1024, importedBy: "taskpane.html, the preview worker",
  });
  for (const chunk of measured.start) results.bundle.push(row("at start", chunk));
  for (const chunk of measured.later) results.bundle.push(row(LOADS_WHEN[chunk.name] ?? "later (shared by the chunks it is imported with)", chunk));
  log(`bundle: ${kb(measured.startRawBytes)} KB raw, ${kb(measured.startGzipBytes)} KB gzip at start (${measured.start.flatMap((c) => c.files).join(", ")}); later: ${measured.later.map((c) => `${c.name} ${kb(c.gzipBytes)}`).join(", ")}`);
}

/** When each named chunk of the task pane is fetched (their webpackChunkName in src/taskpane and src/commands). */
const LOADS_WHEN: Record<string, string> = {
  "i18n-nl": "before the first render, when Office's display language is Dutch",
  "i18n-de": "before the first render, when Office's display language is German",
  "i18n-hu": "before the first render, when Office's display language is Hungarian",
  "rate-workbook": "first Rate clients or Remove ratings (panel or ribbon)",
  "client-history": "first rated client selected (portrait's score history)",
  "profile-writer": "Reset to default of a damaged stored profile",
  "client-list": "Make a client list from order lines",
};

function panel() {
  const r = child("panel.ts", [...(quick ? ["--sizes", "10000"] : ["--sizes", "10000,100000"]), "--dist", benchDist], 1_800_000);
  for (const row of (r as unknown as { rows: Row[] }).rows) results.panel.push(row);
  log(`panel: ${JSON.stringify(r)}`);
}

interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
}

/** One run of a Node command with its wall time, CPU time and peak memory (bench/processUsage.cjs reports the last two). */
function measuredNode(args: string[]): Usage {
  const usageFile = path.join(tmp, "usage.json");
  const start = performance.now();
  execFileSync("node", ["--require", path.join(root, "bench", "processUsage.cjs"), ...args], { stdio: "ignore", cwd: root, env: { ...process.env, BENCH_USAGE_FILE: usageFile } });
  const wallMs = performance.now() - start;
  return { wallMs, ...(JSON.parse(readFileSync(usageFile, "utf8")) as Omit<Usage, "wallMs">) };
}

const medianOf = (runs: Usage[], key: keyof Usage) => median(runs.map((r) => r[key]));

function cli() {
  const size = quick ? 10_000 : 100_000;
  const input = path.join(tmp, `clients-${size}.xlsx`);
  if (!existsSync(input)) execFileSync(tsx, [path.join(root, "bench", "makeXlsx.ts"), input, String(size)], { stdio: "ignore" });
  // The command line as shipped (`npm run build:cli`), compiled apart from dist/ so no stale build is timed.
  const cliOut = path.join(tmp, "cli");
  execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json", "--outDir", cliOut], { cwd: root, stdio: "ignore" });
  const runner = `require(${JSON.stringify(path.join(cliOut, "cli", "main.js"))}).cliMain(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
  const rated = path.join(tmp, "rated.xlsx");
  const cliArgs = ["-e", runner, "rate", input, "--out", rated, "--as-of", "2026-11-27"];
  const floorArgs = [path.join(root, "bench", "exceljsRoundTrip.cjs"), input, path.join(tmp, "roundtrip.xlsx")];
  // The two sides alternate, run for run, so a change in the shared machine's load falls on both alike.
  const runs = quick ? 1 : 3;
  const cliRuns: Usage[] = [];
  const floorRuns: Usage[] = [];
  for (let i = 0; i < runs; i++) {
    cliRuns.push(measuredNode(cliArgs));
    floorRuns.push(measuredNode(floorArgs));
  }
  const cliMs = medianOf(cliRuns, "wallMs");
  const floorMs = medianOf(floorRuns, "wallMs");
  const cliCpuMs = medianOf(cliRuns, "cpuMs");
  const floorCpuMs = medianOf(floorRuns, "cpuMs");
  // For scale: the rated file carries 8 more columns and a Pareto sheet, so exceljs alone on the output
  // (read + write of the rated file) shows how much of the gap is the bigger workbook itself.
  const outputFloorMs = timeCommand("node", [path.join(root, "bench", "exceljsRoundTrip.cjs"), rated, path.join(tmp, "roundtrip-rated.xlsx")], 1);
  results.cli.push({
    rows: size, fileMB: mb(statSync(input).size), ratedFileMB: mb(statSync(rated).size), runs,
    cliMs: round(cliMs), exceljsAloneMs: round(floorMs), ratio: `${(cliMs / floorMs).toFixed(2)}x`, goal: "<= 1.0x",
    cliCpuMs: round(cliCpuMs), exceljsAloneCpuMs: round(floorCpuMs), cpuRatio: `${(cliCpuMs / floorCpuMs).toFixed(2)}x`,
    cliMaxRssMB: medianOf(cliRuns, "maxRssMB"), exceljsAloneMaxRssMB: medianOf(floorRuns, "maxRssMB"),
    exceljsOnRatedFileMs: round(outputFloorMs), ratioToThat: `${(cliMs / outputFloorMs).toFixed(2)}x`,
  });
  log(`cli ${size}: ${round(cliMs)} ms vs exceljs alone ${round(floorMs)} ms (wall runs ${cliRuns.map((r) => round(r.wallMs)).join(", ")} vs ${floorRuns.map((r) => round(r.wallMs)).join(", ")})`);
}

/**
 * Past Excel's grid: `client-rater rate clients.parquet` through DuckDB (its memory limit 2 GB) against the core in
 * Node at the largest size that fits a sheet. Every client the core rates is checked against DuckDB's file; at
 * 10,000,000 the first 1,048,576 clients are the same rows, and with a threshold scale their scores and grades
 * depend on their own row only.
 */
function duckdbScale() {
  const coreSize = quick ? 100_000 : 1_048_576;
  const coreFile = path.join(tmp, `duckdb-core-${coreSize}.json`);
  const core = child("duckdbScale.ts", ["--impl", "core", "--size", String(coreSize), "--out", coreFile], 3_600_000);
  results.duckdb.push({ engine: "core (Node)", clients: coreSize, seconds: round(Number(core.ms) / 1000), maxRssMB: core.maxRssMB, check: "-", inputMB: "-", outputMB: "-" });
  log(`duckdb section: core ${coreSize}: ${core.ms} ms, ${core.maxRssMB} MB`);
  for (const size of quick ? [100_000] : [1_048_576, 10_000_000]) {
    const r = child("duckdbScale.ts", ["--impl", "duckdb", "--size", String(size), "--check", coreFile], 7_200_000);
    results.duckdb.push({ engine: "DuckDB (client-rater rate .parquet)", clients: size, seconds: round(Number(r.ms) / 1000), maxRssMB: r.maxRssMB, check: r.check, inputMB: r.inputMB, outputMB: r.outputMB });
    log(`duckdb section: DuckDB ${size}: ${r.ms} ms, ${r.maxRssMB} MB, ${r.check}`);
    if (!String(r.check).startsWith("equal")) engineChecksFailed.push(`DuckDB at ${size}: ${r.check}`);
  }
}

const round = (x: number) => Math.round(x * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1e6) * 100) / 100;
function log(line: string) {
  process.stderr.write(line + "\n");
}

function table(rows: Row[]): string {
  if (rows.length === 0) return "(not measured)\n";
  const keys = Object.keys(rows[0]);
  return [`| ${keys.join(" | ")} |`, `| ${keys.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${keys.map((k) => r[k] ?? "").join(" | ")} |`)].join("\n") + "\n";
}

function section(name: string, fn: () => void) {
  try {
    fn();
  } catch (e) {
    results.notes.push(`${name} failed: ${(e as Error).message}`);
    log(`${name} failed: ${(e as Error).message}`);
  }
}

// --report: no measuring, only BENCHMARKS.md written again from bench/results.json (after editing FINDINGS.md).
// --only NAME: measure one section again and put it into the existing bench/results.json.
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
if (process.argv.includes("--report")) {
  Object.assign(results, JSON.parse(readFileSync(path.join(root, "bench", "results.json"), "utf8")));
} else if (only) {
  const sections: Record<string, [keyof typeof results, () => void]> = {
    engine: ["engine", engine], preview: ["preview", preview], excel: ["excel", excelPath], richapi: ["richapi", richApiPath], bundle: ["bundle", bundle], panel: ["panel", panel], cli: ["cli", cli],
    duckdb: ["duckdb", duckdbScale],
  };
  const [key, fn] = sections[only];
  const machine = results.machine;
  Object.assign(results, { preview: [], duckdb: [] }, JSON.parse(readFileSync(path.join(root, "bench", "results.json"), "utf8")));
  results.notes = results.notes.filter(
    (n) => !n.startsWith(`${only} failed`) && !n.startsWith(`${only} measured again`) && !(only === "engine" && n.startsWith("HyperFormula")),
  );
  (results[key] as Row[]).length = 0;
  section(only, fn);
  results.notes.push(`${only} measured again on ${machine.date} (load at start ${machine.loadAtStart}, at end ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}).`);
} else if (quick) {
  // A few minutes on a busy machine: the engine (with its checks), the preview and the Excel path at 10,000 rows;
  // no bundle build, browser or command line. Written to out/bench/, never over the full run's figures.
  section("engine", engine);
  section("preview", preview);
  section("excel", excelPath);
  section("duckdb", duckdbScale);
  results.machine.loadAtEnd = os.loadavg().map((x) => x.toFixed(1)).join(" ");
} else {
  section("engine", engine);
  section("preview", preview);
  section("excel", excelPath);
  section("richapi", richApiPath);
  section("bundle", bundle);
  section("panel", panel);
  section("cli", cli);
  section("duckdb", duckdbScale);
  results.machine.loadAtEnd = os.loadavg().map((x) => x.toFixed(1)).join(" ");
}
/** The hand-written analysis of the goals (why a goal is missed, what it would take), kept beside the script. */
function findings(): string {
  const file = path.join(root, "bench", "FINDINGS.md");
  return existsSync(file) ? "\n" + readFileSync(file, "utf8") : "";
}

const m = results.machine;
const markdown = `# Benchmarks

Produced by \`npm run bench${m.quick === "true" ? " -- --quick" : ""}\` on ${m.date} (${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}).
Load average (1/5/15 min) at the start: ${m.loadAtStart}; at the end: ${m.loadAtEnd}. The machine was shared with other jobs.
Medians over several runs; each measurement in its own process. Raw figures: bench/results.json. Sections measured
again (\`npm run bench -- --only NAME\`, e.g. after a failure) say so in the notes, with the load at that time.

## Engine: score, grade and Pareto-sort after a weight change (12 criteria, every rule type)
core: \`rateClients\` as "Rate clients" runs it (scores, areas, grades, knockouts, Pareto; reason and flag text per client
on demand). coreTextsCpuMs: building every client's reason and flag text once, which the Excel writer does per chunk it writes.
corePreview: the same with \`texts: false\` (no reason/flag text), what the panel's preview needs on a weight change.
Floor: a bare loop over pre-extracted typed arrays doing only the arithmetic and the sort (goal: core <= 3x); the \`Cpu\`
columns are process CPU time (\`process.cpuUsage\`), steadier than wall time on a shared machine.
Peer: HyperFormula recalculating the same scores written as formulas after a weight change (goal: core >= 10x faster).
Like for like: every impl gets the same untimed warm-up runs and the same number of timed runs, each changing the
first weight; after the last run every client's score and grade (and the Pareto order, for the floor) is checked
against the core's (\`floorVsCore\`, \`hfVsCore\`). HyperFormula's one-off sheet build is timed apart (\`hfBuildMs\`).

${table(results.engine)}
## Preview: weight change to grade counts and movers, in process (goal <= 16 ms at 100,000 clients x 12 criteria)
What the panel's preview worker runs per weight change (\`summarize\` with the sheet's parsed columns and each criterion's
scores kept): median of the timed runs after as many untimed ones. The first preview after opening a sheet parses the cells.
A weight change re-weights the last rating (src/core/reweight.ts); \`fullPath\` times the same changes rated in full (as
before the re-weight path, and as any other edit still is). \`check\`: both paths' last result equal to a rating from scratch.

${table(results.preview)}
## Excel path over the simulator: one full "Rate clients", 15 columns
Goals: syncs <= 3 + ceil(bytes / 4 MB); no request over 5 MB; <= 8 conditional-format rules; proxies independent of rows.

${table(results.excel)}
## Excel path through Microsoft's client library: real request and response bytes per sync
"Rate clients" with @microsoft/office-js 1.1.110 building every request (\`bench/richApi.ts\`, the simulator answering as
host): the JSON each sync sends and gets back, measured, beside the simulator's estimate of the same run (\`estimate*\`).
The last sync is Office.js releasing the ranges Excel.run kept. Goal: every request and response within Excel's 5 MB.

${table(results.richapi ?? [])}
## Panel: weight change to updated preview in Chromium (goal <= 16 ms at 10,000, <= 100 ms at 100,000)

${table(results.panel)}
## Task pane bundle (goal <= 300 KB gzip)
What the task pane fetches before its first screen ("at start": taskpane.html's scripts, the chunks they need and the
preview worker, which starts once a sheet is read) against the goal, then each chunk fetched later and when. KB are
KiB, each file gzip -9 on its own; the build is \`webpack --mode production\` (bench/bundleSize.ts).

${table(results.bundle)}
## Command line on an .xlsx: total time against exceljs reading and writing the same file alone
\`client-rater rate clients.xlsx --out rated.xlsx\` (compiled as shipped) and \`bench/exceljsRoundTrip.cjs\` on the same
input, run alternately, run for run; medians of wall time, of CPU time (user + system) and of peak RSS, each process
measured by \`bench/processUsage.cjs\`. exceljsOnRatedFileMs: exceljs reading and writing the rated file, once.

${table(results.cli)}
## Past Excel's grid: DuckDB rating a Parquet file (12 criteria, thresholds, Pareto with effort) against the core in Node
The client list is written by DuckDB from range() (bench/duckdbData.ts; untimed); DuckDB's time is \`client-rater rate
clients.parquet --profile ... --out rated.parquet\` in process (reading, rating, sorting back to file order, writing,
summary), its peak RSS the whole process's. The core's is \`rateClients\` at the largest size a sheet holds. \`check\`:
every client the core rated, compared score and grade with DuckDB's file.

${table(results.duckdb ?? [])}
${results.notes.length ? "## Notes\n\n" + results.notes.map((n) => `- ${n}`).join("\n") + "\n" : ""}${findings()}`;

if (quick) writeFileSync(path.join(tmp, "quick.md"), markdown);
else {
  writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(results, null, 2));
  writeFileSync(path.join(root, "BENCHMARKS.md"), markdown);
}
process.stdout.write(markdown);
if (engineChecksFailed.length > 0) {
  log(`Engine outputs differ from the core's: ${engineChecksFailed.join("; ")}`);
  process.exitCode = 1;
}
