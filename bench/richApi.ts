// One "Rate clients" through Microsoft's Excel client library (@microsoft/office-js 1.1.110) with the simulator
// as host, in its own process:   npx tsx bench/richApi.ts --size N
// Prints one JSON line: every sync's real request and response bytes (the JSON Office.js sends and reads back),
// beside the simulator's own estimate of the same run over its direct path.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { rateWorkbook } from "../src/excel";
import { createExcelHost, SimWorkbook } from "../src/simulator";
import { createOfficeJsHost } from "../src/simulator/richApi";
import { AS_OF, benchProfile, buildRows, HEADERS } from "./data";

const { values: args } = parseArgs({ options: { size: { type: "string" } } });
const size = Number(args.size);
const LIMIT = 5 * 1024 * 1024;

function workbook(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.setCells("Clients", "A1", [HEADERS, ...(buildRows(size) as Array<Array<string | number | boolean | null>>)]);
  return wb;
}

async function main() {
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const request = { profiles: [benchProfile()], asOf: AS_OF };

  const estimate = await directEstimate(request);
  const directRssMB = rssMB();

  const host = createOfficeJsHost(workbook(), source);
  const start = performance.now();
  const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
  const ms = performance.now() - start;
  if (outcome.clients !== size) throw new Error(`rated ${outcome.clients} of ${size}`);
  if (host.unmodelled.length > 0) throw new Error(host.unmodelled.join("; "));
  const real = host.syncs;
  console.log(JSON.stringify({
    size, columns: HEADERS.length, ms: Math.round(ms),
    syncs: real.length,
    requestBytes: real.map((s) => s.requestBytes), responseBytes: real.map((s) => s.responseBytes), actions: real.map((s) => s.actions),
    maxRequestBytes: Math.max(...real.map((s) => s.requestBytes)), maxResponseBytes: Math.max(...real.map((s) => s.responseBytes)),
    totalBytes: sum(real.map((s) => s.requestBytes + s.responseBytes)),
    withinLimit: real.every((s) => s.requestBytes <= LIMIT && s.responseBytes <= LIMIT),
    estimateSyncs: estimate.syncs, estimateMaxRequestBytes: Math.max(...estimate.requestBytes), estimateMaxResponseBytes: Math.max(...estimate.responseBytes),
    estimateTotalBytes: sum(estimate.requestBytes) + sum(estimate.responseBytes),
    maxRssMB: rssMB(), directMaxRssMB: directRssMB,
  }));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * The simulator's estimate of the same run over its direct path. Only its counters leave this function, so that
 * workbook is garbage before the Office.js run builds its own (at the full grid each holds about a million rows).
 */
async function directEstimate(request: Parameters<typeof rateWorkbook>[1]): Promise<{ syncs: number; requestBytes: number[]; responseBytes: number[] }> {
  const direct = createExcelHost(workbook());
  const outcome = await direct.run((ctx) => rateWorkbook(ctx, request));
  if (outcome.clients !== size) throw new Error(`rated ${outcome.clients} of ${size} over the direct path`);
  const { syncs, requestBytes, responseBytes } = direct.counters;
  return { syncs, requestBytes: [...requestBytes], responseBytes: [...responseBytes] };
}
main().catch((e) => { console.error(e); process.exit(1); });
