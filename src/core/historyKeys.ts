// What the rating history follows a client by: the profile's `clientId` column, else a column whose
// header reads as a client ID ("Customer ID", "Klantnummer", "Kundennummer", "Ügyfélazonosító"...),
// else the client's name. A key that is blank or appears on more than one row cannot be told apart
// from its twin, so those clients are left out of the history (and their Trend cell stays empty).
import { clientNameColumn } from "./clientName";
import { findColumn, SYNONYMS } from "./headers";
import type { Profile } from "./profile";
import type { ClientTable } from "./types";

export interface HistoryKeys {
  /** The header the keys come from. */
  header: string;
  byName: boolean;
  /** Per client: its key, or null when blank or repeated. */
  keys: (string | null)[];
  /** Keys found on more than one row, in sheet order. */
  repeated: string[];
  /** Clients left out for a repeated key. */
  repeatedClients: number;
}

/** The column index of the client ID: the profile's (when on the sheet), else a recognised ID header, else -1. */
function clientIdColumn(table: ClientTable, profile: Profile | undefined): number {
  if (profile?.clientId) {
    const mapped = findColumn(table.headers, profile.clientId.column);
    if (mapped >= 0) return mapped;
  }
  return findColumn(table.headers, SYNONYMS.clientId[0]);
}

export function historyKeys(table: ClientTable, profile: Profile | undefined): HistoryKeys {
  const idColumn = clientIdColumn(table, profile);
  const column = idColumn >= 0 ? idColumn : clientNameColumn(table);
  const raw = table.rows.map((row) => keyText(row[column]));
  const seen = new Map<string, number>();
  for (const key of raw) if (key !== null) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([key]) => key);
  const twins = new Set(repeated);
  return {
    header: table.headers[column] ?? "",
    byName: idColumn < 0,
    keys: raw.map((key) => (key === null || twins.has(key) ? null : key)),
    repeated,
    repeatedClients: raw.filter((key) => key !== null && twins.has(key)).length,
  };
}

/** A key as text, trimmed (1001 and "1001" are one key). Case is kept: "AB-1" and "ab-1" differ. */
function keyText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}
