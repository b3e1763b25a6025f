// The task pane at Excel's default width, as a sales manager meets it: 320 x 720, nothing scrolled. Also makes the
// README's pictures from the current build: into out/readme/ on every run (a test run leaves the work tree as it
// was), into docs/images/ when README_IMAGES=1.
import AxeBuilder from "@axe-core/playwright";
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(180000);

const PANE = { width: 320, height: 720 };
const IMAGES = process.env.README_IMAGES === "1" ? path.join(ROOT, "docs", "images") : path.join(ROOT, "out", "readme");
const OUT = path.join(ROOT, "out");

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(IMAGES, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** The workbench showing the task pane alone, sized like Excel's, with the sample workbook loaded. */
async function openPane(query: string, size = PANE): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${workbenchUrl()}workbench.html?view=pane&${query}`);
  await page.locator("#panel main").waitFor({ timeout: 60000 });
  return page;
}

/** Whether the element lies wholly inside the window, with the panel not scrolled. */
async function inFirstScreen(page: Page, selector: string): Promise<{ top: number; bottom: number; scrolled: number }> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    const box = element?.getBoundingClientRect();
    const scrolled = (document.querySelector("#panel")?.scrollTop ?? 0) + window.scrollY;
    return { top: box?.top ?? -1, bottom: box?.bottom ?? Number.POSITIVE_INFINITY, scrolled };
  }, selector);
}

async function rateAndWait(page: Page, name: RegExp): Promise<void> {
  const button = page.getByRole("button", { name });
  await button.waitFor();
  await page.waitForFunction(() => !document.querySelector("#panel [aria-busy='true']"), undefined, { timeout: 60000 });
  await button.click();
  await page.getByTestId("rating-outcome").waitFor({ timeout: 90000 });
}

/** axe on the panel; every rule, nothing set aside. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include("#panel").analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}

describe("the task pane at 320 x 720", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane("lang=en-US&theme=light");
  });
  afterAll(() => page?.close());

  it("shows the sheet, its clients and Rate clients on the first screen", async () => {
    await page.getByText(/^Sheet .+: [\d,]+ clients$/).waitFor({ timeout: 60000 });
    const button = page.getByRole("button", { name: "Rate clients", exact: true });
    await button.waitFor();
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PANE.height);
    // Nothing to remove before a rating.
    expect(await page.getByRole("button", { name: "Remove ratings" }).isDisabled()).toBe(true);
    console.log(`320 x 720: Rate clients ends ${Math.round(box!.y + box!.height)} px from the top`);
  });

  it("reaches Rate clients by keyboard in a few Tab presses", async () => {
    await page.locator("body").focus();
    let presses = 0;
    let focused = "";
    while (presses < 20 && focused !== "Rate clients") {
      await page.keyboard.press("Tab");
      presses++;
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");
    }
    expect(focused).toBe("Rate clients");
    expect(presses).toBeLessThanOrEqual(3);
    console.log(`Tab presses to Rate clients: ${presses}`);
  });

  it("after a click, shows the outcome without scrolling: where it wrote, the grades, what to check", async () => {
    await rateAndWait(page, /^Rate clients$/);
    const outcome = await inFirstScreen(page, '[data-testid="rating-outcome"]');
    expect(outcome.scrolled).toBe(0);
    expect(outcome.top).toBeLessThan(PANE.height);
    const grades = await inFirstScreen(page, '[data-testid="rating-outcome"] ul[aria-label="Grades written to the sheet"]');
    expect(grades.bottom).toBeLessThanOrEqual(PANE.height);
    console.log(`320 x 720 after Rate clients: outcome from ${Math.round(outcome.top)} px, its grades end at ${Math.round(grades.bottom)} px`);
    const text = await page.getByTestId("rating-outcome").innerText();
    expect(text).toMatch(/Written to columns [A-Z]+ to [A-Z]+ of sheet .+, with the headers in row \d+\./);
    expect(text).toMatch(/Column [A-Z]+ is selected/);
    expect(await page.getByRole("button", { name: "Remove ratings" }).isDisabled()).toBe(false);
    await page.screenshot({ path: path.join(IMAGES, "panel.png") });
  });

  it("shows the focus counts after Rate clients without scrolling, and Keep opens in place", async () => {
    const last = await inFirstScreen(page, '[data-testid="focus-reconsider"]');
    expect(last.scrolled).toBe(0);
    expect(last.bottom).toBeLessThanOrEqual(PANE.height);
    console.log(`320 x 720 after Rate clients: the focus counts end at ${Math.round(last.bottom)} px`);
    await page.screenshot({ path: path.join(OUT, "panel-focus-320.png") });
    const focus = page.getByRole("region", { name: "Next steps" });
    await focus.getByRole("button", { name: /^Keep: [\d,]+$/ }).click();
    await focus.getByRole("list", { name: "Keep" }).waitFor();
    // A long name stays on one line within the pane: nothing wider than 320 px.
    const scrollWidth = await page.locator("#panel").evaluate((panel) => panel.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PANE.width);
    await page.screenshot({ path: path.join(OUT, "panel-focus-keep-320.png") });
  });

  it("has no accessibility violations, light", async () => {
    expect(await violations(page)).toEqual([]);
  });

  it("previews a weight change: labelled now and with your changes, the clients that move, and not applied yet", async () => {
    const firstCriterion = page.getByRole("region", { name: "Criteria" }).getByRole("button", { expanded: false }).first();
    await firstCriterion.click();
    const slider = page.getByRole("region", { name: "Criteria" }).getByRole("slider").first();
    await slider.focus();
    const value = Number(await slider.inputValue());
    for (let i = 0; i < 4; i++) await slider.press(value >= 6 ? "ArrowLeft" : "ArrowRight");
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.getByText("Not applied yet: click Rate clients to apply your changes to the sheet.").waitFor({ timeout: 30000 });
    const table = preview.getByRole("table", { name: "Clients per grade, now and with your changes" });
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["Grade", "Now in the sheet", "With your changes"]);
    await preview.getByText(/^Clients whose grade would change: [\d,]+$/).waitFor({ timeout: 30000 });
    const changed = await preview.getByTestId("changed-clients").getByRole("listitem").allInnerTexts();
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(50);
    expect(changed[0]).toMatch(/^.+: \S+ → \S+$/);
    expect(Number(await preview.getByTestId("migration-up").innerText().then((t) => t.replace(/\D/g, ""))) +
      Number(await preview.getByTestId("migration-down").innerText().then((t) => t.replace(/\D/g, "")))).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUT, "panel-preview-320.png") });
    // The whole panel in one picture, to look at every section at this width.
    const height = await page.locator("#panel").evaluate((panel) => panel.scrollHeight);
    await page.setViewportSize({ width: PANE.width, height: Math.min(height, 6000) });
    await page.screenshot({ path: path.join(OUT, "panel-full-320.png") });
    await page.setViewportSize(PANE);
  });
});

describe.each([
  ["nl-NL", "dark", 320, "Klanten beoordelen"],
  ["de-DE", "light", 270, "Kunden bewerten"],
  ["hu-HU", "dark", 350, "Ügyfelek minősítése"],
] as const)("the task pane in %s, %s, %i px wide", (lang, theme, width, rate) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(`lang=${lang}&theme=${theme}`, { width, height: PANE.height });
  });
  afterAll(() => page?.close());

  it("keeps Rate clients and the outcome on the first screen, and axe finds nothing", async () => {
    await rateAndWait(page, new RegExp(`^${rate}$`));
    const outcome = await inFirstScreen(page, '[data-testid="rating-outcome"]');
    expect(outcome.scrolled).toBe(0);
    expect(outcome.top).toBeLessThan(PANE.height);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, `panel-${lang}-${theme}-${width}.png`) });
    if (lang === "nl-NL") await page.screenshot({ path: path.join(IMAGES, "panel-nl-dark.png") });
  });
});

describe("the sheet after Rate clients", () => {
  it("shows the new columns: the first rated column is selected and scrolled into view", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${workbenchUrl()}workbench.html?pane=320&lang=en-US&theme=light`);
    await page.locator("#panel main").waitFor({ timeout: 60000 });
    await rateAndWait(page, /^Rate clients$/);
    const first = (await page.getByTestId("rating-outcome").innerText()).match(/Column ([A-Z]+) is selected/)?.[1];
    expect(first).toBeTruthy();
    const header = page.locator(`#sheet-panel [role="gridcell"][data-address="${first}1"]`);
    await header.waitFor({ timeout: 30000 });
    expect(await header.getAttribute("class")).toContain("wb-selected");
    const box = await header.boundingBox();
    const grid = await page.locator('#sheet-panel [role="grid"]').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(grid!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(grid!.x + grid!.width);
    await page.screenshot({ path: path.join(IMAGES, "workbench.png") });
    await page.close();
  });
});
