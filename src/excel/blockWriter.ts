// Writes rectangular blocks of values (and number formats) in as few syncs as the payload limit
// allows: blocks are cut into row slices and packed into syncs of at most PAYLOAD_TARGET_BYTES.
import { PAYLOAD_TARGET_BYTES, estimateBytesPerRow, rowsPerChunk } from "./chunks";

export type OutCell = string | number | boolean;

export class BlockWriter {
  private pending = 0;
  private batchOpen = false;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = PAYLOAD_TARGET_BYTES,
    private readonly onSync?: () => void,
  ) {}

  /** Number formats are set before values so that text formatted "@" is stored as text, never a formula. */
  async write(sheet: string, row: number, col: number, values: OutCell[][], numberFormats?: string[][]): Promise<void> {
    if (values.length === 0 || values[0].length === 0) return;
    const sample = values.slice(0, 200);
    const perRow = estimateBytesPerRow(sample, numberFormats ? numberFormats.slice(0, 200) : []);
    const slice = rowsPerChunk(perRow, this.limit);
    const ws = this.context.workbook.worksheets.getItem(sheet);
    for (let start = 0; start < values.length; start += slice) {
      const n = Math.min(slice, values.length - start);
      if (this.pending > 0 && this.pending + n * perRow > this.limit) await this.flush();
      this.start();
      const range = ws.getRangeByIndexes(row + start, col, n, values[0].length);
      if (numberFormats) range.numberFormat = numberFormats.slice(start, start + n);
      range.values = values.slice(start, start + n);
      this.pending += n * perRow;
    }
  }

  /** Call before queuing the first write: calculation waits until the batch is in. */
  start(): void {
    if (this.batchOpen) return;
    this.context.application.suspendApiCalculationUntilNextSync();
    this.batchOpen = true;
  }

  /** Counts queued structural commands (names, formats, charts) against the budget as a fixed cost. */
  reserve(bytes: number): void {
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
    this.onSync?.();
    this.batchOpen = false;
  }
}

export const fill2d = <T>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
