// What the add-in owns in a workbook and how it recognises it again.
// Columns: a workbook name per owned column pointing at its header cell (Excel moves names with
// inserted, deleted and moved columns). Sheets: a name pointing at A1 of the Pareto and profile
// sheets (survives renaming). The custom XML part records what the names cannot: which sheet was
// rated, how many rows were written (to clear leftovers when the list shrinks) and the sheet names.

export const OWNED_KEYS = [
  "score", "grade", "client", "fit", "reasons", "flags", "valueShare", "paretoClass",
  // Written only when they apply: market criteria, every rating, a potential column.
  "market", "nextStep", "headroom", "shareOfWallet",
  // Once the rating history holds an earlier date.
  "trend",
] as const;
export type OwnedKey = (typeof OWNED_KEYS)[number];

export const NAME_PREFIX = "ClientRater_";
export const columnName = (key: OwnedKey): string => `${NAME_PREFIX}${key}`;
export const PARETO_SHEET_NAME = `${NAME_PREFIX}ParetoSheet`;
export const PROFILE_SHEET_NAME = `${NAME_PREFIX}ProfileSheet`;
export const FOCUS_SHEET_NAME = `${NAME_PREFIX}FocusSheet`;
/** Not in OUR_NAMES: "Remove ratings" may keep the history sheet, and its name must then still count as ours. */
export const HISTORY_SHEET_NAME = `${NAME_PREFIX}HistorySheet`;

/** Every workbook name the add-in makes. */
const OUR_NAMES: readonly string[] = [...OWNED_KEYS.map(columnName), PARETO_SHEET_NAME, PROFILE_SHEET_NAME];

/**
 * A name the user made that is one of ours to Excel (names ignore case): spelt otherwise, or in a workbook
 * holding no record of a rating (nor, for the profile sheet's name, a stored profile) that would have made it.
 */
export function isUsersNameLikeOurs(name: string, evidence: { ownedRecord: boolean; profilePart: boolean }): boolean {
  const ours = OUR_NAMES.find((n) => n.toLowerCase() === name.toLowerCase());
  if (!ours) return false;
  if (ours !== name) return true;
  return name === PROFILE_SHEET_NAME ? !evidence.ownedRecord && !evidence.profilePart : !evidence.ownedRecord;
}

export const OWNED_NS = "urn:client-rater:owned:v1";
export const PROFILE_NS = "urn:client-rater:profile:v1";

export interface OwnedRecord {
  sheet: string;
  /** Sheet rows (0-based) of the owned columns' first and last data row at the last run. */
  firstDataRow: number;
  lastDataRow: number;
  /** True when the owned columns are columns of an Excel Table. */
  inTable: boolean;
}

export function parseOwnedRecord(text: string): OwnedRecord | null {
  try {
    const r = JSON.parse(text) as Partial<OwnedRecord>;
    if (typeof r.sheet !== "string" || typeof r.firstDataRow !== "number" || typeof r.lastDataRow !== "number") return null;
    return { sheet: r.sheet, firstDataRow: r.firstDataRow, lastDataRow: r.lastDataRow, inTable: !!r.inTable };
  } catch {
    return null;
  }
}
