// The client portrait in the workbench: rate the sample, click a client's row in the simulated grid, and the panel's
// Client section shows that client; a what-if changes the grade there and nothing in the sheet. Screenshots at the
// three pane widths go to out/ (a test run leaves the work tree as it was); axe checks the panel each time.
import AxeBuilder from "@axe-core/playwright";
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(180000);

const OUT = path.join(ROOT, "out");
/** The sample's seventh client: far enough down to be no special case, in the first screen of the grid. */
const CLIENT_ROW = 8;

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function openWorkbench(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${workbenchUrl()}workbench.html?${query}`);
  await page.locator("#panel main").waitFor({ timeout: 60000 });
  return page;
}

async function rate(page: Page, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  await button.waitFor();
  await page.waitForFunction(() => !document.querySelector("#panel [aria-busy='true']"), undefined, { timeout: 60000 });
  await button.click();
  await page.getByTestId("rating-outcome").waitFor({ timeout: 90000 });
}

/** Column letter of the grid cell in row 1 whose text is `header`. */
async function columnOf(page: Page, header: string): Promise<string> {
  const address = await page.locator(`#sheet-panel [role="gridcell"][data-address$="1"]`, { hasText: new RegExp(`^${header}$`) }).first().getAttribute("data-address");
  return address!.replace(/\d+$/, "");
}

async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`#sheet-panel [role="gridcell"][data-address="${address}"]`).innerText()).trim();
}

/** Every rendered cell of the grid, address and text: what the sheet shows. */
async function gridTexts(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#sheet-panel [role="gridcell"]')].map((cell) => `${cell.dataset.address}=${cell.textContent}`).join("\n"),
  );
}

/** The portrait whole: the window as tall as the panel's content for the picture, then back. */
async function picture(page: Page, portrait: Locator, file: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.locator("#panel").evaluate((panel) => panel.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height + 100, size.height), 6000) });
  await portrait.screenshot({ path: path.join(OUT, file) });
  await page.setViewportSize(size);
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include("#panel").analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}

/** Clicks a cell of the client's row (not its name) and waits for its portrait, named after the client. */
async function showClient(page: Page, row: number): Promise<{ name: string; portrait: Locator }> {
  const name = await cellText(page, `B${row}`); // the sample's "Customer name"
  await page.locator(`#sheet-panel [role="gridcell"][data-address="C${row}"]`).click();
  const portrait = page.locator("#panel").getByRole("article", { name, exact: true });
  await portrait.waitFor({ timeout: 30000 });
  return { name, portrait };
}

describe("the client portrait in the workbench (en, light, 320 px)", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openWorkbench("pane=320&lang=en-US&theme=light");
  });
  afterAll(() => page?.close());

  it("opens on the cell Excel starts on, A1: the sample's header row, and says so", async () => {
    // The section shows "Select a client row..." only until it has read the selection, which is A1 in a fresh workbook.
    await page.getByText("That is the header row. Select a client row below it.").waitFor({ timeout: 100000 });
    expect(await page.getByRole("button", { name: "Client", exact: true }).getAttribute("aria-expanded")).toBe("true");
  });

  it("shows the clicked client's name and the grade the sheet shows", async () => {
    await rate(page, "Rate clients");
    const grade = await cellText(page, `${await columnOf(page, "Grade")}${CLIENT_ROW}`);
    expect(grade).toMatch(/^[A-D]$/);
    const { portrait } = await showClient(page, CLIENT_ROW);
    expect(await portrait.getByText(new RegExp(`^Grade: ${grade} · Score: [\\d.]+$`)).count()).toBe(1);
    expect(await portrait.getByRole("list", { name: "Points per criterion" }).getByRole("listitem").count()).toBeGreaterThan(2);
    expect(await violations(page)).toEqual([]);
    await picture(page, portrait, "portrait-en-light-320.png");
  });

  it("a what-if value changes the grade in the panel and leaves the sheet as it was", async () => {
    const { portrait } = await showClient(page, CLIENT_ROW);
    const shown = (await portrait.getByText(/^Grade: /).innerText()).match(/^Grade: (\S+)/)![1];
    const sheetBefore = await gridTexts(page);
    const result = portrait.getByText(/^With these values: /);
    const fields = portrait.getByRole("textbox");
    const count = await fields.count();
    expect(count).toBeGreaterThan(0);
    // Push each number far up, then far down, until the grade moves: which way helps depends on the rule.
    let changedTo = "";
    for (let i = 0; i < count && changedTo === ""; i++) {
      for (const value of ["1000000000", "0"]) {
        await fields.nth(i).fill(value);
        const text = await result.innerText({ timeout: 10000 }).catch(() => "");
        const grade = /grade (\S+)$/.exec(text)?.[1] ?? "";
        if (grade !== "" && grade !== shown) {
          changedTo = grade;
          break;
        }
      }
    }
    expect(changedTo).not.toBe("");
    console.log(`what-if: grade ${shown} -> ${changedTo}`);
    // Before the picture: its taller window renders more rows of the grid.
    expect(await gridTexts(page)).toBe(sheetBefore);
    await picture(page, portrait, "portrait-whatif-en-light-320.png");
    expect(await portrait.getByText(/^Grade: /).innerText()).toContain(`Grade: ${shown}`);
  });
});

describe.each([
  ["de-DE", "dark", 270, "Kunden bewerten", "Klasse"],
  ["hu-HU", "dark", 350, "Ügyfelek minősítése", "Minősítés"],
  ["nl-NL", "light", 350, "Klanten beoordelen", "Klasse"],
] as const)("the client portrait in %s, %s, %i px wide", (lang, theme, width, rateName, gradeWord) => {
  let page: Page;
  beforeAll(async () => {
    page = await openWorkbench(`pane=${width}&lang=${lang}&theme=${theme}`);
  });
  afterAll(() => page?.close());

  it("fits the pane, and axe finds nothing", async () => {
    await rate(page, rateName);
    const { portrait } = await showClient(page, CLIENT_ROW);
    expect(await portrait.getByText(new RegExp(`^${gradeWord}: `)).count()).toBe(1);
    // Nothing sticks out sideways: the pane does not scroll horizontally.
    const overflow = await page.locator("#panel").evaluate((panel) => panel.scrollWidth - panel.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
    await picture(page, portrait, `portrait-${lang}-${theme}-${width}.png`);
  });
});
