// Chunk sizing: every request and response stays under Excel's payload limit, and each one is filled
// close to it, so a full run takes about as many syncs as its bytes need (syncs <= 4 +
// ceil(total bytes / 4 MiB), test/excel/scale.test.ts).
import type { CellValue } from "../core/types";
import { jsonBytes } from "../shared/jsonBytes";

/**
 * Excel on the web refuses a request or response over "5 MB". We read that as 5,000,000 bytes, the
 * stricter of the decimal and binary readings (the simulator counts 5 MiB), so the targets below
 * hold under either.
 */
const PAYLOAD_LIMIT_BYTES = 5_000_000;
/**
 * A write's cells are measured exactly (their JSON is the request), and so is what Office.js wraps them
 * in (SLICE_OVERHEAD_BYTES per slice, BLOCK_ENVELOPE_BYTES per block it splits a slice into), so the
 * room kept is for the structural commands of the run's last sync (rules, names, chart, PivotTable,
 * the ownership and profile XML parts: a whole 20-row run's last sync is 16 KB as the simulator counts
 * it) and for the little the envelope estimates leave out.
 */
export const WRITE_TARGET_BYTES = PAYLOAD_LIMIT_BYTES - 400_000;
/**
 * A read's response can only be estimated (from the rows read so far), so it keeps 12% headroom:
 * the rows still to come may average 13% heavier than the heaviest chunk so far before a response
 * reaches the limit (and a chunk that does is read again in halves, see readRows).
 */
const READ_TARGET_BYTES = 4_400_000;
/** Office.js's envelope of one sliced write (range proxy, numberFormat and values actions), generously. */
export const SLICE_OVERHEAD_BYTES = 1_000;
/**
 * Office.js sends a values/numberFormat write of more than this many cells as blocks of whole rows
 * (setRangePropertiesInBulk in @microsoft/office-js's excel-web-16.00.debug.js).
 */
const OFFICE_JS_BULK_CELLS = 1_500;
/**
 * What each of those blocks adds to the request: two GetRow paths, their GetBoundingRect path, their
 * instantiate actions and the set action (about 850 bytes with ids of 2 to 5 digits, 962 with 7-digit
 * ids, as late in a full-grid run; test/excel/officeJsBytes.test.ts measures it through the real library).
 */
export const BLOCK_ENVELOPE_BYTES = 1_000;

/** Rows per block of a bulk write `columns` wide, as Office.js cuts it. */
export function rowsPerOfficeJsBlock(columns: number): number {
  return Math.max(1, Math.round(OFFICE_JS_BULK_CELLS / Math.max(1, columns)));
}
/** The first read chunk is sized by cells, before we know how heavy a row is (its bytes count like any chunk's). */
const FIRST_CHUNK_CELLS = 20_000;
/**
 * With a sample's bytes per cell (readSample.ts) the first chunk is sized by bytes to half the limit
 * by the sample's weight: the sample is the sheet's top (titles, header, first clients) and the rows
 * under it may be up to twice as heavy before the first response reaches the limit. The first chunk
 * cannot be retried smaller (its sync carries the caller's queued loads), hence the wider margin.
 */
const FIRST_CHUNK_SAFETY = 2;
/** "A range is limited to five million cells for get operations." */
const MAX_GET_CELLS = 5_000_000;
/** Rows measured per chunk to estimate the next one: evenly spread, enough for a stable average. */
const SAMPLE_ROWS = 500;

export function rowsPerChunk(bytesPerRow: number, target = WRITE_TARGET_BYTES): number {
  return Math.max(1, Math.floor(target / Math.max(1, bytesPerRow)));
}

/** Bytes per row of the blocks together on the wire (the JSON of each row and its separator), from a sample of rows. */
export function estimateBytesPerRow(...blocks: unknown[][][]): number {
  const rows = blocks[0]?.length ?? 0;
  if (rows === 0) return 1;
  const step = Math.max(1, Math.floor(rows / SAMPLE_ROWS));
  let bytes = 0;
  let sampled = 0;
  for (let r = 0; r < rows; r += step) {
    for (const b of blocks) if (b[r]) bytes += jsonBytes(b[r] as never) + 1;
    sampled++;
  }
  return Math.ceil(bytes / sampled);
}

