// npm run bench [-- --quick]: every benchmark of issue 7 in one table, written to bench/results.json
// and BENCHMARKS.md. Each measurement runs in its own process so its peak memory is its own.
// npm run bench -- --report: BENCHMARKS.md again from bench/results.json and bench/FINDINGS.md, measuring nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { median } from "./data";

const root = path.resolve(__dirname, "..");
const quick = process.argv.includes("--quick");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const tmp = path.join(root, "out", "bench");
mkdirSync(tmp, { recursive: true });

type Row = Record<string, string | number | undefined>;
const results: { machine: Row; engine: Row[]; excel: Row[]; panel: Row[]; bundle: Row[]; cli: Row[]; notes: string[] } = {
  machine: {
    cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, platform: `${os.platform()} ${os.release()}`, date: new Date().toISOString(), quick: String(quick),
    // The machine is shared: the 1/5/15-minute load averages say how busy it was around the run.
    loadAtStart: os.loadavg().map((x) => x.toFixed(1)).join(" "),
  },
  engine: [], excel: [], panel: [], bundle: [], cli: [], notes: [],
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

function engine() {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_048_576];
  for (const size of sizes) {
    const runs = String(size > 200_000 ? 3 : 5);
    const core = child("engine.ts", ["--impl", "core", "--size", String(size), "--runs", runs], 600_000);
    const preview = child("engine.ts", ["--impl", "core-preview", "--size", String(size), "--runs", runs], 600_000);
    const floor = child("engine.ts", ["--impl", "floor", "--size", String(size), "--runs", runs], 600_000);
    let hf: Row | undefined;
    let hfNote = "";
    if (size <= (quick ? 10_000 : 100_000)) {
      try {
        hf = child("engine.ts", ["--impl", "hyperformula", "--size", String(size), "--runs", size > 10_000 ? "1" : "3"], 600_000);
      } catch (e) {
        hfNote = `HyperFormula did not finish at ${size}: ${(e as Error).message}`;
      }
    } else hfNote = "not run: HyperFormula's build time and memory grow past what this machine gives a benchmark";
    const coreMs = Number(core.medianMs);
    const previewMs = Number(preview.medianMs);
    const floorMs = Number(floor.medianMs);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
    results.engine.push({
      clients: size, coreMs: round(coreMs), corePreviewMs: round(previewMs), floorMs: round(floorMs),
      vsFloor: ratio(coreMs, floorMs), vsFloorCpu: ratio(Number(core.cpuMs), Number(floor.cpuMs)),
      previewVsFloor: ratio(previewMs, floorMs),
      hfBuildMs: hf ? round(Number(hf.medianMs)) : "-",
      hfRecalcMs: hf ? round(Number(hf.recalcMs)) : "-",
      fasterThanHfRecalc: hf ? ratio(Number(hf.recalcMs), coreMs) : "-",
      previewFasterThanHf: hf ? ratio(Number(hf.recalcMs), previewMs) : "-",
      coreMaxRssMB: core.maxRssMB, floorMaxRssMB: floor.maxRssMB, hfMaxRssMB: hf?.maxRssMB ?? "-",
    });
    if (!hf && hfNote) results.notes.push(`HyperFormula at ${size}: ${hfNote}`);
    log(`engine ${size}: core ${round(coreMs)} ms (preview ${round(previewMs)} ms), floor ${round(floorMs)} ms${hf ? `, HyperFormula recalc ${round(Number(hf.recalcMs))} ms` : ""}`);
  }
}

function excelPath() {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_048_575];
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

// Built apart from dist/ (which the browser tests rebuild and clean) so the two never race.
const benchDist = path.join(tmp, "dist");

