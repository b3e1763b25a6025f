// Simulated workbooks for the src/excel tests.
import { columnIndex } from "../../../src/shared/a1";
import { SimWorkbook, createExcelHost } from "../../../src/simulator";
import { HEADERS, clientRows, type Cell } from "./clientSheet";

export type Host = ReturnType<typeof createExcelHost>;

export interface SheetOptions {
  rows?: number;
  /** Title and note rows above the header. */
  titleRows?: Cell[][];
  /** Column of the list's first cell, e.g. "B". */
  column?: string;
  sheetName?: string;
}

function clientWorkbook(opts: SheetOptions = {}): { wb: SimWorkbook; host: Host; rows: Cell[][]; headerRow: number } {
  const wb = SimWorkbook.empty();
  const sheet = opts.sheetName ?? "Clients";
  wb.addSheet(sheet);
  const rows = clientRows(opts.rows ?? 60);
  const titles = opts.titleRows ?? [];
  const col = opts.column ?? "A";
  if (titles.length > 0) wb.setCells(sheet, `${col}1`, titles);
  const headerRow = titles.length; // 0-based
  wb.setCells(sheet, `${col}${headerRow + 1}`, [HEADERS]);
  // Client names go in as values (not typed), so formula-looking names stay text in the source too.
  const host = createExcelHost(wb);
  return { wb, host, rows, headerRow };
}

/** Writes the rows through the API with a text format on the name column, as a user's import would. */
export async function fillRows(host: Host, sheet: string, topLeftRow: number, col: number, rows: Cell[][]): Promise<void> {
  const CHUNK = 5000;
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const part = rows.slice(start, start + CHUNK);
      const range = ws.getRangeByIndexes(topLeftRow + start, col, part.length, part[0].length);
      range.numberFormat = part.map((r) => r.map((_, c) => (c === 0 ? "@" : c === 7 ? "yyyy-mm-dd" : "General")));
      range.values = part.map((r) => r.map((v) => (v === null ? "" : v)));
      await ctx.sync();
    }
  });
}

export async function standardWorkbook(opts: SheetOptions = {}) {
  const made = clientWorkbook(opts);
  const colIndex = columnIndex(opts.column ?? "A");
  await fillRows(made.host, opts.sheetName ?? "Clients", made.headerRow + 1, colIndex, made.rows);
  made.host.counters.reset();
  return made;
}

type Snap = { sheets: { name: string; cells: Record<string, Record<string, unknown>> }[] } & Record<string, unknown>;

/** Snapshot without generated ids and without empty cells (a cleared cell equals a never-used one). */
export function normalizedSnapshot(wb: SimWorkbook): Snap {
  const snap = JSON.parse(JSON.stringify(wb.snapshot())) as Snap;
  for (const s of snap.sheets) {
    for (const [addr, cell] of Object.entries(s.cells)) {
      if ((cell.value === null || cell.value === "") && Object.keys(cell).length === 1) delete s.cells[addr];
    }
  }
  return stripIds(snap) as Snap;
}

function stripIds(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(stripIds);
  if (x && typeof x === "object") {
    return Object.fromEntries(Object.entries(x).filter(([k]) => k !== "id").map(([k, v]) => [k, stripIds(v)]));
  }
  return x;
}

export function cellsOf(wb: SimWorkbook, sheet: string): Record<string, Record<string, unknown>> {
  return normalizedSnapshot(wb).sheets.find((s) => s.name === sheet)!.cells;
}
