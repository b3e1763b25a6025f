// One "Rate clients" over the simulator at a given size, in its own process:
//   npx tsx bench/excelPath.ts --size N
// Prints one JSON line with the simulator's counters: syncs, request/response bytes, proxies,
// conditional-format rules on the client sheet, wall time and peak memory.
import { parseArgs } from "node:util";
import { rateWorkbook } from "../src/excel";
import { createExcelHost, SimWorkbook } from "../src/simulator";
import { AS_OF, benchProfile, buildRows, HEADERS } from "./data";

const { values: args } = parseArgs({ options: { size: { type: "string" } } });
const size = Number(args.size);

async function main() {
  const workbook = SimWorkbook.empty();
  workbook.addSheet("Clients");
  const rows = buildRows(size) as Array<Array<string | number | boolean | null>>;
  workbook.setCells("Clients", "A1", [HEADERS, ...rows]);
  const host = createExcelHost(workbook);
  const start = performance.now();
  const outcome = await host.run((ctx) => rateWorkbook(ctx, { profiles: [benchProfile()], asOf: AS_OF }));
  const ms = performance.now() - start;
  if (outcome.clients !== size) throw new Error(`rated ${outcome.clients} of ${size}`);
  const c = host.counters;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const totalBytes = sum(c.requestBytes) + sum(c.responseBytes);
  const cfRules = workbook.sheet("Clients").conditionalFormats.length;
  console.log(JSON.stringify({
    size, columns: HEADERS.length, ms: Math.round(ms), syncs: c.syncs,
    maxRequestBytes: Math.max(...c.requestBytes), maxResponseBytes: Math.max(...c.responseBytes),
    totalBytes, proxies: c.proxiesCreated, cfRules,
    syncBudget: 3 + Math.ceil(totalBytes / (4 * 1024 * 1024)),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}
main().catch((e) => { console.error(e); process.exit(1); });
