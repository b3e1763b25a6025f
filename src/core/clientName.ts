import { findColumn } from "./headers";
import type { ClientTable } from "./types";

/** The client's name: a "Client"/"Name" column (with the header synonyms), else the first mostly-text column. */
export function clientNameColumn(table: ClientTable): number {
  for (const name of ["Client", "Name"]) {
    const i = findColumn(table.headers, name);
    if (i >= 0) return i;
  }
  const sample = table.rows.slice(0, 50);
  const textCol = table.headers.findIndex((_, c) => sample.filter((r) => typeof r[c] === "string").length > sample.length / 2);
  return Math.max(0, textCol);
}
