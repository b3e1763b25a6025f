// Finding the header row and the data's true extent in a block of cell values (pure; no Excel).
import type { CellValue } from "../core/types";
import { findColumn } from "../core";

/** Rows of the sheet we score as header candidates (titles and notes rarely take more). */
const HEADER_SCAN_ROWS = 30;

/**
 * The data ends at the last non-blank row before the first run of this many blank rows.
 * Users read a client list as the contiguous block under its header; a stray note far below
 * (after 20 or more empty rows) is a note, not a client, and rating it would add a phantom client.
 * Shorter gaps (a blank separator row or two) stay inside the list.
 */
export const BLANK_RUN_ENDS_DATA = 20;

/** Headers we expect in a client list; found through core's synonyms, they tip ties between rows. */
const PROFILE_HEADER_WEIGHT = 10;

export const KNOWN_HEADERS = ["Client", "Name", "Revenue", "Profit", "Employees", "Credit rating", "Days late", "Last contact"];

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function isText(v: CellValue): v is string {
  return typeof v === "string" && v.trim() !== "" && Number.isNaN(Number(v.trim()));
}

function filledCount(row: CellValue[]): number {
  let n = 0;
  for (const v of row) if (!isBlank(v)) n++;
  return n;
}

/**
 * Index (in `rows`) of the most header-like row among the first HEADER_SCAN_ROWS: many text cells,
 * followed by rows that are filled about as wide, and names we know. -1 when nothing looks like one.
 */
export function findHeaderRow(rows: CellValue[][], extraKnown: string[] = []): number {
  // The columns the profile names were named by the user for this sheet: they weigh more than the
  // usual client-list names, which a block of notes above the list may also use ("Customer Name").
  const known = [...KNOWN_HEADERS.filter((n) => !extraKnown.includes(n)), ...extraKnown];
  const weight = (name: string) => (extraKnown.includes(name) ? PROFILE_HEADER_WEIGHT : 3);
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    const texts = row.filter(isText).length;
    if (texts === 0) continue;
    const filled = filledCount(row);
    if (texts < filled * 0.8) continue; // a header row is (almost) all text
    let dataRows = 0;
    for (let k = r + 1; k <= r + 3 && k < rows.length; k++) if (filledCount(rows[k]) >= Math.max(1, filled / 2)) dataRows++;
    const headers = row.map((v) => (isBlank(v) ? "" : String(v)));
    let knownScore = 0;
    for (const name of known) if (findColumn(headers, name) >= 0) knownScore += weight(name);
    const score = texts + 2 * dataRows + knownScore - (dataRows === 0 ? texts : 0);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Number of data rows under the header (header at index `headerIndex` of `rows`) by the blank-run rule,
 * looking only at `cols` (indices into each row: the user's columns, not the add-in's own).
 */
export function dataRowCount(rows: CellValue[][], headerIndex: number, cols: number[]): number {
  let last = headerIndex;
  let blankRun = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    let blank = true;
    const row = rows[r];
    for (const c of cols) if (!isBlank(row[c])) { blank = false; break; }
    if (!blank) {
      last = r;
      blankRun = 0;
    } else if (++blankRun >= BLANK_RUN_ENDS_DATA) break;
  }
  return last - headerIndex;
}

/** First and last non-blank cell of the header row: the columns of the list. */
export function headerSpan(row: CellValue[]): { first: number; count: number } {
  let first = -1;
  let last = -1;
  row.forEach((v, i) => {
    if (!isBlank(v)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? { first: 0, count: 0 } : { first, count: last - first + 1 };
}
