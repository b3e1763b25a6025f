// The client under the user's selection, for the panel's portrait: from a selection-changed event's sheet id and
// address, the client's row (values and number formats of the list's columns), its header row and the grade the
// sheet shows, read in one sync.
import type { CellValue } from "../core/types";
import { parseAddress } from "../shared/sheetName";
import type { ClientSheet } from "./types";

/** What Excel's selection event says: the sheet (by id) and the selected range on it ("B7", "A7:F7"). */
export interface SelectionChange {
  worksheetId: string;
  address: string;
}

export type SelectedClient =
  | { kind: "client"; client: number; sheetRow: number; headers: string[]; values: CellValue[]; numberFormats: string[]; sheetGrade: string }
  /** Another sheet than the client list. */
  | { kind: "other-sheet"; sheetName: string }
  | { kind: "header" }
  /** Above the header, a blank row or below the list. */
  | { kind: "no-client"; sheetRow: number }
  /** `clients`: how many of the selected rows hold a client (a whole column counts its clients, not its header). */
  | { kind: "several-rows"; rows: number; clients: number };

/** The rows of each area of an address ("A1:B2,D5" is a multi-area selection). */
function areaRows(address: string): Array<{ first: number; last: number }> {
  return address.split(",").map((area) => {
    const { rect } = parseAddress(area);
    return { first: rect.r0, last: rect.r1 };
  });
}

/** Index of the first of the ascending `rows` at or after `row`. */
function lowerBound(rows: readonly number[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle] < row) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Client rows under the selection, each row counted once even where areas overlap. */
function clientsIn(rows: readonly number[], areas: ReadonlyArray<{ first: number; last: number }>): number {
  const sorted = [...areas].sort((a, b) => a.first - b.first);
  let count = 0;
  let done = -1;
  for (const { first, last } of sorted) {
    const from = Math.max(first, done + 1);
    if (last < from) continue;
    count += lowerBound(rows, last + 1) - lowerBound(rows, from);
    done = last;
  }
  return count;
}

/** Index of `row` in the ascending `rows`, -1 when absent. */
function indexIn(rows: readonly number[], row: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rows[middle] === row) return middle;
    if (rows[middle] < row) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function text(cell: CellValue): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

export async function readSelectedClient(
  context: Excel.RequestContext,
  sheet: Pick<ClientSheet, "sheetName" | "headerRow" | "layout">,
  change: SelectionChange,
): Promise<SelectedClient> {
  const clients = context.workbook.worksheets.getItemOrNullObject(sheet.sheetName).load("id");
  const selected = context.workbook.worksheets.getItemOrNullObject(change.worksheetId).load("name");
  const areas = areaRows(change.address);
  const first = Math.min(...areas.map((a) => a.first));
  const last = Math.max(...areas.map((a) => a.last));
  const layout = sheet.layout;
  const client = first === last && layout ? indexIn(layout.clientRows, first) : -1;
  let cells: Excel.Range | undefined;
  let headers: Excel.Range | undefined;
  let from = 0;
  if (client >= 0 && layout && layout.columns.length > 0) {
    const wanted = layout.gradeColumn === undefined ? layout.columns : [...layout.columns, layout.gradeColumn];
    from = Math.min(...wanted);
    const count = Math.max(...wanted) - from + 1;
    const list = context.workbook.worksheets.getItem(sheet.sheetName);
    cells = list.getRangeByIndexes(first, from, 1, count).load("values,numberFormat");
    headers = list.getRangeByIndexes(sheet.headerRow, from, 1, count).load("values");
  }
  await context.sync();
  if (clients.isNullObject || selected.isNullObject || clients.id !== change.worksheetId) {
    return { kind: "other-sheet", sheetName: selected.isNullObject ? "" : selected.name };
  }
  if (last > first) return { kind: "several-rows", rows: last - first + 1, clients: layout ? clientsIn(layout.clientRows, areas) : 0 };
  if (first === sheet.headerRow) return { kind: "header" };
  if (!cells || !headers || !layout) return { kind: "no-client", sheetRow: first };
  const row = cells.values[0];
  const formats = cells.numberFormat[0] as string[];
  return {
    kind: "client",
    client,
    sheetRow: first,
    headers: layout.columns.map((c) => text(headers!.values[0][c - from])),
    values: layout.columns.map((c) => row[c - from] as CellValue),
    numberFormats: layout.columns.map((c) => formats[c - from]),
    sheetGrade: layout.gradeColumn === undefined ? "" : text(row[layout.gradeColumn - from] as CellValue),
  };
}

/** The selection as it is now, in the event's terms: for a panel that opens with a row already selected. */
export async function currentSelection(context: Excel.RequestContext): Promise<SelectionChange> {
  const range = context.workbook.getSelectedRange().load("address");
  const sheet = range.worksheet.load("id");
  await context.sync();
  return { worksheetId: sheet.id, address: range.address.slice(range.address.lastIndexOf("!") + 1) };
}
