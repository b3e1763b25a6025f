// The "Rating history" sheet: read back before a rating (to compare with the previous run), rebuilt
// under a temporary name by the rating's bulk writes and swapped in by its final sync like the
// Pareto and Focus sheets (see the note at the top of rateWorkbook.ts). Found by a workbook name on
// its A1 (ownership.ts), so a user's own sheet of that name is never touched.
import type { Language } from "../core/labels";
import type { BlockWriter } from "./blockWriter";
import { readRows } from "./chunks";
import { historyCells, parseHistory, EMPTY_HISTORY, HISTORY_HEADER_ROW, type HistoryTable } from "./historyTable";
import { parseAddress } from "../shared/sheetName";
import { ownedSheet } from "./ownedSheets";
import { HISTORY_SHEET_NAME } from "./ownership";
import { historyWords } from "./sheetWords/history";
import type { WorkbookState } from "./workbookState";

/** Column widths in points: key, client name, every score and grade. */
const KEY_POINTS = 110;
const NAME_POINTS = 170;
const RATING_POINTS = 100;

/**
 * Queues the history sheet's size (it rides with the caller's next sync); the returned function then
 * reads the history in payload-sized chunks, values only. Empty when the workbook has none.
 * `bytesPerCell` (historyBytesPerCell in historyRun.ts) sizes the first chunk, so a history that fits
 * in one response is read in one sync.
 */
export function queueReadHistory(context: Excel.RequestContext, state: WorkbookState): (bytesPerCell: number) => Promise<HistoryTable> {
  const sheet = ownedSheet(state, HISTORY_SHEET_NAME);
  if (!sheet) return async () => EMPTY_HISTORY;
  const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address");
  return (bytesPerCell) => readHistorySheet(context, sheet, used, bytesPerCell);
}

async function readHistorySheet(context: Excel.RequestContext, sheet: string, used: Excel.Range, bytesPerCell: number): Promise<HistoryTable> {
  if (used.isNullObject) return EMPTY_HISTORY;
  const { rect } = parseAddress(used.address);
  const rows = rect.r1 + 1;
  const cols = rect.c1 + 1;
  // From A1: the notes above the header name the dates dropped earlier.
  const block = await readRows(context, sheet, 0, 0, rows, cols, undefined, undefined, false, Math.ceil(bytesPerCell * cols));
  return parseHistory(block.values);
}

export interface HistorySheetInput {
  sheetName: string;
  table: HistoryTable;
  keyHeader: string;
  byName: boolean;
  keep: number;
  language: Language;
}

/** Writes the sheet's cells to `sheetName` (a temporary name) and queues its formats. */
export async function writeHistorySheet(context: Excel.RequestContext, writer: BlockWriter, input: HistorySheetInput): Promise<void> {
  const cells = historyCells(input.table, historyWords(input.language), input.keyHeader, input.byName, input.keep);
  await writer.write(input.sheetName, 0, 0, cells.notes.map((n) => [n]), cells.notes.map(() => ["@"]));
  // The plan (planHistory in historyRun.ts) left out the clients that would not fit under the notes.
  const rows = [cells.header, ...cells.rows];
  const formats = [cells.header.map(() => "@"), ...cells.rows.map(() => cells.formats)];
  await writer.write(input.sheetName, HISTORY_HEADER_ROW, 0, rows, formats);
  const ws = context.workbook.worksheets.getItem(input.sheetName);
  ws.getRange("A1").format.font.bold = true;
  ws.getRangeByIndexes(HISTORY_HEADER_ROW, 0, 1, cells.header.length).format.font.bold = true;
  const ratings = input.byName ? 1 : 2;
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = input.byName ? NAME_POINTS : KEY_POINTS;
  if (!input.byName) ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = NAME_POINTS;
  ws.getRangeByIndexes(0, ratings, 1, cells.header.length - ratings).format.columnWidth = RATING_POINTS;
  // Key and name stay in view while scrolling right through the dates, the header while scrolling down.
  ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, HISTORY_HEADER_ROW + 1, ratings));
  writer.reserve(200 + 60 * cells.header.length);
}

/** One rating of one client, for the panel's portrait of a client. */
export interface ClientHistoryPoint {
  date: string;
  score: number;
  grade: string;
}

/**
 * One client's ratings, oldest first (dates it was not rated left out); [] when the workbook has no
 * history or the key is not in it. `key` is what the history follows the client by: its ID, or its
 * name when the list has no ID column (historyKeys in src/core). Reads the key column and then the
 * one row: a few syncs, never the whole sheet.
 */
export async function readClientHistory(context: Excel.RequestContext, key: string): Promise<ClientHistoryPoint[]> {
  const name = context.workbook.names.getItemOrNullObject(HISTORY_SHEET_NAME);
  const anchor = name.getRangeOrNullObject();
  anchor.load("address");
  await context.sync();
  if (name.isNullObject || anchor.isNullObject) return [];
  const sheet = parseAddress(anchor.address).sheet ?? "";
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true).load("rowCount,columnCount,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return [];
  const width = used.columnIndex + used.columnCount;
  const top = ws.getRangeByIndexes(0, 0, Math.min(20, used.rowIndex + used.rowCount), width).load("values");
  await context.sync();
  const topValues = top.values as unknown[][];
  const headerRow = topValues.findIndex((row) => row.some((v, c) => c >= 1 && c <= 2 && /^\d{4}-\d{2}-\d{2}/.test(String(v ?? ""))));
  if (headerRow < 0) return [];
  const wanted = key.trim();
  const keys = await readRows(context, sheet, 0, 0, used.rowIndex + used.rowCount, 1, undefined, undefined, false);
  const row = keys.values.findIndex((r, i) => i > headerRow && String(r[0] ?? "").trim() === wanted);
  if (row < 0) return [];
  const line = ws.getRangeByIndexes(row, 0, 1, width).load("values");
  await context.sync();
  const one = parseHistory([...topValues.slice(0, headerRow + 1), (line.values as unknown[][])[0]]);
  return one.dates
    .map((date, d) => ({ date, score: one.scores[d][0], grade: one.grades[d][0] }))
    .filter((point) => point.grade !== "");
}
