// The 5 MB request budget counts Office.js's own envelope (src/simulator/api/envelope.ts, derived from
// @microsoft/office-js's serializer): every operation carries an action and an object path around its payload.
import { rateWorkbook } from "../../src/excel";
import { ENVELOPE_PER_OPERATION } from "../../src/simulator/api/envelope";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";
import { standardWorkbook } from "./support/host";

jest.setTimeout(300_000);

const LIMIT = 5 * 1024 * 1024;

test("each operation adds the envelope's action and object path to the request's size", async () => {
  const wb = SimWorkbook.empty();
  wb.addSheet("S");
  const host = createExcelHost(wb);
  const writes = (n: number) =>
    host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      for (let i = 0; i < n; i++) ws.getRangeByIndexes(i, 0, 1, 1).values = [[1]];
      await ctx.sync();
    });
  await writes(1);
  await writes(101);
  const [one, many] = host.counters.requestBytes;
  const payloadPerWrite = JSON.stringify({ set: "values", value: [[1]] }).length + 1;
  expect(many - one).toBe(100 * (payloadPerWrite + ENVELOPE_PER_OPERATION));
  expect(ENVELOPE_PER_OPERATION).toBeGreaterThan(150); // ids, types and argument lists: not a rounding error
});

test("rating 100,000 clients keeps every sync under 5 MB with the envelope counted", async () => {
  const { host } = await standardWorkbook({ rows: 100_000 });
  const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
  expect(outcome.clients).toBe(100_000);
  const largest = Math.max(...host.counters.requestBytes);
  const operations = host.counters.operations[host.counters.requestBytes.indexOf(largest)];
  console.log(
    `100,000 clients: ${host.counters.syncs} syncs, largest request ${(largest / 1024 / 1024).toFixed(2)} MB ` +
      `(${operations} operations, envelope ${((operations * ENVELOPE_PER_OPERATION) / 1024).toFixed(1)} KB)`,
  );
  expect(largest).toBeLessThan(LIMIT);
});
