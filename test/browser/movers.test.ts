// The rating history in the real task pane: rate the sample on a fixed date, change a weight and rate it
// again a half year later, and the outcome says who moved since the first date, within Excel's narrowest
// and default pane.
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(240000);

const OUT = path.join(ROOT, "out");
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function rateOn(page: Page, date: string): Promise<void> {
  await page.getByRole("radio", { name: "Fixed date" }).check();
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.waitForFunction(() => !document.querySelector("#panel [aria-busy='true']"), undefined, { timeout: 60000 });
  await page.getByRole("button", { name: /^Rate clients$/ }).click();
  await page.getByTestId("rating-outcome").waitFor({ timeout: 90000 });
  await page.waitForFunction(() => !document.querySelector("#panel [aria-busy='true']"), undefined, { timeout: 90000 });
}

describe.each([320, 270])("the movers in a %i px task pane", (width) => {
  it("appear after a second rating on a later date, name the previous date and stay within the pane", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 720 });
    await page.goto(`${workbenchUrl()}workbench.html?view=pane&lang=en-US&theme=light`);
    await page.locator("#panel main").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Rating date" }).click();
    await rateOn(page, "2026-01-15");
    expect(await page.getByTestId("movers").count()).toBe(0);
    // A half year later the team weighs the first criterion differently (as taskpane.test.ts changes a weight).
    await page.getByRole("region", { name: "Criteria" }).getByRole("button", { expanded: false }).first().click();
    const slider = page.getByRole("region", { name: "Criteria" }).getByRole("slider").first();
    await slider.focus();
    const value = Number(await slider.inputValue());
    for (let i = 0; i < 4; i++) await slider.press(value >= 6 ? "ArrowLeft" : "ArrowRight");
    await rateOn(page, "2026-07-15");
    const movers = page.getByRole("region", { name: "Grade changes since 2026-01-15" });
    await movers.waitFor({ timeout: 60000 });
    const text = await movers.innerText();
    const counts = /(\d+) up · (\d+) down · 0 new · 0 gone/.exec(text);
    expect(counts).not.toBeNull();
    const moved = Number(counts![1]) + Number(counts![2]);
    expect(moved).toBeGreaterThan(0);
    const names = movers.getByRole("button", { name: /^Select .+ in the sheet$/ });
    expect(await names.count()).toBe(Math.min(5, moved));
    expect(text).toMatch(/[A-D] → [A-D] · [+−][\d.]+/);
    await movers.scrollIntoViewIfNeeded();
    // The heading may wrap, but never inside the date: its box is one line high.
    const date = movers.getByTestId("movers-date");
    expect(await date.innerText()).toBe("2026-01-15");
    const lines = await date.evaluate((el) => el.getClientRects().length);
    expect(lines).toBe(1);
    const scrollWidth = await page.locator("#panel").evaluate((panel) => panel.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(OUT, `panel-movers-${width}.png`) });
    await page.close();
  });
});
