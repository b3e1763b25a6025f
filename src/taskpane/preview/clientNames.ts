import { clientNameColumn } from "../../core/clientName";
import type { ClientTable } from "../../core/types";

// Per table, not per weight change: the names do not change while the profile does.
const namesOf = new WeakMap<ClientTable, string[]>();

/** Each row's client name as the movers list shows it ("" where the cell is empty). */
export function clientNames(table: ClientTable): string[] {
  let names = namesOf.get(table);
  if (!names) {
    const column = clientNameColumn(table);
    names = table.rows.map((row) => (row[column] === null || row[column] === undefined ? "" : String(row[column])));
    namesOf.set(table, names);
  }
  return names;
}
