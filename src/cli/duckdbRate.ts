// `client-rater rate <big.csv | big.parquet> --engine duckdb --out rated.parquet|rated.csv`: a client
// list past Excel's grid rated by DuckDB with the query src/sql compiles, streamed from file to file
// with DuckDB's memory limit (spilling to a temporary folder beyond it), progress on stderr.
import * as fs from "node:fs";
import * as path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { compileProfileSql, SqlCompileError, type CompiledQuery, type SqlColumn } from "../sql/compileProfile";
import { stringLiteral } from "../sql/dialect";
import type { Command } from "./args";
import { engineSummary, humanEngineSummary } from "./duckdbSummary";
import { columnKindOf, openDuckDb } from "./duckdbSession";
import { CliError } from "./errors";
import { checkRegularFile } from "./inputFile";
import { chooseOutputPath } from "./outputFile";
import { readProfileFile } from "./profileFile";
import { outputLanguage, ratingDay, singleProfile } from "./sqlProfile";

type RateCommand = Extract<Command, { kind: "rate" }>;
type FileFormat = "csv" | "parquet";

const ORDER_COLUMN = "__cr_order";
const PROGRESS_EVERY_MS = 10_000;

/** DuckDB rates with --engine duckdb, and every .parquet input (the add-in's own path reads workbooks only). */
export function usesDuckDb(command: RateCommand): boolean {
  return command.engine === "duckdb" || formatOf(command.input) === "parquet";
}

function formatOf(file: string): FileFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".parquet" ? "parquet" : null;
}

export async function duckdbRateCommand(command: RateCommand, print: (text: string) => void, progress: (text: string) => void): Promise<void> {
  const inputFormat = formatOf(command.input);
  if (!inputFormat) throw new CliError(`--engine duckdb rates a .csv or .parquet file, not ${command.input}; rate a workbook without --engine`);
  if (command.sheet) throw new CliError(`--sheet is for workbooks; ${command.input} is one table`);
  if (!command.profile) {
    throw new CliError(
      `rating ${command.input} needs --profile <profile.json>: a ${inputFormat} file holds no stored profile (client-rater profile <in.xlsx> prints a workbook's)`,
    );
  }
  const profile = singleProfile(readProfileFile(command.profile), command.profile);
  checkRegularFile(command.input);
  const out = outputPath(command, inputFormat);
  const outFormat = formatOf(out);
  if (!outFormat) throw new CliError(`--out must end in .parquet or .csv, not ${out}`);

  const started = Date.now();
  const session = await openDuckDb();
  const temporary = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    const connection = session.connection;
    progress(`client-rater: reading ${command.input}`);
    const columns = await openSource(connection, command.input, inputFormat, session.scratch);
    let compiled: CompiledQuery;
    try {
      compiled = compileProfileSql(profile, {
        dialect: "duckdb",
        table: "clients",
        columns,
        rowOrder: ORDER_COLUMN,
        asOfDay: ratingDay(profile, command.asOf),
        language: outputLanguage(profile, command.locale),
      });
    } catch (error) {
      if (error instanceof SqlCompileError || error instanceof RangeError) throw new CliError(`cannot rate ${command.input}: ${error.message}`);
      throw error;
    }
    const format = outFormat === "parquet" ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT csv, HEADER true";
    await runWithProgress(connection, `COPY (${compiled.sql}) TO ${stringLiteral(temporary, "duckdb")} (${format})`, progress);
    fs.renameSync(temporary, out);
    progress(`client-rater: rated ${command.input}, summing up`);
    const summary = await engineSummary(connection, out, outFormat, profile, compiled, {
      language: outputLanguage(profile, command.locale),
      seconds: (Date.now() - started) / 1000,
    });
    print(command.json ? JSON.stringify(summary) : humanEngineSummary(summary));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(`DuckDB could not rate ${command.input}: ${firstLine(error)}`);
  } finally {
    session.close();
  }
}

function outputPath(command: RateCommand, inputFormat: FileFormat): string {
  const parsed = path.parse(command.input);
  const fallback = path.join(parsed.dir, `${parsed.name}.rated.${inputFormat}`);
  if (command.out === undefined && fs.existsSync(fallback) && !command.force) {
    throw new CliError(`${fallback} already exists (from an earlier run?). Pass --out <file> to write elsewhere, or --force to replace it`);
  }
  return chooseOutputPath({ input: command.input, out: command.out ?? fallback, force: command.force });
}

/**
 * The input as the view `clients` with its row order in ORDER_COLUMN. A CSV is copied once into a
 * Parquet file in the scratch folder first: DuckDB numbers the rows of a Parquet file, not of a CSV.
 */
async function openSource(connection: DuckDBConnection, input: string, format: FileFormat, scratch: string): Promise<SqlColumn[]> {
  let parquet = input;
  if (format === "csv") {
    parquet = path.join(scratch, "input.parquet");
    await connection.run(`COPY (SELECT * FROM read_csv(${stringLiteral(input, "duckdb")})) TO ${stringLiteral(parquet, "duckdb")} (FORMAT parquet)`);
  }
  const source = `read_parquet(${stringLiteral(parquet, "duckdb")}, file_row_number = true)`;
  await connection.run(`CREATE TEMP VIEW clients AS SELECT * EXCLUDE (file_row_number), file_row_number AS ${ORDER_COLUMN} FROM ${source}`);
  const described = (await connection.runAndReadAll("DESCRIBE clients")).getRowObjectsJS();
  return described
    .map((row) => ({ name: String(row.column_name), kind: columnKindOf(String(row.column_type)) }))
    .filter((column) => column.name !== ORDER_COLUMN);
}

/**
 * Runs a statement, saying every 10 seconds how far it is: DuckDB's own percentage when it tracks one (it does
 * not for every plan, then it stays at 0), else the time so far, so a long rating never looks hung.
 */
async function runWithProgress(connection: DuckDBConnection, sql: string, report: (text: string) => void): Promise<void> {
  const started = Date.now();
  const pending = await connection.start(sql);
  const timer = setInterval(() => {
    const percentage = connection.progress.percentage;
    const seconds = Math.round((Date.now() - started) / 1000);
    report(`client-rater: rating through DuckDB, ${percentage > 0 ? `${Math.floor(percentage)}% done, ` : ""}${seconds} s so far`);
  }, PROGRESS_EVERY_MS);
  try {
    await pending.runAllTasks();
    await pending.getResult();
  } finally {
    clearInterval(timer);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

