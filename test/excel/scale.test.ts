// Round trips and payloads at 10,000 and 100,000 clients: syncs <= 4 + ceil(total bytes / 4 MiB)
// (syncBudget), no request or response over 5 MB, and proxies that grow with chunks (one range per
// chunk, each chunk a near-full sync), not with rows. Prints the figures for the report.
import { rateWorkbook } from "../../src/excel";
import * as simulator from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";
import { standardWorkbook } from "./support/host";

const FIVE_MB = 5_000_000;
const FOUR_MIB = 4 * 1024 * 1024;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
/** A month after AS_OF: the second rating compares with the first and reads its history back. */
const LATER = new Date(AS_OF.getTime() + 30 * 86_400_000);
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
/**
 * Through Office.js (the officejs project, test/support/officeJsSimulator.ts) the host makes a proxy for every
 * object path the library sends, the row blocks it splits a large write into among them: that count is the
 * library's, not the add-in's, so the proxy check is the direct path's.
 */
const directPath = !("throughOfficeJs" in simulator);
/**
 * Syncs allowed for a run's bytes: 3 + ceil(total / 4 MiB), plus one since the writer keeps room in each write
 * chunk for Office.js's envelope of every 1,500-cell block (src/excel/chunks.ts), which the direct path's byte
 * counts leave out: at 100,000 clients a write chunk carries 4.33 MB of cells (4.6 MB as Office.js sends it).
 */
const syncBudget = (totalBytes: number) => 4 + Math.ceil(totalBytes / FOUR_MIB);

interface Run {
  syncs: number;
  chunks: number;
  totalBytes: number;
  maxRequest: number;
  maxResponse: number;
  proxies: number;
}

async function rate(rows: number, again = false): Promise<Run> {
  const { host } = await standardWorkbook({ rows });
  if (again) {
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    host.counters.reset();
  }
  const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: again ? LATER : AS_OF }));
  expect(outcome.clients).toBe(rows);
  if (again) expect(outcome.movers?.previousDate).toBe(AS_OF.toISOString().slice(0, 10));
  const c = host.counters;
  // A chunk is a sync that carries rows: a read chunk's response or a write chunk's request over 100 KB.
  const chunks = c.responseBytes.filter((b) => b > 100_000).length + c.requestBytes.filter((b) => b > 100_000).length;
  const run = {
    syncs: c.syncs,
    chunks,
    totalBytes: sum(c.requestBytes) + sum(c.responseBytes),
    maxRequest: Math.max(...c.requestBytes),
    maxResponse: Math.max(...c.responseBytes),
    proxies: c.proxiesCreated,
  };
  console.log(
    `${rows} clients${again ? ", rated again" : ""}: ${run.syncs} syncs (${chunks} chunks, budget ${syncBudget(run.totalBytes)}), ` +
      `requests ${mb(sum(c.requestBytes))} (max ${mb(run.maxRequest)}), responses ${mb(sum(c.responseBytes))} (max ${mb(run.maxResponse)}), proxies ${run.proxies}`,
  );
  return run;
}

describe("a full rating at scale", () => {
  const runs = new Map<number, Run>();
  beforeAll(async () => {
    for (const rows of [10_000, 100_000]) runs.set(rows, await rate(rows));
  }, 900_000);

  it.each([10_000, 100_000])("%i clients: within the sync budget and the payload limit", (rows) => {
    const run = runs.get(rows)!;
    expect(run.syncs).toBeLessThanOrEqual(syncBudget(run.totalBytes));
    expect(run.syncs).toBeLessThanOrEqual(3 + run.chunks);
    expect(run.maxRequest).toBeLessThan(FIVE_MB);
    expect(run.maxResponse).toBeLessThan(FIVE_MB);
  });

  (directPath ? it : it.skip)("adds at most one proxy per extra sync from 10,000 to 100,000 clients (none per row)", () => {
    const small = runs.get(10_000)!;
    const large = runs.get(100_000)!;
    expect(large.proxies - small.proxies).toBeLessThanOrEqual(large.syncs - small.syncs);
    expect(large.proxies).toBeLessThan(2 * small.proxies);
  });
});

describe("a second rating at scale, on a later date", () => {
  let run: Run;
  beforeAll(async () => {
    run = await rate(100_000, true);
  }, 900_000);

  // The history sheet is read back before the run: its size rides with the client read's first sync
  // and its first chunk is sized from this run's rows (historyBytesPerCell), so its bytes fill their
  // syncs like the client read's and the same budget holds.
  it("100000 clients: within the same sync budget and the payload limit", () => {
    expect(run.syncs).toBeLessThanOrEqual(syncBudget(run.totalBytes));
    expect(run.syncs).toBeLessThanOrEqual(3 + run.chunks);
    expect(run.maxRequest).toBeLessThan(FIVE_MB);
    expect(run.maxResponse).toBeLessThan(FIVE_MB);
  });
});
