// Builds the three bundles once with the project's webpack config (development mode, no source maps) and
// records which modules each entry point loads, so tests can check the task pane stays free of the simulator.
import fs from "fs";
import path from "path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const BUNDLE_REPORT = path.join(DIST, "bundle-report.json");

export interface EntryReport {
  /** Files of modules in the entry's initial chunks (what the page loads up front). */
  initial: string[];
  /** Files of modules only in chunks the entry may load later (import(), workers). */
  deferred: string[];
  initialBytes: number;
}

type WebpackConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

function moduleFile(module: webpack.Module): string | undefined {
  const resource = (module as { resource?: string }).resource ?? (module as { rootModule?: { resource?: string } }).rootModule?.resource;
  return resource ? path.relative(ROOT, resource).split(path.sep).join("/") : undefined;
}

/** Every module reachable from `roots` through the module graph: static imports, import() and workers alike. */
function reachable(compilation: webpack.Compilation, roots: Iterable<webpack.Module>): Set<webpack.Module> {
  const seen = new Set<webpack.Module>();
  const queue = [...roots];
  while (queue.length) {
    const module = queue.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    for (const connection of compilation.moduleGraph.getOutgoingConnections(module)) {
      if (connection.module && !seen.has(connection.module)) queue.push(connection.module);
    }
  }
  return seen;
}

function files(modules: Iterable<webpack.Module>): string[] {
  const out = new Set<string>();
  for (const module of modules) {
    const file = moduleFile(module);
    if (file) out.add(file);
    for (const inner of (module as { modules?: webpack.Module[] }).modules ?? []) {
      const innerFile = moduleFile(inner);
      if (innerFile) out.add(innerFile);
    }
  }
  return [...out].sort();
}

function entryReports(compilation: webpack.Compilation): Record<string, EntryReport> {
  const reports: Record<string, EntryReport> = {};
  for (const [name, entrypoint] of compilation.entrypoints) {
    const initialModules = new Set<webpack.Module>();
    for (const chunk of entrypoint.chunks) for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) initialModules.add(module);
    const initial = files(initialModules);
    const initialSet = new Set(initial);
    const deferred = files(reachable(compilation, initialModules)).filter((file) => !initialSet.has(file));
    let initialBytes = 0;
    for (const chunk of entrypoint.chunks) for (const file of chunk.files) initialBytes += compilation.assets[file]?.size() ?? 0;
    reports[name] = { initial, deferred, initialBytes };
  }
  return reports;
}

export async function buildBundles(): Promise<Record<string, EntryReport>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigFactory;
  const config = await factory({}, { mode: "development" });
  config.mode = "development";
  config.devtool = false;
  config.context = ROOT;
  config.infrastructureLogging = { level: "error" };
  config.cache = { type: "filesystem", cacheDirectory: path.join(ROOT, "node_modules", ".cache", "webpack-browser-tests") };

  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error("webpack gave no result")) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) {
    const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
    throw new Error(`webpack build failed:\n${errors.slice(0, 5).map((e) => e.message).join("\n\n")}`);
  }
  const reports = entryReports(stats.compilation);
  fs.writeFileSync(BUNDLE_REPORT, JSON.stringify(reports, null, 1));
  return reports;
}
