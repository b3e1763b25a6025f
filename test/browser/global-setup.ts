// Once before the browser tests: build the bundles into dist/ and serve them on a free localhost port.
// A failed build does not abort the whole jest run (the unit tests still run and the closing count line
// is still printed): the browser tests fail instead, each with the build's error.
import * as fs from "node:fs";
import { BUNDLE_REPORT, buildBundles, DIST } from "./buildBundles";
import { startStaticServer } from "./staticServer";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  try {
    await buildBundles();
  } catch (error) {
    // Test workers are started after this and inherit the environment.
    process.env.WORKBENCH_SETUP_ERROR = error instanceof Error ? error.message : String(error);
    fs.rmSync(BUNDLE_REPORT, { force: true }); // an older build's report must not pass for this one
    process.stdout.write(`\nbrowser tests: the bundles did not build; the browser tests will fail\n`);
    return;
  }
  const { server, url } = await startStaticServer(DIST);
  (globalThis as { __WORKBENCH_SERVER__?: unknown }).__WORKBENCH_SERVER__ = server;
  process.env.WORKBENCH_URL = url;
  process.stdout.write(`\nbrowser tests: built in ${((Date.now() - started) / 1000).toFixed(1)} s, serving ${DIST} at ${url}\n`);
}
