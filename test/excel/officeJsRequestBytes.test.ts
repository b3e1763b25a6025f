// What Office.js really sends for our chunked writes: Microsoft's Excel client library builds each request and
// the simulator answers it (test/support/officeJsHost.ts). The writer's estimate (src/excel/blockWriter.ts with
// the envelope sizes of src/excel/chunks.ts) must keep every real request under Excel's 5,000,000 bytes.
import { BlockWriter, type OutCell } from "../../src/excel/blockWriter";
import { BLOCK_ENVELOPE_BYTES, WRITE_TARGET_BYTES, rowsPerOfficeJsBlock } from "../../src/excel/chunks";
import { utf8Length } from "../../src/shared/jsonBytes";
import { SimWorkbook } from "../../src/simulator";
import { officeJsHost } from "../support/officeJsHost";

const EXCEL_LIMIT_BYTES = 5_000_000;

interface WireAction {
  ActionType: number;
  Name: string;
  ArgumentInfo?: { Arguments: unknown[] };
}
const SET_PROPERTY = 4;

/** The request's set-property actions and the bytes of everything in it but their values. */
function split(request: string): { sets: WireAction[]; envelopeBytes: number } {
  const sets = (JSON.parse(request) as { Actions: WireAction[] }).Actions.filter((a) => a.ActionType === SET_PROPERTY);
  const valueBytes = sets.reduce((sum, a) => sum + utf8Length(JSON.stringify(a.ArgumentInfo!.Arguments[0])), 0);
  return { sets, envelopeBytes: utf8Length(request) - valueBytes };
}

/**
 * Office.js numbers every path and action of a request context from 1 up, so late in a long run (a full grid
 * takes 146 syncs) the ids have 6 or 7 digits and each block's envelope is larger. A test run that short
 * starts its context's counter past a million to send what such a late sync sends.
 */
function lateInRun(context: Excel.RequestContext): void {
  (context as unknown as { m_nextId: number }).m_nextId = 1_000_000;
}

function emptyWorkbook(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("S");
  return wb;
}

/** One sync writing `rows` x `cols` cells (number formats, then values) through the real library; its request text. */
async function bulkWriteRequest(rows: number, cols: number): Promise<string> {
  const host = officeJsHost(emptyWorkbook());
  const messages = host.keepMessages();
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    await context.sync();
    lateInRun(context);
    const range = sheet.getRangeByIndexes(0, 0, rows, cols);
    range.numberFormat = values.map((row) => row.map(() => "@"));
    range.values = values;
    await context.sync();
  });
  return messages[1].request;
}

describe("Office.js's envelope of a bulk write", () => {
  it.each([1, 5, 7, 40])("cuts a write %i columns wide into blocks of the rows src/excel/chunks.ts expects", async (cols) => {
    const blockRows = rowsPerOfficeJsBlock(cols);
    const rows = blockRows * 3 + 1;
    const { sets } = split(await bulkWriteRequest(rows, cols));
    // numberFormat and values, each in 4 blocks: three full ones and the one row left.
    expect(sets.map((a) => a.Name)).toEqual([...Array(4).fill("NumberFormat"), ...Array(4).fill("Values")]);
    expect(sets.map((a) => (a.ArgumentInfo!.Arguments[0] as unknown[]).length)).toEqual([blockRows, blockRows, blockRows, 1, blockRows, blockRows, blockRows, 1]);
  });

  it("adds at most BLOCK_ENVELOPE_BYTES per block late in a run, and not much less", async () => {
    const cols = 6;
    const few = split(await bulkWriteRequest(rowsPerOfficeJsBlock(cols) * 10, cols));
    const many = split(await bulkWriteRequest(rowsPerOfficeJsBlock(cols) * 40, cols));
    const perBlock = (many.envelopeBytes - few.envelopeBytes) / (many.sets.length - few.sets.length);
    expect(perBlock).toBeLessThanOrEqual(BLOCK_ENVELOPE_BYTES);
    expect(perBlock).toBeGreaterThan(BLOCK_ENVELOPE_BYTES * 0.9);
  });
});

describe("a chunked write through Office.js", () => {
  const REASONS = ["Omzet boven het profiel", "Zahlt regelmäßig zu spät", "Sok reklamáció az elmúlt évben", "Growth potential high"];
  /** Owned-column-like rows: score, grade, decision, a long reason text of varying length, value share. */
  function row(r: number): OutCell[] {
    const reasons = Array.from({ length: 4 + (r % 9) }, (_, i) => `${REASONS[(r + i) % REASONS.length]} (${(r * 7 + i) % 100})`).join("; ");
    return [Math.round(((r * 37) % 1000) / 10) / 10, "ABCDE"[r % 5], r % 3 === 0 ? "Keep" : "Develop", reasons, ((r % 97) + 0.5) / 1e4];
  }
  const FORMATS = ["0.0", "@", "@", "@", "0.00%"];

  it("keeps every request under 5,000,000 bytes, each full one within 1% of the writer's estimate", async () => {
    const rowCount = 40_000;
    const host = officeJsHost(emptyWorkbook());
    let estimates: number[] = [];
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").load("name");
      await context.sync();
      lateInRun(context);
      const writer = new BlockWriter(context);
      await writer.writeRows("S", 1, 2, { count: rowCount, row, format: () => FORMATS });
      await writer.flush();
      estimates = writer.estimatedRequestBytes;
    });
    expect(host.unmodelled).toEqual([]);
    // The first sync is the sheet's load, the last Excel.run releasing the ranges it kept.
    const writes = host.syncs.slice(1, 1 + estimates.length).map((s) => s.requestBytes);
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const bytes of host.syncs.map((s) => s.requestBytes)) expect(bytes).toBeLessThanOrEqual(EXCEL_LIMIT_BYTES);
    writes.slice(0, -1).forEach((real, i) => {
      expect(estimates[i]).toBeLessThanOrEqual(WRITE_TARGET_BYTES);
      expect(Math.abs(estimates[i] - real) / real).toBeLessThan(0.01);
    });
    // The whole write arrived.
    const written = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(rowCount, 2, 1, 5).load("values");
      await context.sync();
      return range.values;
    });
    expect(written).toEqual([row(rowCount - 1)]);
  }, 60_000);
});