/** Rows for the next chunk: what is left cut into equal chunks under the target (no small tail chunk). */
export function nextChunkRows(remaining: number, bytesPerRow: number, colCount: number, target = READ_TARGET_BYTES): number {
  const chunks = Math.max(1, Math.ceil((remaining * bytesPerRow) / target));
  const equal = Math.ceil(remaining / chunks);
  return Math.max(1, Math.min(equal, rowsPerChunk(bytesPerRow, target), Math.floor(MAX_GET_CELLS / Math.max(1, colCount))));
}

export interface ReadBlock {
  values: CellValue[][];
  numberFormats: string[][];
}

/**
 * Reads `rowCount` rows x `colCount` columns from (row, col): the first chunk sized by the sample's
 * bytes per cell when there is one (else by cells), the rest by the measured bytes per row (the heaviest chunk's so far). One sync and one range proxy per
 * chunk; `onChunk` reports progress.
 */
export async function readRows(
  context: Excel.RequestContext,
  sheetName: string,
  row: number,
  col: number,
  rowCount: number,
  colCount: number,
  onChunk?: (done: number, total: number) => void,
  sampleBytesPerCell?: number,
  /** false: values only (numberFormats come back empty), half the bytes where the formats are not needed. */
  withFormats = true,
  /**
   * The caller's estimate of a row's bytes, given when nothing else is queued for the first sync:
   * the first chunk is then sized to the read target like any later one, and read again in halves
   * if the estimate proves low.
   */
  estimatedBytesPerRow?: number,
): Promise<ReadBlock> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let chunk =
    estimatedBytesPerRow !== undefined
      ? nextChunkRows(rowCount, estimatedBytesPerRow, colCount)
      : sampleBytesPerCell === undefined
      ? Math.min(rowCount, Math.max(30, Math.floor(FIRST_CHUNK_CELLS / Math.max(1, colCount))))
      : nextChunkRows(rowCount, Math.ceil(sampleBytesPerCell * colCount * FIRST_CHUNK_SAFETY), colCount, PAYLOAD_LIMIT_BYTES);
  let bytesPerRow = 1;
  let done = 0;
  while (done < rowCount && colCount > 0) {
    const n = Math.min(chunk, rowCount - done);
    const range = ws.getRangeByIndexes(row + done, col, n, colCount).load(withFormats ? "values,numberFormat" : "values");
    try {
      // One sync per chunk is the point: each carries as many rows as fit under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Rows heavier than any so far pushed the response over the limit: read them again in halves
      // (a read changes nothing). Not the first chunk: its sync also carries the caller's queued loads.
      if ((done === 0 && estimatedBytesPerRow === undefined) || n === 1 || !isPayloadTooLarge(error)) throw error;
      chunk = Math.ceil(n / 2);
      continue;
    }
    const v = range.values as CellValue[][];
    const f = withFormats ? (range.numberFormat as string[][]) : [];
    for (let i = 0; i < n; i++) {
      values.push(v[i]);
      if (withFormats) numberFormats.push(f[i]);
    }
    done += n;
    onChunk?.(done, rowCount);
    bytesPerRow = Math.max(bytesPerRow, withFormats ? estimateBytesPerRow(v, f) : estimateBytesPerRow(v));
    chunk = nextChunkRows(rowCount - done, bytesPerRow, colCount);
  }
  return { values, numberFormats };
}

// Excel on the web names the side that was too large: the request (what we sent) or the response (what we read).
const PAYLOAD_TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
const isPayloadTooLarge = (error: unknown) => PAYLOAD_TOO_LARGE.has(String((error as { code?: unknown } | null)?.code));
