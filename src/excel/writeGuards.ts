// Checks made after everything is read and before the first write: each throws a RaterError that says
// what to change, so a refused run leaves the workbook untouched.
import { RaterError } from "../core/errors";
import { columnLetters } from "../shared/a1";
import { formatAddress, parseAddress } from "../shared/sheetName";
import type { ColumnPlan } from "./columnPlan";
import type { SheetMeta, WorkbookState } from "./workbookState";

/** Excel refuses to add, delete or rename sheets in a workbook whose structure is protected; a rating does all three. */
export function assertWorkbookUnlocked(state: WorkbookState): void {
  if (!state.structureProtected) return;
  throw new RaterError(
    "workbook-protected",
    "The workbook's structure is protected, so Client Rater cannot add or replace its sheets. Unprotect the workbook structure (Review > Protect Workbook) and try again.",
  );
}

/** A user's own name that Excel takes for one of ours: adding ours would fail, replacing it would lose the user's. */
export function assertNoUsersNameLikeOurs(state: WorkbookState): void {
  const name = state.usersNamesLikeOurs[0];
  if (name === undefined) return;
  throw new RaterError(
    "name-taken",
    `The workbook already has a name "${name}" of its own (Formulas > Name Manager), and Client Rater needs that name for its ratings. Rename or delete that name and try again.`,
    { field: name, params: { name } },
  );
}

export function assertSheetUnprotected(meta: SheetMeta): void {
  if (!meta.protected) return;
  throw new RaterError("sheet-protected", `Sheet "${meta.name}" is protected. Unprotect it (Review > Unprotect Sheet) and rate again.`, { params: { sheet: meta.name } });
}

/**
 * Refuses when a merged area covers a cell of the owned columns (header to the last row written or cleared):
 * Excel keeps only a merged area's top-left value, so such a client would silently lose its Score or Grade.
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13) reports only the areas whose top-left cell lies inside
 * the range (https://github.com/OfficeDev/office-js/issues/3611), so it is asked about everything from A1 to the owned block's far corner.
 */
export async function assertNoMergedOwnedCells(context: Excel.RequestContext, plan: ColumnPlan): Promise<void> {
  const lastRow = Math.max(plan.lastDataRow, plan.clearToRow);
  const lastCol = Math.max(...plan.columns.map((c) => c.col));
  const areas = context.workbook.worksheets
    .getItem(plan.sheet)
    .getRangeByIndexes(0, 0, lastRow + 1, lastCol + 1)
    .getMergedAreasOrNullObject()
    .load("address");
  await context.sync();
  if (areas.isNullObject) return;
  for (const area of splitAreas(areas.address).map((a) => parseAddress(a).rect)) {
    const column = plan.columns.find((c) => c.col >= area.c0 && c.col <= area.c1);
    const rows = area.r0 <= lastRow && area.r1 >= plan.headerRow;
    if (!column || !rows) continue;
    const where = formatAddress(plan.sheet, area);
    throw new RaterError(
      "merged-cells",
      `The merged cells ${where} cover column ${columnLetters(column.col)}, where Client Rater writes "${column.header}". Unmerge them (Home > Merge & Center) or move them, and try again.`,
      { cell: where },
    );
  }
}

/** "Sheet1!A1:B2,Sheet1!D4" -> its areas; commas inside a quoted sheet name do not split. */
function splitAreas(address: string): string[] {
  return address.split(/,(?=(?:[^']*'[^']*')*[^']*$)/).filter((a) => a.trim() !== "");
}
