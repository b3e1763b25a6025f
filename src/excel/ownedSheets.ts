// Sheets the add-in owns (Pareto, Rating profile): found by a workbook name on their A1, so a user's
// own sheet called "Pareto" is never touched and ours keeps working after the user renames it.
import type { WorkbookState } from "./workbookState";

/** The sheet our name points at, if it still exists. */
export function ownedSheet(state: WorkbookState, name: string): string | undefined {
  const ref = state.names.get(name);
  return ref && state.sheetNames.includes(ref.sheet) ? ref.sheet : undefined;
}

/**
 * Our sheet's current name, or a free name: `base`, then `base (Client Rater)`, then numbered.
 * A sheet of ours that still has a name we gave it (`ourBases`: the base in every language) takes
 * `base` now, so it follows the user's language; a name the user chose is kept.
 */
export function chooseSheetName(state: WorkbookState, ownedName: string, base: string, ourBases: readonly string[] = [base]): string {
  const mine = ownedSheet(state, ownedName);
  if (mine && !isGivenName(mine, ourBases)) return mine;
  const taken = new Set(state.sheetNames.filter((s) => s !== mine).map((s) => s.toLowerCase()));
  return candidateNames(base).find((c) => !taken.has(c.toLowerCase()))!;
}

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** `base`, `base (Client Rater)`, `base (Client Rater 2)`..., and `base (2)`... where those run over Excel's 31 characters (Dutch, Hungarian). */
function candidateNames(base: string): string[] {
  const names = [base, `${base} (Client Rater)`];
  for (let i = 2; i < 100; i++) names.push(`${base} (Client Rater ${i})`);
  for (let i = 2; i < 100; i++) names.push(`${base} (${i})`);
  return names.filter((name) => name.length <= MAX_SHEET_NAME);
}

function isGivenName(sheet: string, bases: readonly string[]): boolean {
  return bases.some((base) => sheet === base || new RegExp(`^${escapeRegExp(base)} \\((Client Rater( \\d+)?|\\d+)\\)$`).test(sheet));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Deletes our sheet (if any) and adds it afresh, named and marked as ours. Queued, no sync. */
export function queueFreshSheet(context: Excel.RequestContext, state: WorkbookState, ownedName: string, sheetName: string): Excel.Worksheet {
  const wb = context.workbook;
  if (state.allOurNames.includes(ownedName)) wb.names.getItem(ownedName).delete();
  const old = ownedSheet(state, ownedName);
  if (old) wb.worksheets.getItem(old).delete();
  const ws = wb.worksheets.add(sheetName);
  wb.names.add(ownedName, ws.getRange("A1"));
  return ws;
}
