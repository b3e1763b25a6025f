// The task pane's JavaScript as the page fetches it: what loads before the first screen (taskpane.html's scripts,
// their chunks and the preview worker, which starts as soon as a sheet is read) and, apart, each chunk fetched
// later (a language, a click's code), gzip -9 per file. `npx tsx bench/bundleSize.ts --out DIR` builds everything into
// DIR and prints the figures as JSON (bench/run.ts's bundle section); the browser tests' size check
// (test/browser/bundleSize.test.ts) builds the task pane alone.
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import webpack from "webpack";

const root = path.resolve(__dirname, "..");

export interface ChunkSize {
  /** The chunk's name (webpackChunkName) or webpack's id for a shared one. */
  name: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Where it is imported from (the first origin), for "when it loads". */
  importedBy: string;
}

export interface TaskPaneBundle {
  start: ChunkSize[];
  later: ChunkSize[];
  startGzipBytes: number;
  startRawBytes: number;
}

export const START_GOAL_GZIP_BYTES = 300 * 1024;

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

/** Production build of the project's webpack config into `outDir`; `entries` keeps only those entry points. */
export async function buildProduction(outDir: string, entries?: string[]): Promise<webpack.Stats> {
  const factory = require(path.join(root, "webpack.config.js")) as ConfigFactory;
  const config = await factory({}, { mode: "production" });
  config.mode = "production";
  config.context = root;
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: "error" };
  if (entries) {
    const all = config.entry as Record<string, string>;
    config.entry = Object.fromEntries(entries.map((name) => [name, all[name]]));
    // Only the pages of the kept entries.
    config.plugins = (config.plugins ?? []).filter((plugin) => {
      const options = (plugin as { userOptions?: { chunks?: string[] } }).userOptions;
      return !options?.chunks || options.chunks.some((chunk) => entries.includes(chunk));
    });
  }
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error("webpack gave no result")) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats;
}

function sizeOf(outDir: string, chunk: webpack.Chunk, chunkGroups: Iterable<webpack.ChunkGroup>): ChunkSize {
  const files = [...chunk.files].filter((file) => file.endsWith(".js")).sort();
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const data = readFileSync(path.join(outDir, file));
    rawBytes += data.length;
    gzipBytes += zlib.gzipSync(data, { level: 9 }).length;
  }
  let importedBy = "taskpane.html";
  for (const group of chunkGroups) {
    const origin = group.origins[0];
    const from = (origin?.module as { resource?: string } | undefined)?.resource;
    if (from) {
      importedBy = `${path.relative(root, from).split(path.sep).join("/")} (${origin.request ?? "new Worker"})`;
      break;
    }
  }
  return { name: chunk.name ?? String(chunk.id), files, rawBytes, gzipBytes, importedBy };
}

/** Sizes of the taskpane entry's start and later chunks in a production build's `stats`, written in `outDir`. */
export function taskPaneBundle(stats: webpack.Stats, outDir: string): TaskPaneBundle {
  const { compilation } = stats;
  const entry = compilation.entrypoints.get("taskpane");
  if (!entry) throw new Error("the build has no taskpane entry");
  const startChunks = new Set<webpack.Chunk>(entry.chunks);
  // The preview worker: an entry of its own that the panel starts with its first screen.
  for (const group of compilation.asyncEntrypoints) for (const chunk of group.chunks) startChunks.add(chunk);
  const laterChunks = new Set<webpack.Chunk>();
  const seen = new Set<webpack.ChunkGroup>();
  const queue: webpack.ChunkGroup[] = [entry, ...compilation.asyncEntrypoints];
  while (queue.length) {
    const group = queue.pop()!;
    if (seen.has(group)) continue;
    seen.add(group);
    for (const chunk of group.chunks) if (!startChunks.has(chunk)) laterChunks.add(chunk);
    queue.push(...group.getChildren());
  }
  const size = (chunk: webpack.Chunk) => sizeOf(outDir, chunk, chunk.groupsIterable);
  // taskpane.html also loads the legacy-browser check, a plain script copied (and minified) beside the bundle.
  const legacy = readFileSync(path.join(outDir, "legacyWebview.js"));
  const legacySize: ChunkSize = {
    name: "legacyWebview", files: ["legacyWebview.js"], rawBytes: legacy.length, gzipBytes: zlib.gzipSync(legacy, { level: 9 }).length, importedBy: "taskpane.html",
  };
  const start = [...[...startChunks].map(size), legacySize];
  const later = [...laterChunks].map(size).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    start,
    later,
    startGzipBytes: start.reduce((sum, c) => sum + c.gzipBytes, 0),
    startRawBytes: start.reduce((sum, c) => sum + c.rawBytes, 0),
  };
}

if (require.main === module) {
  const at = process.argv.indexOf("--out");
  const outDir = path.resolve(at > 0 ? process.argv[at + 1] : path.join(root, "out", "bundle"));
  buildProduction(outDir).then(
    (stats) => process.stdout.write(JSON.stringify(taskPaneBundle(stats, outDir)) + "\n"),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
