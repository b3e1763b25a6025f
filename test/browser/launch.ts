// Debian's chromium driven by playwright-core, with a fresh profile per run and nothing phoning home.
import fs from "fs";
import os from "os";
import path from "path";
import { BrowserContext, chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-test-tools.sh (apt-get install chromium)`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "client-rater-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function workbenchUrl(): string {
  const buildError = process.env.WORKBENCH_SETUP_ERROR;
  if (buildError) throw new Error(`the bundles did not build, so the workbench cannot be served:\n${buildError}`);
  const url = process.env.WORKBENCH_URL;
  if (!url) throw new Error("WORKBENCH_URL is not set: run the browser tests through jest (its globalSetup serves dist/)");
  return url;
}
