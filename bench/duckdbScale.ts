// One measurement of the DuckDB section of npm run bench, in its own process so its peak memory is its own.
//   --impl core --size N --out scores.json: the core's rateClients on N clients (rows built first, untimed).
//   --impl duckdb --size N [--check scores.json]: N clients written to a Parquet file by DuckDB from
//   range() (untimed), then `client-rater rate clients.parquet --profile ... --out rated.parquet` timed in
//   process; with --check, every client the core rated is compared (score and grade) with the rated file.
// Prints one JSON line. Peak RSS is the process's whole life (the DuckDB side includes writing its input).
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { cliMain } from "../src/cli/main";
import { rateClients } from "../src/core";
import { stringLiteral } from "../src/sql/dialect";
import { AS_OF, benchProfile, HEADERS } from "./data";
import { clientRows, clientsSql } from "./duckdbData";

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const size = Number(arg("size"));
const impl = arg("impl");
const root = path.resolve(__dirname, "..");
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function core(): Promise<void> {
  const table = { headers: HEADERS, rows: clientRows(size) };
  const start = performance.now();
  const result = rateClients(table, [benchProfile()], { asOf: AS_OF, locale: "en" });
  const ms = performance.now() - start;
  writeFileSync(arg("out")!, JSON.stringify({ scores: Array.from(result.scores), grades: result.grades }));
  process.stdout.write(JSON.stringify({ impl: "core", size, ms: Math.round(ms), maxRssMB: peakMB() }) + "\n");
}

async function duckdb(): Promise<void> {
  const dir = mkdtempSync(path.join(root, "out", "bench", "duckdb-"));
  try {
    const input = path.join(dir, "clients.parquet");
    const out = path.join(dir, "rated.parquet");
    const profile = path.join(dir, "profile.json");
    writeFileSync(profile, JSON.stringify(benchProfile()));
    const instance = await DuckDBInstance.create(":memory:", { memory_limit: "1GB", temp_directory: path.join(dir, "spill") });
    const connection = await instance.connect();
    const s = (text: string) => stringLiteral(text, "duckdb");
    await connection.run(`COPY (SELECT * EXCLUDE (i) FROM (${clientsSql(size)})) TO ${s(input)} (FORMAT parquet)`);

    const stdout: string[] = [];
    const progress: string[] = [];
    const start = performance.now();
    const code = await cliMain(["rate", input, "--profile", profile, "--as-of", AS_OF.toISOString().slice(0, 10), "--out", out, "--json"], {
      stdout: (t) => stdout.push(t),
      stderr: (t) => progress.push(t),
      debug: false,
    });
    const ms = performance.now() - start;
    if (code !== 0) throw new Error(progress.join("\n"));
    const summary = JSON.parse(stdout.join(""));

    let check = "-";
    const checkFile = arg("check");
    if (checkFile) {
      const expected = JSON.parse(readFileSync(checkFile, "utf8")) as { scores: (number | null)[]; grades: string[] };
      const n = expected.grades.length;
      const rows = (await connection.runAndReadAll(`SELECT "Score", "Grade" FROM read_parquet(${s(out)}) LIMIT ${n}`)).getRowsJS();
      let differ = 0;
      let first = -1;
      for (let r = 0; r < n; r++) {
        const score = expected.scores[r] ?? null;
        if (rows[r][0] !== score || rows[r][1] !== expected.grades[r]) {
          differ++;
          if (first < 0) first = r;
        }
      }
      check = differ === 0 ? `equal on ${n} clients` : `${differ} of ${n} differ; client ${first + 1}: ${rows[first]} vs ${expected.scores[first]} ${expected.grades[first]}`;
    }
    connection.closeSync();
    instance.closeSync();
    process.stdout.write(
      JSON.stringify({
        impl: "duckdb", size, ms: Math.round(ms), maxRssMB: peakMB(), inputMB: Math.round(statSync(input).size / 1e6), outputMB: Math.round(statSync(out).size / 1e6),
        grades: summary.grades, vitalFew: summary.pareto?.vitalFew, progressLines: progress.length, check,
      }) + "\n",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

(impl === "core" ? core() : duckdb()).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
