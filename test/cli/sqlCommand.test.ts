// `client-rater sql`: the printed query runs in DuckDB and grades the sample as the core does; names and
// values of the profile arrive quoted; what cannot be compiled is refused with a plain reason.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cliMain } from "../../src/cli/main";
import { columnsOfSheet } from "../../src/cli/sqlCommand";
import { buildDefaultProfile, rateClients, ratingDateOf, type ClientTable } from "../../src/core";
import { readClientSheet } from "../../src/excel";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { loadTable, openDuckDb, type TypedColumn } from "../sql/duckdbTable";
import { SAMPLE } from "./runCli";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cliMain(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), debug: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

let dir: string;
let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-sql-"));
  db = await openDuckDb();
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PROFILE = {
  version: 1,
  name: "Profit only",
  scale: { grades: ["A", "B", "C"], mode: "thresholds", cutoffs: [70, 40] },
  criteria: [{ id: "profit", column: "Profit", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 2000 } }],
  pareto: { value: "Profit", share: 0.8 },
};

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value));
  return file;
}

describe("client-rater sql", () => {
  it("prints for the sample workbook a query that DuckDB runs and that grades the 804 clients as the core does", async () => {
    const result = await run(["sql", SAMPLE, "--as-of", "2023-01-15"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().endsWith(";")).toBe(true);

    const host = createExcelHost(await SimWorkbook.fromXlsx(fs.readFileSync(SAMPLE)));
    const table: ClientTable = (await host.run((context) => readClientSheet(context))).table;
    const columns: TypedColumn[] = columnsOfSheet(table).map((column, c) => ({
      name: column.name,
      kind: column.kind === "number" ? "number" : "text",
      values: table.rows.map((row) => (row[c] === null || row[c] === undefined || row[c] === "" ? null : column.kind === "number" ? Number(row[c]) : String(row[c]))),
    }));
    await loadTable(db.connection, "clients", columns, "row");
    const rows = (await db.connection.runAndReadAll(result.stdout.trimEnd().replace(/;$/, ""))).getRowObjectsJS();
    const core = rateClients(table, [buildDefaultProfile(table)], { asOf: ratingDateOf("2023-01-15"), locale: "en" });
    expect(rows.map((row) => row.Grade)).toEqual(core.grades);
    expect(rows.map((row) => row.Score)).toEqual(Array.from(core.scores));
  });

  it("quotes a table name in a schema for Spark with backticks", async () => {
    const result = await run(["sql", writeJson("profit.json", PROFILE), "--dialect", "spark", "--table", "crm.client list"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("FROM `crm`.`client list` AS __cr_t");
    expect(result.stdout).toContain("AS `Grade`");
  });

  it("names in the query's columns the language asked for", async () => {
    const result = await run(["sql", writeJson("profit-hu.json", PROFILE), "--locale", "hu"]);
    expect(result.stdout).toContain('AS "Minősítés"');
    expect(result.stdout).toContain('AS "Pareto-csoport"');
  });

  it("warns on stderr about a profile column the workbook's sheet lacks", async () => {
    const profile = { ...PROFILE, criteria: [...PROFILE.criteria, { id: "nps", column: "Net promoter score", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 10 } }] };
    const result = await run(["sql", SAMPLE, "--profile", writeJson("nps.json", profile)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('column "Net promoter score" is not in');
  });

  it.each([
    [["sql", "{two}"], /holds 2 profiles \("One", "Two"\); SQL rates with one/, 1],
    [["sql", "notes.txt"], /sql reads a profile \(\.json\) or a workbook \(\.xlsx\)/, 1],
    [["sql", "{profile}", "--out", "x.sql"], /--out does not apply to the sql command/, 2],
    [["sql", "{profile}", "--dialect", "oracle"], /--dialect must be one of duckdb, spark/, 2],
    [["sql", "{profile}", "--profile", "{profile}"], /--profile is for a workbook input/, 1],
    [["rate", "{profile}", "--table", "t"], /--table applies to the sql command only/, 2],
  ])("refuses %j with a plain reason", async (argv, message, code) => {
    const files: Record<string, string> = {
      "{two}": writeJson("two.json", { version: 1, profiles: [{ ...PROFILE, name: "One" }, { ...PROFILE, name: "Two" }] }),
      "{profile}": writeJson("one.json", PROFILE),
    };
    const result = await run((argv as string[]).map((a) => files[a] ?? a));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
