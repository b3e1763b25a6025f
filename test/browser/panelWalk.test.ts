// The panel walked as a user after Rate clients on the sample: 320 x 720 light and dark in Dutch, German and
// Hungarian, and 270 and 350 px in English. The first screen, unscrolled, shows the sheet, Rate clients and the
// outcome with its next steps; nothing runs past the pane's right edge and no text is clipped. The pictures
// (out/walk-*.png) are for looking at.
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(240000);

const HEIGHT = 720;
const OUT = path.join(ROOT, "out");

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** What the first screen shows, measured in the page. */
const firstScreen = (page: Page) =>
  page.evaluate(() => {
    const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY;
    const panel = document.querySelector("#panel");
    // Text cut without an ellipsis: an element that hides what overflows it and holds more than it shows (text for
    // screen readers only, a box of a pixel, is meant to be hidden).
    const clipped = [...document.querySelectorAll("#panel *")]
      .filter((e) => {
        if (e.clientWidth <= 1) return false;
        const style = getComputedStyle(e);
        return style.overflowX === "hidden" && style.textOverflow !== "ellipsis" && e.scrollWidth > e.clientWidth + 1 && (e.textContent ?? "").trim() !== "";
      })
      .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").slice(0, 40)}"`);
    return {
      scrolled: (panel?.scrollTop ?? 0) + window.scrollY,
      wide: Math.max(document.scrollingElement?.scrollWidth ?? 0, panel?.scrollWidth ?? 0),
      outcome: bottom("[data-testid='rating-outcome'] ul[aria-label]"),
      nextSteps: bottom("[data-testid='focus-reconsider']"),
      clipped,
    };
  });

describe.each([
  ["nl-NL", "light", 320, "Klanten beoordelen"],
  ["nl-NL", "dark", 320, "Klanten beoordelen"],
  ["de-DE", "light", 320, "Kunden bewerten"],
  ["de-DE", "dark", 320, "Kunden bewerten"],
  ["hu-HU", "light", 320, "Ügyfelek minősítése"],
  ["hu-HU", "dark", 320, "Ügyfelek minősítése"],
  ["en-US", "light", 270, "Rate clients"],
  ["en-US", "light", 350, "Rate clients"],
] as const)("the panel in %s, %s, %i px wide", (lang, theme, width, rate) => {
  it("shows the sheet, Rate clients and the outcome with next steps on the first screen, nothing cut", async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(`${workbenchUrl()}workbench.html?view=pane&lang=${lang}&theme=${theme}`);
      await page.locator("#panel main").waitFor({ timeout: 60000 });
      const button = page.getByRole("button", { name: rate, exact: true });
      await button.waitFor({ timeout: 60000 });
      await page.waitForFunction(() => !document.querySelector("#panel [aria-busy='true']"), undefined, { timeout: 60000 });
      await button.click();
      await page.getByTestId("rating-outcome").waitFor({ timeout: 90000 });
      await page.getByTestId("focus-reconsider").waitFor({ timeout: 30000 });
      await page.screenshot({ path: path.join(OUT, `walk-${lang}-${theme}-${width}.png`) });
      const seen = await firstScreen(page);
      const buttonBox = await button.boundingBox();
      // The sheet's line names its 804 clients, whatever the language.
      const sheetBox = await page.locator("#panel main").getByText(/\b804\b/).first().boundingBox();
      expect(sheetBox!.y + sheetBox!.height).toBeLessThanOrEqual(buttonBox!.y);
      expect(seen.scrolled).toBe(0);
      expect(buttonBox!.y + buttonBox!.height).toBeLessThanOrEqual(HEIGHT);
      expect(seen.outcome).toBeLessThanOrEqual(HEIGHT);
      expect(seen.nextSteps).toBeLessThanOrEqual(HEIGHT);
      expect(seen.wide).toBeLessThanOrEqual(width);
      expect(seen.clipped).toEqual([]);
      console.log(`${lang} ${theme} ${width} px: outcome grades end at ${Math.round(seen.outcome)} px, next steps at ${Math.round(seen.nextSteps)} px`);
    } finally {
      await page.close();
    }
  });
});
