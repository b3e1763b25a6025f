// A comparable picture of a whole workbook, read from the simulator's model, and the differences
// between two pictures. Cells are kept per row so the 1,048,576-row case fits in memory: with
// `sampleRow` only those rows are kept cell by cell, and a digest over every cell covers the rest.
import { createHash } from "crypto";
import { cellAddress } from "../../src/shared/a1";
import type { SimWorkbook } from "../../src/simulator";

type Sheet = ReturnType<SimWorkbook["sheet"]>;
type Cell = NonNullable<ReturnType<Sheet["get"]>>;

export interface SheetState {
  name: string;
  meta: string;
  /** row -> column -> cell key (only rows kept by the sample). */
  cells: Map<number, Map<number, string>>;
  digest: string;
}

export interface WorkbookState {
  meta: Record<string, string>;
  sheets: Map<string, SheetState>;
}

export interface CaptureOptions {
  sampleRow?: (row: number) => boolean;
}

export function captureState(wb: SimWorkbook, options: CaptureOptions = {}): WorkbookState {
  const sheets = new Map<string, SheetState>();
  for (const name of wb.sheetNames()) sheets.set(name, captureSheet(wb.sheet(name), options));
  return {
    meta: {
      sheetOrder: JSON.stringify(wb.sheetNames()),
      names: canonicalJson([...wb.names].sort((a, b) => a.name.localeCompare(b.name))),
      customXmlParts: JSON.stringify(wb.customXmlParts.map((p) => p.xml).sort()),
      settings: JSON.stringify([...wb.settings.entries()].sort()),
      protection: JSON.stringify(wb.protection ?? null),
    },
    sheets,
  };
}

function captureSheet(sheet: Sheet, options: CaptureOptions): SheetState {
  const hash = createHash("sha1");
  const cells = new Map<number, Map<number, string>>();
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const row = sheet.rows.get(r)!;
    const keep = !options.sampleRow || options.sampleRow(r);
    let kept: Map<number, string> | undefined;
    for (const c of [...row.keys()].sort((a, b) => a - b)) {
      const key = cellKey(row.get(c)!);
      if (key === null) continue;
      hash.update(`${r},${c},${key}\n`);
      if (!keep) continue;
      kept ??= new Map();
      kept.set(c, key);
    }
    if (kept) cells.set(r, kept);
  }
  const meta = canonicalJson({
    visibility: sheet.visibility,
    columnWidths: [...sheet.columnWidths].sort(),
    rowHeights: [...sheet.rowHeights].sort(),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    frozen: sheet.frozen,
    merges: [...sheet.merges].sort(),
    autoFilter: sheet.autoFilter ?? null,
    protected: sheet.protection.protected,
    tables: sheet.tables.map(({ id: _id, ...t }) => t),
    conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...cf }) => cf),
    pivots: sheet.pivots.map(({ id: _id, ...p }) => p),
    charts: sheet.charts.map(({ id: _id, ...ch }) => ch),
  });
  return { name: sheet.name, meta, cells, digest: hash.digest("hex") };
}

/** JSON with object keys sorted, so two equal pictures give the same text whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The facts of a cell that matter to a user; null for a cell that is empty and unformatted. */
function cellKey(cell: Cell): string | null {
  const empty = (cell.value === null || cell.value === "") && !cell.formula;
  const formatted = (cell.numberFormat && cell.numberFormat !== "General") || cell.fill || cell.font || cell.horizontalAlignment;
  if (empty && !formatted) return null;
  return JSON.stringify({
    v: cell.value === "" ? null : cell.value,
    ...(cell.formula ? { f: cell.formula } : {}),
    ...(cell.numberFormat && cell.numberFormat !== "General" ? { n: cell.numberFormat } : {}),
    ...(cell.fill ? { fill: cell.fill } : {}),
    ...(cell.font && Object.values(cell.font).some((x) => x !== undefined) ? { font: cell.font } : {}),
    ...(cell.horizontalAlignment ? { h: cell.horizontalAlignment } : {}),
  });
}

export function parseKey(key: string | undefined): { v: unknown; f?: string; n?: string } | null {
  return key === undefined ? null : JSON.parse(key);
}


/** Every cell of `sheet` that differs between a and b (within the kept rows), up to `limit`. */
export function cellDiffs(
  a: SheetState,
  b: SheetState,
  skip: (row: number, col: number) => boolean = () => false,
  limit = 8,
): string[] {
  const out: string[] = [];
  const rows = new Set([...a.cells.keys(), ...b.cells.keys()]);
  for (const r of [...rows].sort((x, y) => x - y)) {
    const ra = a.cells.get(r);
    const rb = b.cells.get(r);
    const cols = new Set([...(ra?.keys() ?? []), ...(rb?.keys() ?? [])]);
    for (const c of [...cols].sort((x, y) => x - y)) {
      const ka = ra?.get(c);
      const kb = rb?.get(c);
      if (ka === kb || skip(r, c)) continue;
      out.push(`${a.name}!${cellAddress(r, c)}: ${short(ka)} -> ${short(kb)}`);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Everything that differs between two whole-workbook pictures (empty when equal). */
export function stateDiffs(a: WorkbookState, b: WorkbookState, limit = 8): string[] {
  const out: string[] = [];
  for (const k of Object.keys(a.meta)) if (a.meta[k] !== b.meta[k]) out.push(`workbook ${k}: ${short(a.meta[k])} -> ${short(b.meta[k])}`);
  for (const [name, sa] of a.sheets) {
    const sb = b.sheets.get(name);
    if (!sb) {
      out.push(`sheet ${name} disappeared`);
      continue;
    }
    if (sa.meta !== sb.meta) out.push(`sheet ${name} properties: ${metaDiff(sa.meta, sb.meta)}`);
    const cells = cellDiffs(sa, sb, undefined, limit);
    out.push(...cells);
    if (cells.length === 0 && sa.digest !== sb.digest) out.push(`sheet ${name}: cells differ outside the sampled rows`);
  }
  for (const name of b.sheets.keys()) if (!a.sheets.has(name)) out.push(`sheet ${name} appeared`);
  return out.slice(0, limit * 3);
}

function metaDiff(a: string, b: string): string {
  const ma = JSON.parse(a) as Record<string, unknown>;
  const mb = JSON.parse(b) as Record<string, unknown>;
  return Object.keys(ma)
    .filter((k) => JSON.stringify(ma[k]) !== JSON.stringify(mb[k]))
    .map((k) => `${k} ${short(JSON.stringify(ma[k]))} -> ${short(JSON.stringify(mb[k]))}`)
    .join("; ");
}

function short(s: string | undefined): string {
  if (s === undefined) return "(empty)";
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}
