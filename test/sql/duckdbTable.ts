// Test helpers: one typed client table, loaded both into DuckDB and into the core's ClientTable, and
// the two ratings read side by side. The mapping is the one src/sql/columnReads.ts documents: a NULL
// is a blank cell, a DATE is the core's ISO date text, a DOUBLE is a number cell, a VARCHAR a text cell.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { ClientTable } from "../../src/core";
import { doubleLiteral, quoteIdentifier, stringLiteral } from "../../src/sql/dialect";
import type { SqlColumn } from "../../src/sql/compileProfile";

export type TypedCell = number | string | null;
export interface TypedColumn {
  name: string;
  kind: "number" | "text" | "date";
  /** number: a double (NaN and infinities allowed); text: any text; date: "YYYY-MM-DD". */
  values: TypedCell[];
}

export async function openDuckDb(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function sqlValue(cell: TypedCell, kind: TypedColumn["kind"]): string {
  if (cell === null) return "NULL";
  if (kind === "number") {
    const x = cell as number;
    return Number.isFinite(x) ? doubleLiteral(x) : `CAST('${Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity"}' AS DOUBLE)`;
  }
  return kind === "date" ? `DATE ${stringLiteral(cell as string, "duckdb")}` : stringLiteral(cell as string, "duckdb");
}

const TYPE = { number: "DOUBLE", text: "VARCHAR", date: "DATE" } as const;

/** Creates (or replaces) `table` holding the columns, with an "order" column 1..n giving the sheet order. */
export async function loadTable(connection: DuckDBConnection, table: string, columns: TypedColumn[], orderColumn: string): Promise<void> {
  const q = (name: string) => quoteIdentifier(name, "duckdb");
  const n = columns[0]?.values.length ?? 0;
  await connection.run(`CREATE OR REPLACE TABLE ${q(table)} (${[`${q(orderColumn)} INTEGER`, ...columns.map((c) => `${q(c.name)} ${TYPE[c.kind]}`)].join(", ")})`);
  if (n === 0) return;
  const rows: string[] = [];
  for (let r = 0; r < n; r++) rows.push(`(${[String(r + 1), ...columns.map((c) => sqlValue(c.values[r], c.kind))].join(", ")})`);
  // In slices, so no statement grows past what a test table needs.
  for (let i = 0; i < rows.length; i += 500) await connection.run(`INSERT INTO ${q(table)} VALUES ${rows.slice(i, i + 500).join(", ")}`);
}

/** The same table as the core reads it from a sheet. */
export function coreTable(columns: TypedColumn[]): ClientTable {
  const n = columns[0]?.values.length ?? 0;
  return {
    headers: columns.map((c) => c.name),
    rows: Array.from({ length: n }, (_, r) => columns.map((c) => c.values[r])),
  };
}

export function sqlColumns(columns: TypedColumn[]): SqlColumn[] {
  return columns.map((c) => ({ name: c.name, kind: c.kind }));
}
