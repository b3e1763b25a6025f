// The panel in Chromium, on the workbench (the real task pane over the simulated workbook):
//   npx tsx bench/panel.ts --sizes 10000,100000 [--dist out/bench/dist] [--changes 20] [--navigations 3]
// Per size: time to an interactive panel (navigation start to the first enabled "Rate clients"),
// then open a generated .xlsx of N clients and time weight changes (key press on a weight slider
// to the preview's last DOM update). Every time is taken in the page with performance.now().
// Prints one JSON line: {"rows":[{clients, weightChangeToPreviewMs, p95Ms, timeToInteractivePanelMs, ...}]}.
import path from "node:path";
import { parseArgs } from "node:util";
import { median } from "./data";
import type { ChangeTiming } from "./panelProbes";
import { ROOT, startPanelSession, type PanelSession } from "./panelSession";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000" },
    dist: { type: "string", default: path.join(ROOT, "out", "bench", "dist") },
    changes: { type: "string", default: "20" },
    navigations: { type: "string", default: "3" },
  },
});

/** Nearest-rank percentile. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const round = (x: number) => Math.round(x * 10) / 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measureSize(session: PanelSession, size: number) {
  const ready: number[] = [];
  for (let i = 0; i < Number(args.navigations); i++) ready.push(await session.navigate());
  const openMs = await session.open(size);
  const { nextKey } = await session.focusWeight();
  await session.weightChange(nextKey()); // warm-up: the first compute also compiles the worker's code
  const timings: ChangeTiming[] = [];
  for (let i = 0; i < Number(args.changes); i++) {
    timings.push(await session.weightChange(nextKey()));
    await pause(50);
  }
  const ms = timings.map((t) => t.lastMs);
  return {
    clients: size,
    weightChangeToPreviewMs: round(median(ms)),
    p95Ms: round(percentile(ms, 95)),
    firstPreviewMutationMs: round(median(timings.map((t) => t.firstMs))),
    changes: timings.length,
    timeToInteractivePanelMs: round(median(ready)),
    openXlsxToPreviewMs: round(openMs),
  };
}

async function main() {
  const session = await startPanelSession(path.resolve(args.dist));
  const rows = [];
  try {
    for (const size of args.sizes.split(",").map(Number)) {
      rows.push(await measureSize(session, size));
      if (session.errors.length) throw new Error(`page errors: ${session.errors.join("; ")}`);
    }
  } finally {
    await session.close();
  }
  console.log(JSON.stringify({ rows }));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
