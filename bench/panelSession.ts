// Drives the workbench in Debian's chromium for the panel benchmarks: serve the built bundle, open a
// client list through "Open .xlsx", press keys on a weight slider; the page reports its own times.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { changeWatcher, openWatcher, readyProbe, type ChangeTiming } from "./panelProbes";
import { serveDirectory } from "./staticServer";

export const ROOT = path.resolve(__dirname, "..");
const TMP = path.join(ROOT, "out", "bench");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function ensureBuild(dist: string): void {
  if (existsSync(path.join(dist, "workbench.html"))) return;
  execFileSync(path.join(ROOT, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", dist], { cwd: ROOT, stdio: "ignore" });
}

/** The benchmark's client list as an .xlsx (bench/makeXlsx.ts), made once per size. */
function clientFile(size: number): string {
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `clients-${size}.xlsx`);
  if (!existsSync(file)) execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "bench", "makeXlsx.ts"), file, String(size)], { stdio: "ignore" });
  return file;
}

/** Polls an expression in the page (waitForFunction would eval a string, which the page's CSP forbids). */
async function pollPage<T>(page: Page, expression: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await page.evaluate(expression)) as T | undefined;
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface PanelSession {
  page: Page;
  context: BrowserContext;
  /** Loads the workbench; resolves to ms from navigation start to the first enabled "Rate clients". */
  navigate(): Promise<number>;
  /** Opens the size's client list; resolves to ms from the file input's change to a settled preview. */
  open(size: number): Promise<number>;
  /** The first weight slider, focused, and the key that moves it without leaving its range. */
  focusWeight(): Promise<{ slider: Locator; nextKey(): "ArrowRight" | "ArrowLeft" }>;
  weightChange(key: "ArrowRight" | "ArrowLeft"): Promise<ChangeTiming>;
  errors: string[];
  close(): Promise<void>;
}

export async function startPanelSession(dist: string): Promise<PanelSession> {
  ensureBuild(dist);
  const server = await serveDirectory(dist);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "client-rater-bench-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 },
  });
  await context.addInitScript({ content: readyProbe });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const url = `${server.url}workbench.html?lang=en-US&theme=light`;
  return {
    page,
    context,
    errors,
    async navigate() {
      await page.goto(url);
      return pollPage<number>(page, "window.__benchReady", 120_000);
    },
    async open(size) {
      await page.evaluate(openWatcher(size));
      await page.locator('input[type="file"][aria-label^="Open .xlsx"]').setInputFiles(clientFile(size));
      return page.evaluate("window.__benchOpen") as Promise<number>;
    },
    async focusWeight() {
      const slider = page.locator('#panel input[type="range"]').first();
      // A criterion is one line until opened onto its editor (with its slider).
      if ((await slider.count()) === 0) {
        await page.locator('#panel section[aria-label="Criteria"] button[aria-expanded="false"]').first().click();
        await slider.waitFor();
      }
      await slider.focus();
      // Alternate up and down; start down when the weight is already at the top.
      let up = Number(await slider.inputValue()) >= Number((await slider.getAttribute("max")) ?? 10);
      return {
        slider,
        nextKey: () => {
          up = !up;
          return up ? "ArrowRight" : "ArrowLeft";
        },
      };
    },
    async weightChange(key) {
      await page.evaluate(changeWatcher);
      await page.keyboard.press(key);
      return page.evaluate("window.__benchChange") as Promise<ChangeTiming>;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
