// Which sheet the last rating wrote to, from what the workbook carries of ours.
import { columnName } from "./ownership";
import { loadWorkbookState } from "./workbookState";

/**
 * The sheet rated last, when the workbook still has it; otherwise undefined. The Grade column's name
 * follows a renamed sheet, so it is asked first; the ownership record names the sheet as it was then.
 */
export async function loadRatedSheetName(context: Excel.RequestContext): Promise<string | undefined> {
  const state = await loadWorkbookState(context);
  const sheet = state.names.get(columnName("grade"))?.sheet ?? state.ownedRecord?.sheet;
  return sheet !== undefined && state.sheetNames.includes(sheet) ? sheet : undefined;
}
