// Chunking: BlockWriter packs the writes of several blocks into syncs filled up to its limit, cutting
// a block where the batch is full; readRows sizes reads by measured bytes and retries heavier rows.
import { BlockWriter, type OutCell } from "../../src/excel/blockWriter";
import { BLOCK_ENVELOPE_BYTES, SLICE_OVERHEAD_BYTES, estimateBytesPerRow, nextChunkRows, readRows, rowsPerOfficeJsBlock } from "../../src/excel/chunks";
import { jsonBytes } from "../../src/shared/jsonBytes";
import { SimWorkbook, createExcelHost } from "../../src/simulator";

const LIMIT = 50_000;

function block(rows: number, cols: number, tag: string): OutCell[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c % 2 === 0 ? `${tag} ${r}-${c} é"` : r * 1.5 + c)));
}

function setup() {
  const wb = SimWorkbook.empty();
  wb.addSheet("S");
  // The host refuses any request over the writer's limit plus the suspend-calculation call.
  const host = createExcelHost(wb, { payloadLimitBytes: LIMIT + 200 });
  return { wb, host };
}

/** Read through a host of its own: the writing host's limit is too small for a read of the whole block. */
async function readBack(wb: SimWorkbook, row: number, col: number, rows: number, cols: number): Promise<unknown[][]> {
  return createExcelHost(wb).run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(row, col, rows, cols).load("values");
    await ctx.sync();
    return r.values;
  });
}

describe("BlockWriter", () => {
  it("packs small blocks into one sync", async () => {
    const { wb, host } = setup();
    const a = block(20, 3, "a");
    const b = block(30, 2, "b");
    await host.run(async (ctx) => {
      const writer = new BlockWriter(ctx, LIMIT);
      await writer.write("S", 0, 0, a);
      await writer.write("S", 0, 5, b, b.map((r) => r.map(() => "@")));
      await writer.flush();
      expect(writer.syncs).toBe(1);
    });
    expect(host.counters.syncs).toBe(1);
    expect(await readBack(wb, 0, 0, 20, 3)).toEqual(a);
    expect(await readBack(wb, 0, 5, 30, 2)).toEqual(b);
  });

  it("cuts the next block to the room left, so every sync but the last is full", async () => {
    const { wb, host } = setup();
    const blocks = [block(700, 4, "x"), block(1500, 3, "y"), block(90, 6, "z")];
    const total = blocks.reduce((s, b) => s + b.reduce((t, row) => t + jsonBytes(row) + 1, 0), 0);
    await host.run(async (ctx) => {
      const writer = new BlockWriter(ctx, LIMIT);
      let col = 0;
      for (const b of blocks) {
        await writer.write("S", 2, col, b);
        col += b[0].length;
      }
      await writer.flush();
    });
    const sizes = host.counters.requestBytes;
    for (const s of sizes) expect(s).toBeLessThanOrEqual(LIMIT + 200);
    // Full but for the room kept for Office.js's envelope of each 1,500-cell block, which the direct path does not send.
    for (const s of sizes.slice(0, -1)) expect(s).toBeGreaterThan(LIMIT * 0.85);
    // As few syncs as the bytes need, given the per-slice envelope each sync keeps free and Office.js's envelope of
    // each 1,500-cell block (one more block per block of ours, where a sync cuts it).
    const officeJsBlocks = blocks.reduce((n, b) => n + Math.ceil(b.length / rowsPerOfficeJsBlock(b[0].length)) + 1, 0);
    expect(sizes.length).toBeGreaterThanOrEqual(Math.ceil(total / LIMIT));
    expect(sizes.length).toBeLessThanOrEqual(Math.ceil((total + officeJsBlocks * BLOCK_ENVELOPE_BYTES) / (LIMIT - blocks.length * SLICE_OVERHEAD_BYTES)));
    let col = 0;
    for (const b of blocks) {
      expect(await readBack(wb, 2, col, b.length, b[0].length)).toEqual(b);
      col += b[0].length;
    }
  });

  it("sends a row heavier than the limit on its own", async () => {
    const wb = SimWorkbook.empty();
    wb.addSheet("S");
    const host = createExcelHost(wb);
    const heavy: OutCell[][] = [["x".repeat(3_000)], ["small"], ["y".repeat(3_000)]];
    await host.run(async (ctx) => {
      const writer = new BlockWriter(ctx, 2_000);
      await writer.write("S", 0, 0, heavy);
      await writer.flush();
    });
    expect(host.counters.syncs).toBe(3);
    expect(await readBack(wb, 0, 0, 3, 1)).toEqual(heavy);
  });

  it("makes each row of a row source once, a slice's rows only when that slice is filled", async () => {
    const { wb, host } = setup();
    // Rows of equal size, so every full sync carries the same number of them.
    const rows: OutCell[][] = Array.from({ length: 5_000 }, (_, r) => [`lazy ${String(r).padStart(5, "0")}`, 1.5, "é"]);
    const formats = ["@", "0.0", "@"];
    const made = new Array<number>(rows.length).fill(0);
    let madeCount = 0;
    const madeAtSync: number[] = [];
    await host.run(async (ctx) => {
      const writer = new BlockWriter(ctx, LIMIT, () => madeAtSync.push(madeCount));
      await writer.writeRows("S", 1, 0, {
        count: rows.length,
        row: (r) => {
          made[r]++;
          madeCount++;
          return rows[r];
        },
        format: () => formats,
      });
      await writer.flush();
    });
    expect(made.every((times) => times === 1)).toBe(true);
    const perSync = Math.floor(LIMIT / (jsonBytes(rows[0]) + jsonBytes(formats) + 2));
    expect(madeAtSync.length).toBeGreaterThan(3);
    // Before the k-th sync no more rows were made than k syncs carry, plus the one row that did not fit.
    madeAtSync.forEach((count, k) => expect(count).toBeLessThanOrEqual((k + 1) * perSync + 1));
    expect(await readBack(wb, 1, 0, rows.length, 3)).toEqual(rows);
  });
});

