// `client-rater rate <file> --engine duckdb`: a CSV of clients rated through DuckDB into Parquet (and
// CSV) with the grades the core gives, the summary's counts and Pareto figures the core's, and a rated
// file rated again unchanged.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cliMain } from "../../src/cli/main";
import { parseProfile, rateClients, ratingDateOf, type ClientTable } from "../../src/core";
import { stringLiteral } from "../../src/sql/dialect";
import { openDuckDb } from "../sql/duckdbTable";
import { REPO } from "./runCli";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cliMain(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), debug: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const PROFILE = {
  version: 1,
  name: "Superstore",
  scale: { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.3] },
  criteria: [
    { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 10000 } },
    { id: "segment", column: "Segment", area: "client", weight: 1, rule: { type: "categories", scores: { Corporate: 100, "Home Office": 70, Consumer: 40 } } },
    { id: "recent", column: "Last order", area: "fit", weight: 1, rule: { type: "recency", fullDays: 90, zeroDays: 720 } },
  ],
  pareto: { value: "Profit", effort: "Orders", share: 0.8 },
};

let dir: string;
let csv: string;
let profileFile: string;
let db: Awaited<ReturnType<typeof openDuckDb>>;
const s = (text: string) => stringLiteral(text, "duckdb");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-duckdb-"));
  csv = path.join(dir, "clients.csv");
  profileFile = path.join(dir, "profile.json");
  fs.writeFileSync(profileFile, JSON.stringify(PROFILE));
  db = await openDuckDb();
  const orders = path.join(REPO, "test", "data", "superstore-orders.csv");
  await db.connection.run(
    `COPY (WITH lines AS (SELECT * FROM read_csv(${s(orders)}, header = true, all_varchar = true))
      SELECT "Customer ID", min("Customer Name") AS "Customer", mode("Segment") AS "Segment", sum(CAST("Sales" AS DOUBLE)) AS "Revenue",
        sum(CAST("Profit" AS DOUBLE)) AS "Profit", count(DISTINCT "Order ID") AS "Orders",
        max(CAST(strptime("Order Date", '%d/%m/%y') AS DATE)) AS "Last order"
      FROM lines GROUP BY 1 ORDER BY 1) TO ${s(csv)} (HEADER)`,
  );
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The CSV as DuckDB types it, as a sheet would hold it: numbers, text, ISO dates. */
async function coreTableOf(file: string): Promise<ClientTable> {
  const reader = await db.connection.runAndReadAll(`SELECT * REPLACE (CAST("Last order" AS VARCHAR) AS "Last order") FROM read_csv(${s(file)})`);
  return { headers: reader.columnNames(), rows: reader.getRowsJS().map((row) => row.map((cell) => (typeof cell === "bigint" ? Number(cell) : (cell as string | number | null)))) };
}

describe("client-rater rate --engine duckdb", () => {
  it("rates a CSV into Parquet with the core's scores and grades, and prints the core's summary figures", async () => {
    const out = path.join(dir, "rated.parquet");
    const result = await run(["rate", csv, "--engine", "duckdb", "--profile", profileFile, "--as-of", "2023-01-15", "--out", out, "--json"]);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`client-rater: reading ${csv}`);
    const summary = JSON.parse(result.stdout);

    const parsed = parseProfile(PROFILE);
    if (!parsed.ok) throw new Error("bad test profile");
    const core = rateClients(await coreTableOf(csv), [parsed.profile], { asOf: ratingDateOf("2023-01-15"), locale: "en" });
    const rows = (await db.connection.runAndReadAll(`SELECT "Score", "Grade" FROM read_parquet(${s(out)})`)).getRowObjectsJS();
    expect(rows).toHaveLength(804);
    expect(rows.map((row) => row.Grade)).toEqual(core.grades);
    expect(rows.map((row) => row.Score)).toEqual(Array.from(core.scores));

    expect(summary.clients).toBe(804);
    expect(summary.grades).toEqual(core.gradeCounts);
    expect(summary.pareto.vitalFew).toBe(core.pareto!.vitalFewCount);
    expect(summary.pareto.vitalFewShare).toBeCloseTo(core.pareto!.vitalFewShare, 12);
    expect(summary.pareto.top20Share).toBeCloseTo(core.pareto!.top20Share, 12);
    expect(summary.pareto.largestShare).toBeCloseTo(core.pareto!.largestShare, 12);
    expect(summary.pareto.hhi).toBeCloseTo(core.pareto!.hhi, 12);
  });

  it("rates its own Parquet output again into the same table (rating twice equals rating once)", async () => {
    const once = path.join(dir, "once.parquet");
    const twice = path.join(dir, "twice.parquet");
    expect((await run(["rate", csv, "--engine", "duckdb", "--profile", profileFile, "--as-of", "2023-01-15", "--out", once])).code).toBe(0);
    const second = await run(["rate", once, "--profile", profileFile, "--as-of", "2023-01-15", "--out", twice]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Rated 804 clients through DuckDB/);
    const [diff] = (
      await db.connection.runAndReadAll(
        `SELECT (SELECT count(*) FROM (SELECT * FROM read_parquet(${s(once)}) EXCEPT ALL SELECT * FROM read_parquet(${s(twice)}))) AS missing,
                (SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet(${s(once)}))) AS a, (SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet(${s(twice)}))) AS b`,
      )
    ).getRowObjectsJS();
    expect(diff).toEqual({ missing: 0n, a: diff.b, b: diff.a });
  });

  it("writes CSV when asked, with the columns in the profile's language", async () => {
    const out = path.join(dir, "rated-nl.csv");
    const result = await run(["rate", csv, "--engine", "duckdb", "--profile", profileFile, "--locale", "nl", "--out", out]);
    expect(result.code).toBe(0);
    const header = fs.readFileSync(out, "utf8").split("\n")[0];
    expect(header).toContain("Klasse");
    expect(header).toContain("Volgende stap");
    expect(header).toContain("Cumulatief waardeaandeel");
  });

  it.each([
    [["rate", "{csv}", "--engine", "duckdb"], /needs --profile <profile\.json>/],
    [["rate", "{csv}", "--engine", "duckdb", "--profile", "{profile}", "--out", "{dir}/rated.xlsx"], /--out must end in \.parquet or \.csv/],
    [["rate", "{dir}/clients.txt", "--engine", "duckdb", "--profile", "{profile}"], /rates a \.csv or \.parquet file/],
    [["rate", "{dir}/absent.parquet", "--profile", "{profile}"], /file not found/],
    [["rate", "{csv}", "--engine", "duckdb", "--profile", "{profile}", "--sheet", "Clients"], /--sheet is for workbooks/],
    [["rate", "{csv}", "--engine", "duckdb", "--profile", "{profile}", "--out", "{csv}"], /never changes its input/],
  ])("refuses %j with a plain reason", async (argv, message) => {
    const files: Record<string, string> = { "{csv}": csv, "{profile}": profileFile, "{dir}": dir };
    const result = await run((argv as string[]).map((a) => a.replace(/\{csv\}|\{profile\}|\{dir\}/g, (key) => files[key])));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message as RegExp);
  });

  it("keeps an earlier rated file unless --force", async () => {
    const first = await run(["rate", csv, "--engine", "duckdb", "--profile", profileFile]);
    expect(first.code).toBe(0);
    const again = await run(["rate", csv, "--engine", "duckdb", "--profile", profileFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/clients\.rated\.csv already exists/);
    expect((await run(["rate", csv, "--engine", "duckdb", "--profile", profileFile, "--force"])).code).toBe(0);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
