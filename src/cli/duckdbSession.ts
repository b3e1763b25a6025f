// A DuckDB database for one rating: in memory up to a limit, spilling to a scratch folder under the
// system's temporary folder beyond it (removed when done), progress tracked but never printed by DuckDB.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { ColumnKind } from "../sql/columnReads";

/** DuckDB's working memory; past it, sorts and windows spill to disk. Override with CLIENT_RATER_DUCKDB_MEMORY (e.g. "4GB"). */
const DEFAULT_MEMORY_LIMIT = "2GB";

export interface DuckDbSession {
  connection: DuckDBConnection;
  /** A private folder for spilled data and converted input. */
  scratch: string;
  close: () => void;
}

export async function openDuckDb(): Promise<DuckDbSession> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "client-rater-duckdb-"));
  const memory = process.env.CLIENT_RATER_DUCKDB_MEMORY ?? DEFAULT_MEMORY_LIMIT;
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: memory,
    temp_directory: path.join(scratch, "spill"),
  });
  const connection = await instance.connect();
  // Progress is tracked only with the progress bar on; DuckDB must not print it over our output.
  await connection.run("SET enable_progress_bar = true");
  await connection.run("SET enable_progress_bar_print = false");
  await connection.run("SET progress_bar_time = 0");
  return {
    connection,
    scratch,
    close: () => {
      connection.closeSync();
      instance.closeSync();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** How src/sql reads a column of this DuckDB type (see src/sql/columnReads.ts). */
export function columnKindOf(type: string): ColumnKind {
  const t = type.toUpperCase();
  if (/^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|BOOLEAN)\b/.test(t)) return "number";
  if (/^(DATE|TIMESTAMP)/.test(t)) return "date";
  if (/^VARCHAR\b/.test(t)) return "text";
  return "unknown";
}
