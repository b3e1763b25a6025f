// The Suggest weights section in the task pane, as a sales manager meets it at Excel's default width and at
// the narrowest and widest panes, worked by keyboard only: open, work the weights out, read, apply.
import AxeBuilder from "@axe-core/playwright";
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(240000);

const OUT = path.join(ROOT, "out");

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function openPane(query: string, width: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 720 });
  await page.goto(`${workbenchUrl()}workbench.html?view=pane&${query}`);
  await page.locator("#panel main").waitFor({ timeout: 60000 });
  return page;
}

/** Tab presses from the element with focus until `target` has it; fails after `limit`. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error("not reached by Tab");
}

/** The elements of the section that run past the panel's right edge (none: nothing cut off or scrolled sideways). */
const overflowing = (page: Page, heading: string) =>
  page.locator("#panel").evaluate((panel, name) => {
    const right = panel.getBoundingClientRect().right;
    const section = panel.querySelector(`section[aria-label="${name}"]`);
    return [...(section?.querySelectorAll("*") ?? [])]
      .filter((element) => element.getBoundingClientRect().right > right + 0.5)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").slice(0, 30)}" +${Math.round(element.getBoundingClientRect().right - right)} px`);
  }, heading);

describe.each([
  ["en-US", "light", 320, "Suggest weights", "Work out weights", "Apply suggested weights", "Weights now and suggested"],
  ["hu-HU", "dark", 270, "Súlyjavaslat", "Súlyok kiszámítása", "Javasolt súlyok alkalmazása", "Jelenlegi és javasolt súlyok"],
  ["de-DE", "light", 350, "Gewichte vorschlagen", "Gewichte berechnen", "Vorgeschlagene Gewichte übernehmen", "Gewichte jetzt und vorgeschlagen"],
] as const)("Suggest weights in %s, %s, %i px wide", (lang, theme, width, heading, run, apply, table) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(`lang=${lang}&theme=${theme}`, width);
  });
  afterAll(() => page?.close());

  it("opens, works out and applies by keyboard, fits the pane, and axe finds nothing", async () => {
    const header = page.getByRole("button", { name: heading, exact: true });
    await header.waitFor({ timeout: 60000 });
    await header.focus();
    await page.keyboard.press("Enter");
    const section = page.getByRole("region", { name: heading, exact: true });
    const runButton = section.getByRole("button", { name: run, exact: true });
    await runButton.waitFor();
    const presses = await tabTo(page, runButton);
    await page.keyboard.press("Enter");
    await section.getByRole("table", { name: table }).waitFor({ timeout: 90000 });
    const now = Number((await section.getByTestId("fit-now").innerText()).replace(",", "."));
    const suggested = Number((await section.getByTestId("fit-suggested").innerText()).replace(",", "."));
    expect(suggested).toBeGreaterThan(now);
    expect(await overflowing(page, heading)).toEqual([]);
    expect((await new AxeBuilder({ page }).include("#panel").analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // The whole panel in one picture (an element's picture past the window's bottom comes out blank).
    const height = await page.locator("#panel").evaluate((panel) => panel.scrollHeight);
    await page.setViewportSize({ width, height: Math.min(height, 8000) });
    await section.screenshot({ path: path.join(OUT, `suggest-${lang}-${theme}-${width}.png`) });
    console.log(`${lang} ${width} px: ${presses} Tab presses from the section's heading to "${run}"; held-out rank correlation ${now} -> ${suggested}`);

    const applyButton = section.getByRole("button", { name: apply, exact: true });
    await tabTo(page, applyButton);
    await page.keyboard.press("Enter");
    await applyButton.waitFor({ state: "detached", timeout: 30000 });
    expect(await section.getByTestId("weight-suggested").allInnerTexts()).toEqual(
      await page.getByRole("region", { name: /^(Criteria|Kriterien|Szempontok)$/ }).getByTestId("weight-share").allInnerTexts().then((shares) => shares.map((s) => s.split(" · ")[0])),
    );
    await section.screenshot({ path: path.join(OUT, `suggest-applied-${lang}-${theme}-${width}.png`) });
  });
});
