// Writes rectangular blocks of values (and number formats) in as few syncs as the payload limit
// allows: every row is measured exactly, and the writes of successive blocks (owned columns, the
// Pareto sheet's tables) are packed into one batch, a block being cut where the batch is full.
import { SLICE_OVERHEAD_BYTES, WRITE_TARGET_BYTES } from "./chunks";
import { jsonBytes } from "../shared/jsonBytes";

export type OutCell = string | number | boolean;

export class BlockWriter {
  private pending = 0;
  private batchOpen = false;
  /** One worksheet proxy per sheet for the writer's life, not one per block. */
  private readonly sheets = new Map<string, Excel.Worksheet>();
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = WRITE_TARGET_BYTES,
    private readonly onSync?: () => void,
  ) {}

  /**
   * Queues the block in slices that fill the batch up to the limit, syncing each full batch; the
   * last slice stays pending for the next block or `flush`. One range proxy per slice. Number
   * formats are set before values so that text formatted "@" is stored as text, never a formula.
   */
  async write(sheet: string, row: number, col: number, values: OutCell[][], numberFormats?: string[][]): Promise<void> {
    if (values.length === 0 || values[0].length === 0) return;
    const rowBytes = (r: number) => jsonBytes(values[r]) + 1 + (numberFormats ? jsonBytes(numberFormats[r]) + 1 : 0);
    let start = 0;
    while (start < values.length) {
      let end = start;
      let bytes = SLICE_OVERHEAD_BYTES;
      while (end < values.length) {
        const b = rowBytes(end);
        if (this.pending + bytes + b > this.limit) break;
        bytes += b;
        end++;
      }
      if (end === start) {
        if (this.pending > 0) {
          await this.flush();
          continue;
        }
        // A single row over the limit on an empty batch: nothing smaller can be sent; Excel decides.
        bytes += rowBytes(start);
        end = start + 1;
      }
      this.queueSlice(sheet, row + start, col, values.slice(start, end), numberFormats?.slice(start, end));
      this.pending += bytes;
      start = end;
      if (start < values.length) await this.flush();
    }
  }

  private queueSlice(sheet: string, row: number, col: number, values: OutCell[][], numberFormats?: string[][]): void {
    this.start();
    let ws = this.sheets.get(sheet);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(sheet);
      this.sheets.set(sheet, ws);
    }
    const range = ws.getRangeByIndexes(row, col, values.length, values[0].length);
    if (numberFormats) range.numberFormat = numberFormats;
    range.values = values;
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
