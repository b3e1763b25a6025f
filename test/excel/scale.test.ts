// Round trips and payloads at 10,000 and 100,000 clients: at most 3 + chunks syncs, every payload
// under the 5 MB limit. Prints the figures for the report.
import { rateWorkbook } from "../../src/excel";
import { AS_OF } from "./support/clientSheet";
import { standardWorkbook } from "./support/host";

const LIMIT = 5 * 1024 * 1024;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

describe.each([10_000, 100_000])("%i clients", (rows) => {
  it("stays within the sync budget and the payload limit", async () => {
    const { host } = await standardWorkbook({ rows });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(outcome.clients).toBe(rows);
    const c = host.counters;
    // A chunk is a sync that carries rows: a read chunk's response or a write chunk's request over 100 KB.
    const chunks = c.responseBytes.filter((b) => b > 100_000).length + c.requestBytes.filter((b) => b > 100_000).length;
    expect(c.syncs).toBeLessThanOrEqual(3 + chunks);
    expect(Math.max(...c.requestBytes)).toBeLessThan(LIMIT);
    expect(Math.max(...c.responseBytes)).toBeLessThan(LIMIT);
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    console.log(
      `${rows} clients: ${c.syncs} syncs (${chunks} chunks), requests ${mb(sum(c.requestBytes))} (max ${mb(Math.max(...c.requestBytes))}), ` +
        `responses ${mb(sum(c.responseBytes))} (max ${mb(Math.max(...c.responseBytes))}), proxies ${c.proxiesCreated}`,
    );
    // No per-row proxies: proxies grow with chunks, not with rows.
    expect(c.proxiesCreated).toBeLessThan(2000);
  }, 120_000);
});