describe("chunk sizing", () => {
  it("measures JSON bytes as JSON.stringify's UTF-8 text", () => {
    const rows = [["a\"b\\c", 1.25, true, "é€😀", "\u0001"], [-3, "", false, 1e21, "tab\t"]];
    expect(jsonBytes(rows)).toBe(Buffer.byteLength(JSON.stringify(rows), "utf8"));
  });
  it("estimates bytes per row from a sample of the rows", () => {
    const rows = block(5_000, 6, "r");
    const exact = rows.reduce((s, r) => s + jsonBytes(r) + 1, 0) / rows.length;
    expect(Math.abs(estimateBytesPerRow(rows) - exact) / exact).toBeLessThan(0.05);
  });
  it("cuts what is left into equal chunks under the target", () => {
    const rows = nextChunkRows(10_000, 1_000, 10, 4_000_000);
    expect(rows).toBe(Math.ceil(10_000 / Math.ceil(10_000_000 / 4_000_000)));
    expect(rows * 1_000).toBeLessThanOrEqual(4_000_000);
    expect(nextChunkRows(100, 1_000, 10, 4_000_000)).toBe(100);
  });
});

describe("readRows", () => {
  it("reads rows much heavier than the first ones again in smaller chunks when a response is over the limit", async () => {
    const wb = SimWorkbook.empty();
    wb.addSheet("S");
    const rows = Array.from({ length: 40_000 }, (_, r) => [r < 20_000 ? "a" : `${"x".repeat(1_000)}${r}`, r]);
    wb.setCells("S", "A1", rows);
    const host = createExcelHost(wb);
    const block = await host.run((ctx) => readRows(ctx, "S", 0, 0, rows.length, 2));
    expect(block.values).toEqual(rows);
    expect(host.counters.responseBytes.some((b) => b > 5 * 1024 * 1024)).toBe(true); // the over-limit try happened
  }, 60_000);

  it("with the caller's estimate of a row, reads what fits in one response in one sync", async () => {
    const wb = SimWorkbook.empty();
    wb.addSheet("S");
    const rows = Array.from({ length: 60_000 }, (_, r) => [`Client ${r}`, r * 1.5, "B"]);
    wb.setCells("S", "A1", rows);
    const host = createExcelHost(wb);
    const bytesPerRow = estimateBytesPerRow(rows);
    const block = await host.run((ctx) => readRows(ctx, "S", 0, 0, rows.length, 3, undefined, undefined, false, bytesPerRow));
    expect(block.values).toEqual(rows);
    expect(host.counters.syncs).toBe(1);
    // Without the estimate the first chunk is sized by cells and a second sync reads the rest.
    host.counters.reset();
    await host.run((ctx) => readRows(ctx, "S", 0, 0, rows.length, 3, undefined, undefined, false));
    expect(host.counters.syncs).toBe(2);
  }, 60_000);

  it("reads the first chunk again in halves when the caller's estimate was too low", async () => {
    const wb = SimWorkbook.empty();
    wb.addSheet("S");
    const rows = Array.from({ length: 4_000 }, (_, r) => [`${"x".repeat(2_000)}${r}`, r]);
    wb.setCells("S", "A1", rows);
    const host = createExcelHost(wb);
    const block = await host.run((ctx) => readRows(ctx, "S", 0, 0, rows.length, 2, undefined, undefined, false, 20));
    expect(block.values).toEqual(rows);
    expect(host.counters.responseBytes.some((b) => b > 5 * 1024 * 1024)).toBe(true); // the over-limit try happened
  }, 60_000);
});
