import { ownedSheet } from "./ownedSheets";
import { FOCUS_SHEET_NAME, HISTORY_SHEET_NAME, PARETO_SHEET_NAME, PROFILE_SHEET_NAME } from "./ownership";
import { queueRemoveOwned } from "./removal";
import { serialized } from "./serial";
import { assertWorkbookUnlocked } from "./writeGuards";
import { loadRuleAreas, loadSheetMeta, loadWorkbookState, type SheetMeta } from "./workbookState";

export interface RemoveOptions {
  /** Keep the "Rating history" sheet (and its name), so the next rating adds to it. Default: it goes too. */
  keepHistory?: boolean;
}

/** Deletes everything the add-in owns (see removal.ts for what stays: the stored profile part, and the history when asked). */
export function removeRatings(context: Excel.RequestContext, options: RemoveOptions = {}): Promise<void> {
  return serialized(() => removeOnce(context, options.keepHistory ?? false));
}

async function removeOnce(context: Excel.RequestContext, keepHistory: boolean): Promise<void> {
  const state = await loadWorkbookState(context);
  // Our sheets go with the ratings, and Excel deletes no sheet of a workbook whose structure is protected.
  // Exactly the sheets removal.ts deletes: any one of them needs an unlocked structure.
  const sheetsGo = [PARETO_SHEET_NAME, PROFILE_SHEET_NAME, FOCUS_SHEET_NAME, ...(keepHistory ? [] : [HISTORY_SHEET_NAME])];
  if (sheetsGo.some((name) => ownedSheet(state, name))) assertWorkbookUnlocked(state);
  const sheets = new Set<string>();
  for (const ref of state.names.values()) if (state.sheetNames.includes(ref.sheet) && ref.name !== HISTORY_SHEET_NAME) sheets.add(ref.sheet);
  const metas = new Map<string, SheetMeta>();
  for (const s of sheets) {
    const meta = await loadSheetMeta(context, state, s);
    await loadRuleAreas(context, meta);
    metas.set(s, meta);
  }
  queueRemoveOwned(context, state, (s) => metas.get(s) ?? null, keepHistory);
  await context.sync();
}
