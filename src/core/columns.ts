// Column-wise reading of a ClientTable: each cell is parsed once per (column, kind, locale) and kept
// in typed arrays, so scoring runs over flat arrays instead of cell objects.
import type { ScratchBuffers } from "./scratchBuffers";
import type { ClientTable, Locale } from "./types";
import { isAmbiguousDateText, normalizeValue, readDate, readNumber, readText, type Read } from "./values";

export const CELL_OK = 0;
export const CELL_BLANK = 1;
export const CELL_ERROR = 2;
const CELL_UNREADABLE = 3;

export interface ParsedColumn {
  /** The number or day count per row; NaN where the status is not CELL_OK. */
  values: Float64Array;
  status: Uint8Array;
  /** Dates only: text dates readable day-first or month-first (01/10/2023), and the first such row. */
  ambiguous?: { count: number; firstRow: number };
}

export interface TextColumn {
  /** normalizeValue() of the text per row; null where the status is not CELL_OK. */
  keys: (string | null)[];
  status: Uint8Array;
  /** The same keys as numbers: an index into `distinct` per row, -1 where the status is not CELL_OK. */
  codes: Int32Array;
  distinct: string[];
}

/** Counts the members' cells that are not CELL_OK (`status` by row). */
export function tallyMissing(status: Uint8Array, members: Int32Array, tally: { count: number; blank: number; error: number; unreadable: number }): void {
  for (let k = 0; k < members.length; k++) {
    const s = status[members[k]];
    if (s === CELL_OK) continue;
    tally.count++;
    if (s === CELL_BLANK) tally.blank++;
    else if (s === CELL_ERROR) tally.error++;
    else tally.unreadable++;
  }
}

function statusOf(read: Read<unknown>): number {
  if (read.ok) return CELL_OK;
  return read.reason === "blank" ? CELL_BLANK : read.reason === "error" ? CELL_ERROR : CELL_UNREADABLE;
}

/**
 * A text column whose `keys` are made from the codes when first read: scoring reads only the codes, and
 * a million-entry array of keys was 4 MB more for the collector to mark on every collection.
 */
function withKeys(status: Uint8Array, codes: Int32Array, distinct: string[]): TextColumn {
  let keys: (string | null)[] | undefined;
  return {
    status,
    codes,
    distinct,
    get keys() {
      return (keys ??= Array.from(codes, (code) => (code >= 0 ? distinct[code] : null)));
    },
  };
}

export class ColumnCache {
  private readonly numeric = new Map<string, ParsedColumn>();
  private readonly texts = new Map<number, TextColumn>();

  /** With `scratch`, the parsed columns reuse an earlier rating's arrays: only for a cache nothing keeps after the rating. */
  constructor(
    private readonly table: ClientTable,
    private readonly scratch?: ScratchBuffers,
  ) {}

  private float64(length: number): Float64Array {
    return this.scratch ? this.scratch.take("float64", length) : new Float64Array(length);
  }

  /** All zero (CELL_OK), as a new array is. */
  private statuses(length: number): Uint8Array {
    return this.scratch ? this.scratch.take("uint8", length).fill(CELL_OK) : new Uint8Array(length);
  }

  private format(row: number, column: number): string | undefined {
    return this.table.numberFormats?.[row]?.[column];
  }

  numbers(column: number, locale: Locale): ParsedColumn {
    const key = `n:${column}:${locale}`;
    let parsed = this.numeric.get(key);
    if (!parsed) {
      const rows = this.table.rows;
      const values = this.float64(rows.length);
      const status = this.statuses(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const cell = rows[r]?.[column];
        // Plain numbers are by far the most common cell: no call and no Read object for them.
        if (typeof cell === "number" && cell - cell === 0) {
          values[r] = cell;
          continue;
        }
        const read = readNumber(cell, locale, this.format(r, column));
        if (read.ok) values[r] = read.value;
        else {
          values[r] = NaN;
          status[r] = statusOf(read);
        }
      }
      parsed = { values, status };
      this.numeric.set(key, parsed);
    }
    return parsed;
  }

  dates(column: number, locale: Locale): ParsedColumn {
    const key = `d:${column}:${locale}`;
    let parsed = this.numeric.get(key);
    if (!parsed) {
      parsed = this.parse(column, (cell, row) => readDate(cell, this.format(row, column), locale));
      parsed.ambiguous = this.ambiguousDates(column, parsed.status);
      this.numeric.set(key, parsed);
    }
    return parsed;
  }

  text(column: number): TextColumn {
    let parsed = this.texts.get(column);
    if (!parsed) {
      const rows = this.table.rows;
      const status = this.statuses(rows.length);
      const codes = (this.scratch ? this.scratch.take("int32", rows.length) : new Int32Array(rows.length)).fill(-1);
      const distinct: string[] = [];
      // Category columns repeat a few values: normalize each distinct text once.
      const codeOfCell = new Map<string, number>();
      const codeOfKey = new Map<string, number>();
      for (let r = 0; r < rows.length; r++) {
        const cell = rows[r]?.[column];
        let code = typeof cell === "string" ? codeOfCell.get(cell) : undefined;
        if (code === undefined) {
          const read = readText(cell);
          status[r] = statusOf(read);
          if (!read.ok) continue;
          const key = normalizeValue(read.value);
          code = codeOfKey.get(key);
          if (code === undefined) {
            code = distinct.length;
            distinct.push(key);
            codeOfKey.set(key, code);
          }
          if (typeof cell === "string") codeOfCell.set(cell, code);
        }
        codes[r] = code;
      }
      parsed = withKeys(status, codes, distinct);
      this.texts.set(column, parsed);
    }
    return parsed;
  }

  private ambiguousDates(column: number, status: Uint8Array): { count: number; firstRow: number } {
    const rows = this.table.rows;
    let count = 0;
    let firstRow = -1;
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]?.[column];
      if (status[r] !== CELL_OK || typeof cell !== "string" || !isAmbiguousDateText(cell)) continue;
      if (count++ === 0) firstRow = r;
    }
    return { count, firstRow };
  }

  private parse(column: number, read: (cell: ClientTable["rows"][number][number], row: number) => number | Read<number>): ParsedColumn {
    const rows = this.table.rows;
    const values = this.float64(rows.length);
    const status = this.statuses(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const result = read(rows[r]?.[column], r);
      if (typeof result === "number") {
        values[r] = result;
      } else if (result.ok) {
        values[r] = result.value;
      } else {
        values[r] = NaN;
        status[r] = statusOf(result);
      }
    }
    return { values, status };
  }
}