function bundle() {
  execFileSync(path.join(root, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", benchDist], { cwd: root, stdio: "ignore" });
  // The panel's JavaScript: the scripts taskpane.html loads, plus every chunk they (transitively) name,
  // which is how the preview worker and its vendor chunk are found.
  const html = readFileSync(path.join(benchDist, "taskpane.html"), "utf8");
  const files = new Set([...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith("http")).map((s) => s.replace(/^\//, "")));
  const chunks = readdirSync(path.join(benchDist, "chunks")).filter((f) => f.endsWith(".js")).map((f) => `chunks/${f}`);
  for (let grew = true; grew; ) {
    grew = false;
    const text = [...files].map((f) => readFileSync(path.join(benchDist, f), "utf8")).join("\n");
    for (const chunk of chunks) {
      const hash = chunk.split(".").slice(-2, -1)[0];
      if (!files.has(chunk) && text.includes(hash)) {
        files.add(chunk);
        grew = true;
      }
    }
  }
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = readFileSync(path.join(benchDist, file));
    raw += data.length;
    gzip += zlib.gzipSync(data, { level: 9 }).length;
  }
  results.bundle.push({ what: `task pane JS: ${[...files].join(" + ")}`, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gzip / 1024), goalGzipKB: 300 });
  log(`bundle: ${Math.round(raw / 1024)} KB raw, ${Math.round(gzip / 1024)} KB gzip (${[...files].join(", ")})`);
}

function panel() {
  const r = child("panel.ts", [...(quick ? ["--sizes", "10000"] : ["--sizes", "10000,100000"]), "--dist", benchDist], 1_800_000);
  for (const row of (r as unknown as { rows: Row[] }).rows) results.panel.push(row);
  log(`panel: ${JSON.stringify(r)}`);
}

function cli() {
  const size = quick ? 10_000 : 100_000;
  const input = path.join(tmp, `clients-${size}.xlsx`);
  if (!existsSync(input)) execFileSync(tsx, [path.join(root, "bench", "makeXlsx.ts"), input, String(size)], { stdio: "ignore" });
  // The command line as shipped (`npm run build:cli`), compiled apart from dist/ so no stale build is timed.
  const cliOut = path.join(tmp, "cli");
  execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json", "--outDir", cliOut], { cwd: root, stdio: "ignore" });
  const runner = `require(${JSON.stringify(path.join(cliOut, "cli", "main.js"))}).cliMain(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
  const runs = quick ? 1 : 3;
  const cliMs = timeCommand("node", ["-e", runner, "rate", input, "--out", path.join(tmp, "rated.xlsx"), "--as-of", "2026-11-27"], runs);
  const floorMs = timeCommand("node", [path.join(root, "bench", "exceljsRoundTrip.cjs"), input, path.join(tmp, "roundtrip.xlsx")], runs);
  // For scale: the rated file carries 8 more columns and a Pareto sheet, so exceljs alone on the output
  // (read + write of the rated file) shows how much of the gap is the bigger workbook itself.
  const outputFloorMs = timeCommand("node", [path.join(root, "bench", "exceljsRoundTrip.cjs"), path.join(tmp, "rated.xlsx"), path.join(tmp, "roundtrip-rated.xlsx")], runs);
  results.cli.push({
    rows: size, fileMB: mb(statSync(input).size), ratedFileMB: mb(statSync(path.join(tmp, "rated.xlsx")).size),
    cliMs: round(cliMs), exceljsAloneMs: round(floorMs), ratio: `${(cliMs / floorMs).toFixed(2)}x`, goal: "<= 1.3x",
    exceljsOnRatedFileMs: round(outputFloorMs), ratioToThat: `${(cliMs / outputFloorMs).toFixed(2)}x`,
  });
  log(`cli ${size}: ${round(cliMs)} ms vs exceljs alone ${round(floorMs)} ms`);
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
    engine: ["engine", engine], excel: ["excel", excelPath], bundle: ["bundle", bundle], panel: ["panel", panel], cli: ["cli", cli],
  };
  const [key, fn] = sections[only];
  const machine = results.machine;
  Object.assign(results, JSON.parse(readFileSync(path.join(root, "bench", "results.json"), "utf8")));
  results.notes = results.notes.filter(
    (n) => !n.startsWith(`${only} failed`) && !n.startsWith(`${only} measured again`) && !(only === "engine" && n.startsWith("HyperFormula")),
  );
  (results[key] as Row[]).length = 0;
  section(only, fn);
  results.notes.push(`${only} measured again on ${machine.date} (load at start ${machine.loadAtStart}, at end ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}).`);
} else {
  section("engine", engine);
  section("excel", excelPath);
  section("bundle", bundle);
  section("panel", panel);
  section("cli", cli);
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

## Engine: score, grade and Pareto-sort (12 criteria, every rule type)
core: \`rateClients\` as "Rate clients" runs it (scores, areas, grades, knockouts, reason and flag text per client, Pareto).
corePreview: the same with \`texts: false\` (no reason/flag text), what the panel's preview needs on a weight change.
Floor: a bare loop over pre-extracted typed arrays doing only the arithmetic and the sort (goal: core <= 5x); vsFloorCpu is
the same ratio in process CPU time, steadier than wall time on a shared machine.
Peer: HyperFormula recalculating the same scores written as formulas after a weight change (goal: core >= 10x faster).

${table(results.engine)}
## Excel path over the simulator: one full "Rate clients", 15 columns
Goals: syncs <= 3 + ceil(bytes / 4 MB); no request over 5 MB; <= 8 conditional-format rules; proxies independent of rows.

${table(results.excel)}
## Panel: weight change to updated preview in Chromium (goal <= 16 ms at 10,000, <= 100 ms at 100,000)

${table(results.panel)}
## Task pane bundle (goal <= 300 KB gzip)

${table(results.bundle)}
## Command line on an .xlsx: total time against exceljs reading and writing the same file alone

${table(results.cli)}
${results.notes.length ? "## Notes\n\n" + results.notes.map((n) => `- ${n}`).join("\n") + "\n" : ""}${findings()}`;

writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(results, null, 2));
writeFileSync(path.join(root, "BENCHMARKS.md"), markdown);
process.stdout.write(markdown);
