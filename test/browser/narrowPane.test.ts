// The task pane at its narrowest, 270 px (Excel on Mac): every dropdown fits (Fluent's Dropdown asks for
// 250 px at least, more than the pane has inside its padding), and nothing makes the pane scroll sideways,
// with the columns, criteria, suggested-weights and profiles sections open.
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(180000);

const PANE = { width: 270, height: 720 };
const OUT = path.join(ROOT, "out");

let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
  page = await browser.context.newPage();
  await page.setViewportSize(PANE);
  await page.goto(`${workbenchUrl()}workbench.html?view=pane&lang=en-US&theme=light`);
  await page.locator("#panel main").waitFor({ timeout: 60000 });
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
});

/** Opens a section of the panel by its heading button, if it is closed. */
async function openSection(name: string): Promise<void> {
  const header = page.getByRole("button", { name, exact: true });
  await header.waitFor({ timeout: 60000 });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

/** How far the page and the panel reach sideways, and each dropdown's right edge. */
const widths = () =>
  page.evaluate(() => ({
    page: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
    panel: document.querySelector("#panel")?.scrollWidth ?? Number.POSITIVE_INFINITY,
    dropdowns: [...document.querySelectorAll("#panel .fui-Dropdown")].map((d) => ({
      label: d.querySelector("button")?.textContent ?? "",
      right: Math.round(d.getBoundingClientRect().right * 10) / 10,
    })),
    // One line each: a badge squeezed by a long column name broke onto two.
    badgeHeights: [...new Set([...document.querySelectorAll("#panel section[aria-label='Columns'] .fui-Badge")].map((b) => Math.round(b.getBoundingClientRect().height)))],
    past: [...document.querySelectorAll("#panel *")]
      .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).split(" ")[0]} "${(e.textContent ?? "").slice(0, 30)}"`)
      .slice(0, 10),
  }));

describe("the task pane at 270 x 720", () => {
  it("fits every dropdown and scrolls no sideways with columns, criteria, suggested weights and profiles open", async () => {
    await page.getByText(/^Sheet .+: [\d,]+ clients$/).waitFor({ timeout: 60000 });
    await openSection("Profiles");
    await openSection("Columns");
    await openSection("Criteria");
    await openSection("Suggest weights");
    // Every criterion card open, so each of its dropdowns (column, area, rule, missing values) is laid out.
    const criteria = page.getByRole("region", { name: "Criteria" });
    for (let i = 0; i < 20; i++) {
      const closed = criteria.getByRole("button", { expanded: false }).first();
      if ((await closed.count()) === 0) break;
      await closed.click();
    }
    await page.getByRole("region", { name: "Suggest weights" }).locator(".fui-Dropdown").waitFor();
    const measured = await widths();
    expect(measured.dropdowns.length).toBeGreaterThan(4);
    expect(measured.dropdowns.filter((d) => d.right > PANE.width)).toEqual([]);
    expect(measured.past).toEqual([]);
    expect(measured.badgeHeights).toHaveLength(1);
    expect(measured.page).toBeLessThanOrEqual(PANE.width);
    expect(measured.panel).toBeLessThanOrEqual(PANE.width);
    const height = await page.locator("#panel").evaluate((panel) => panel.scrollHeight);
    await page.setViewportSize({ width: PANE.width, height: Math.min(height, 8000) });
    // In pane-high pieces, each readable at its own size.
    for (let top = 0, piece = 1; top < Math.min(height, 8000); top += PANE.height, piece++) {
      const clip = { x: 0, y: top, width: PANE.width, height: Math.min(PANE.height, Math.min(height, 8000) - top) };
      await page.screenshot({ path: path.join(OUT, `narrow-270-sections-${piece}.png`), clip });
    }
    await page.setViewportSize(PANE);
    console.log(`270 px: ${measured.dropdowns.length} dropdowns, rightmost edge ${Math.max(...measured.dropdowns.map((d) => d.right))} px`);
  });

  it("shows a long choice cut with an ellipsis and whole in its title", async () => {
    const outcome = page.getByRole("region", { name: "Suggest weights" }).getByRole("combobox").first();
    const title = await outcome.getAttribute("title");
    expect(title).toBe(await outcome.innerText());
  });

  it("wraps the longest issue texts of an imported file in Hungarian, with nothing reaching past the pane", async () => {
    await page.goto(`${workbenchUrl()}workbench.html?view=pane&lang=hu-HU&theme=light`);
    await page.getByText(/munkalap: [\d\s]+ ügyfél$/).waitFor({ timeout: 60000 });
    await openSection("Profilok");
    // Hungarian runs longest; a misspelt field name is one unbreakable word, quoted text and a range check long sentences.
    const bad = {
      version: 1,
      name: "Nagykereskedelmi ügyfelek",
      ratingDate: "2024. december 31.",
      scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 85, 40] },
      criteria: [
        { id: "r", column: "Éves árbevétel (nettó, forintban)", area: "client", weight: "három", rule: { type: "range", min: 5, idealLow: 500, idealHigh: 50, max: 5000 } },
        { id: "r", column: "Késedelmes fizetés napjai", area: "fit", weight: 1, rule: { type: "recency", fullDays: 400, zeroDays: 30 }, utolsoKapcsolatfelvetelDatumaHelytelenul: 1 },
      ],
    };
    await page.locator("#panel input[type=file]").setInputFiles({ name: "hibas.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByText("A fájl nem érvényes profil:").waitFor({ timeout: 60000 });
    const bar = page.locator("#panel .fui-MessageBar", { hasText: "A fájl nem érvényes profil:" });
    const details = await bar.locator("li").allInnerTexts();
    expect(details.length).toBeGreaterThan(5);
    // Only the message: the Profiles section's own layout is the first test's business.
    const past = await bar.evaluate((element) =>
      [element, ...element.querySelectorAll("*")]
        .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").slice(0, 30)}"`),
    );
    expect(past).toEqual([]);
    expect(details.join("\n")).toContain("„utolsoKapcsolatfelvetelDatumaHelytelenul”");
    await bar.screenshot({ path: path.join(OUT, "narrow-270-issues-hu.png") });
  });
});
