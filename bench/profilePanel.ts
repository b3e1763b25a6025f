// Where a weight change spends its time in the page (a tool for chasing the panel's goal, not part of the run):
//   npx tsx bench/profilePanel.ts --size 10000 [--changes 10] [--dist out/bench/dist] [--top 30]
// Samples the main thread with the DevTools profiler over several weight changes and prints self time by
// function, mapped through the bundle's source map to the original file, line and name.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SourceMapConsumer } from "source-map";
import { ROOT, startPanelSession } from "./panelSession";

const { values: args } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    changes: { type: "string", default: "10" },
    dist: { type: "string", default: path.join(ROOT, "out", "bench", "dist") },
    top: { type: "string", default: "30" },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const consumers = new Map<string, SourceMapConsumer | null>();
function original(frame: ProfileNode["callFrame"]): string {
  const file = frame.url.split("/").pop()?.split("?")[0] ?? "";
  if (!file.endsWith(".js")) return `${frame.functionName || "(anonymous)"} ${frame.url || "(native)"}`;
  if (!consumers.has(file)) {
    try {
      const map = JSON.parse(readFileSync(path.join(path.resolve(args.dist), frame.url.includes("/chunks/") ? "chunks" : "", `${file}.map`), "utf8"));
      consumers.set(file, new SourceMapConsumer(map));
    } catch {
      consumers.set(file, null);
    }
  }
  const consumer = consumers.get(file);
  const pos = consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!pos?.source) return `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}:${frame.columnNumber}`;
  return `${pos.name ?? frame.functionName ?? "(anonymous)"} ${pos.source.replace(/^webpack:\/\/[^/]*\//, "")}:${pos.line}`;
}

async function main() {
  const session = await startPanelSession(path.resolve(args.dist));
  try {
    await session.navigate();
    await session.open(Number(args.size));
    const { nextKey } = await session.focusWeight();
    await session.weightChange(nextKey());
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    const times: number[] = [];
    for (let i = 0; i < Number(args.changes); i++) times.push((await session.weightChange(nextKey())).lastMs);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const key = original(byId.get(id)!.callFrame);
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
    });
    // Inclusive time of our own functions (src/): every distinct src/ frame on a sample's stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const key = original(byId.get(at)!.callFrame);
        if (key.includes(" src/") && !seen.has(key)) {
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
        }
      }
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`weight changes (ms): ${times.map((t) => t.toFixed(0)).join(" ")}; profiled ${total.toFixed(0)} ms`);
    for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
    }
    console.log("inclusive, our code:");
    for (const [key, ms] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
    }
  } finally {
    await session.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
