// Kept apart: `import.meta` only exists in the ES-module build (webpack), so this file is loaded only where a
// Worker exists and never under jest's CommonJS.
/** @public required lazily by preview/index.ts, a use knip does not see through the `as typeof import()` cast */
export function startPreviewWorker(): Worker {
  // @ts-ignore TS1343: tsc checks with module=commonjs; webpack compiles this file as an ES module.
  return new Worker(new URL("./preview.worker.ts", import.meta.url));
}
