// Writes rectangular blocks of values (and number formats) in as few syncs as the payload limit
// allows: every row is measured exactly, and the writes of successive blocks (owned columns, the
// Pareto sheet's tables) are packed into one batch, a block being cut where the batch is full.
import { BLOCK_ENVELOPE_BYTES, SLICE_OVERHEAD_BYTES, WRITE_TARGET_BYTES, rowsPerOfficeJsBlock } from "./chunks";
import { jsonBytes } from "../shared/jsonBytes";

export type OutCell = string | number | boolean;

/** `count` rows of a block, each made when asked for: its cells and, optionally, their number formats. */
export interface RowSource {
  count: number;
  row(r: number): OutCell[];
  format?(r: number): string[];
}

interface MadeRow {
  values: OutCell[];
  format: string[] | undefined;
  bytes: number;
}

export class BlockWriter {
  private pending = 0;
  private batchOpen = false;
  /** One worksheet proxy per sheet for the writer's life, not one per block. */
  private readonly sheets = new Map<string, Excel.Worksheet>();
  syncs = 0;
  /** The bytes each sync's request was estimated at (its writes, their Office.js envelopes, what was reserved). */
  readonly estimatedRequestBytes: number[] = [];

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
    await this.writeRows(sheet, row, col, { count: values.length, row: (r) => values[r], format: numberFormats && ((r) => numberFormats[r]) });
  }

  /**
   * As `write`, with each row made when its slice is filled: rows built from a rating per chunk (reason
   * text among them) are held only until their slice is sent. Every row has the same number of cells.
   */
  async writeRows(sheet: string, row: number, col: number, rows: RowSource): Promise<void> {
    let carried: MadeRow | null = null;
    const make = (r: number): MadeRow => {
      const values = rows.row(r);
      const format = rows.format?.(r);
      return { values, format, bytes: jsonBytes(values) + 1 + (format ? jsonBytes(format) + 1 : 0) };
    };
    // Office.js cuts a large slice into blocks of rows, each with its own paths and set action per property.
    const blockEnvelope = BLOCK_ENVELOPE_BYTES * (rows.format ? 2 : 1);
    let start = 0;
    while (start < rows.count) {
      const values: OutCell[][] = [];
      const formats: string[][] = [];
      let bytes = SLICE_OVERHEAD_BYTES;
      let end = start;
      while (end < rows.count) {
        const made: MadeRow = carried ?? make(end);
        carried = null;
        const rowBytes = made.bytes + ((end - start) % rowsPerOfficeJsBlock(made.values.length) === 0 ? blockEnvelope : 0);
        if (this.pending + bytes + rowBytes > this.limit) {
          carried = made;
          break;
        }
        values.push(made.values);
        if (made.format) formats.push(made.format);
        bytes += rowBytes;
        end++;
      }
      if (end === start) {
        if (this.pending > 0) {
          await this.flush();
          continue;
        }
        // A single row over the limit on an empty batch: nothing smaller can be sent; Excel decides.
        const made: MadeRow = carried ?? make(start);
        carried = null;
        values.push(made.values);
        if (made.format) formats.push(made.format);
        bytes += made.bytes + blockEnvelope;
        end = start + 1;
      }
      if (values[0].length === 0) return;
      this.queueSlice(sheet, row + start, col, values, rows.format ? formats : undefined);
      this.pending += bytes;
      start = end;
      if (start < rows.count) await this.flush();
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
    this.estimatedRequestBytes.push(this.pending);
    this.syncs++;
    this.pending = 0;
    this.onSync?.();
    this.batchOpen = false;
  }
}
