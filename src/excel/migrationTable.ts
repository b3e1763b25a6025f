// The grade migration table under the Focus sheet's content: how many clients went from each grade
// of the previous rating (rows, then "new") to each grade now (columns, then "gone"), with totals.
// A formatted range rather than an Excel Table: the Focus sheet is rebuilt beside the old one every
// run, and two tables cannot share a name even for the moment of the swap.
import type { GradeMigration, MoverCounts } from "../core";
import type { Language } from "../core/labels";
import type { BlockWriter, OutCell } from "./blockWriter";
import { fill } from "./sheetWords";
import { historyWords } from "./sheetWords/history";

export interface FocusHistory {
  date: string;
  /** The latest earlier rating date; null on the first rating. */
  previousDate: string | null;
  migration?: GradeMigration;
  counts?: MoverCounts;
}

interface MigrationCells {
  /** Title and explanation lines above the table. */
  lines: string[];
  /** Header, one row per previous grade and "new", totals; empty without a previous rating. */
  table: OutCell[][];
  summary: string;
}

/** The section's cells. */
function migrationCells(history: FocusHistory, language: Language): MigrationCells {
  const w = historyWords(language).migration;
  const { migration, counts, previousDate } = history;
  if (!migration || !counts || previousDate === null) return { lines: [w.noPrevious], table: [], summary: "" };
  const label = (grade: string | null, none: string) => grade ?? none;
  const header: OutCell[] = [w.corner, ...migration.columns.map((g) => label(g, w.goneColumn)), w.total];
  const body = migration.rows.map((grade, r): OutCell[] => [label(grade, w.newRow), ...migration.counts[r], sum(migration.counts[r])]);
  const columnTotals = migration.columns.map((_, c) => sum(migration.counts.map((row) => row[c])));
  const totals: OutCell[] = [w.total, ...columnTotals, sum(columnTotals)];
  return {
    lines: [fill(w.title, { date: previousDate }), fill(w.explain, { previous: previousDate, current: history.date })],
    table: [header, ...body, totals],
    summary: fill(w.summary, { up: counts.up, down: counts.down, same: counts.same, new: counts.new, gone: counts.gone }),
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const HEADER_FILL = "#D9E1F2";
const UNCHANGED_FILL = "#E2EFDA";

/** Writes the section from `row` (0-based) in column A and queues its formats. Returns the rows used. */
export async function writeMigrationTable(context: Excel.RequestContext, writer: BlockWriter, sheetName: string, row: number, history: FocusHistory, language: Language): Promise<number> {
  const cells = migrationCells(history, language);
  const ws = context.workbook.worksheets.getItem(sheetName);
  await writer.write(sheetName, row, 0, cells.lines.map((l) => [l]), cells.lines.map(() => ["@"]));
  ws.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
  if (cells.table.length === 0) return cells.lines.length;
  const top = row + cells.lines.length;
  const width = cells.table[0].length;
  const formats = cells.table.map((r, i) => r.map((_, c) => (i === 0 || c === 0 ? "@" : "0")));
  await writer.write(sheetName, top, 0, cells.table, formats);
  const height = cells.table.length;
  const header = ws.getRangeByIndexes(top, 0, 1, width);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  ws.getRangeByIndexes(top, 0, height, 1).format.font.bold = true;
  ws.getRangeByIndexes(top + height - 1, 0, 1, width).format.font.bold = true;
  // The same grade before and now: the diagonal (grades of the scale only).
  const rows = cells.table.slice(1, -1).map((r) => r[0]);
  const columns = cells.table[0].slice(1, -1);
  rows.forEach((grade, r) => {
    const c = columns.indexOf(grade);
    if (c >= 0 && r < history.migration!.rows.length - 1) ws.getRangeByIndexes(top + 1 + r, 1 + c, 1, 1).format.fill.color = UNCHANGED_FILL;
  });
  await writer.write(sheetName, top + height, 0, [[cells.summary]], [["@"]]);
  writer.reserve(300 + 100 * rows.length);
  return cells.lines.length + height + 1;
}
