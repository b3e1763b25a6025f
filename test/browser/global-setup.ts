// Once before the browser tests: build the bundles into dist/ and serve them on a free localhost port.
import { buildBundles, DIST } from "./buildBundles";
import { startStaticServer } from "./staticServer";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await buildBundles();
  const { server, url } = await startStaticServer(DIST);
  (globalThis as { __WORKBENCH_SERVER__?: unknown }).__WORKBENCH_SERVER__ = server;
  // Test workers are started after this and inherit the environment.
  process.env.WORKBENCH_URL = url;
  process.stdout.write(`\nbrowser tests: built in ${((Date.now() - started) / 1000).toFixed(1)} s, serving ${DIST} at ${url}\n`);
}
