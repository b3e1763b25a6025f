// Chunk sizing: every request and response stays under Excel's payload limit (5 MB; we aim at 4 MB
// to leave room for the request envelope the estimate misses).
import type { CellValue } from "../core/types";

export const PAYLOAD_TARGET_BYTES = 4_000_000;
/** The first read chunk is sized by cells, before we know how heavy a row is. */
export const FIRST_CHUNK_CELLS = 20_000;

export function rowsPerChunk(bytesPerRow: number, target = PAYLOAD_TARGET_BYTES): number {
  return Math.max(1, Math.floor(target / Math.max(1, bytesPerRow)));
}

/** Bytes a block of rows costs on the wire, per row (JSON of the arrays), with 20% headroom. */
export function estimateBytesPerRow(...blocks: unknown[][][]): number {
  const rows = blocks[0]?.length ?? 0;
  if (rows === 0) return 1;
  let bytes = 0;
  for (const b of blocks) bytes += JSON.stringify(b).length;
  return Math.ceil((bytes / rows) * 1.2);
}

export interface ReadBlock {
  values: CellValue[][];
  numberFormats: string[][];
}

/**
 * Reads `rowCount` rows x `colCount` columns from (row, col): the first chunk sized by cells, the
 * rest by the measured bytes per row. One sync per chunk; `onChunk` reports progress.
 */
export async function readRows(
  context: Excel.RequestContext,
  sheetName: string,
  row: number,
  col: number,
  rowCount: number,
  colCount: number,
  onChunk?: (done: number, total: number) => void,
): Promise<ReadBlock> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let chunk = Math.min(rowCount, Math.max(30, Math.floor(FIRST_CHUNK_CELLS / Math.max(1, colCount))));
  let done = 0;
  while (done < rowCount && colCount > 0) {
    const n = Math.min(chunk, rowCount - done);
    const range = ws.getRangeByIndexes(row + done, col, n, colCount).load("values,numberFormat");
    await context.sync();
    const v = range.values as CellValue[][];
    const f = range.numberFormat as string[][];
    for (let i = 0; i < n; i++) {
      values.push(v[i]);
      numberFormats.push(f[i]);
    }
    done += n;
    onChunk?.(done, rowCount);
    chunk = rowsPerChunk(estimateBytesPerRow(v, f));
  }
  return { values, numberFormats };
}
