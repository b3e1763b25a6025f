// The workbench's ?officejs=1: the task pane at 320 px rates the sample with every Excel call going through
// Microsoft's Excel client library, which the default page never loads.
import fs from "fs";
import os from "os";
import path from "path";
import { Page } from "playwright-core";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";
import { pollUntil } from "./poll";

jest.setTimeout(90000);

const LIBRARY = /\/officejs\/excel-web-16\.00\.debug\.js$/;

let browser: LaunchedBrowser;
let page: Page;
const requested: string[] = [];
const pageErrors: string[] = [];
const cspViolations: string[] = [];

/** The non-empty texts of the grid column whose header cell reads `header`, below that header. */
async function columnTexts(header: string): Promise<string[]> {
  return page.evaluate((headerText) => {
    const cells = [...document.querySelectorAll<HTMLElement>('#sheet-panel [role="gridcell"]')];
    const head = cells.find((cell) => cell.textContent === headerText);
    if (!head) return [];
    const column = head.getAttribute("aria-colindex");
    const headRow = Number(head.parentElement?.getAttribute("aria-rowindex"));
    return cells
      .filter((cell) => cell.getAttribute("aria-colindex") === column && Number(cell.parentElement?.getAttribute("aria-rowindex")) > headRow)
      .map((cell) => (cell.textContent ?? "").trim())
      .filter((text) => text !== "");
  }, header);
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  browser.context.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

test("the default workbench neither loads the client library nor shows the Office.js label", async () => {
  await page.goto(`${workbenchUrl()}workbench.html?pane=320&lang=en-US&theme=light`);
  await page.locator('#sheet-panel [role="grid"]').waitFor({ timeout: 30000 });
  expect(await page.locator(".wb-officejs").count()).toBe(0);
  expect(requested.filter((url) => LIBRARY.test(url))).toEqual([]);
});

test("with ?officejs=1, Rate clients writes Score and Grade through Office.js", async () => {
  await page.goto(`${workbenchUrl()}workbench.html?officejs=1&pane=320&lang=en-US&theme=light`);
  await page.locator('#sheet-panel [role="grid"]').waitFor({ timeout: 30000 });
  const badge = page.locator(".wb-officejs");
  await badge.waitFor();
  expect(await badge.innerText()).toMatch(/^Office\.js: \d+ syncs?$/);
  expect(requested.filter((url) => LIBRARY.test(url))).toHaveLength(1);
  const syncsBefore = Number(await badge.getAttribute("data-syncs"));

  const panel = page.locator("#panel");
  await panel.getByRole("button", { name: /^rate clients$/i }).first().click();
  await panel.getByTestId("rating-outcome").waitFor({ timeout: 60000 });
  expect(await panel.getByTestId("rating-outcome").innerText()).toMatch(/\d/);

  const grades = await pollUntil(() => columnTexts("Grade"), (texts) => texts.length > 10, 20000);
  expect(new Set(grades).size).toBeGreaterThan(1);
  expect(grades.filter((grade) => !/^[A-E]$/.test(grade))).toEqual([]);
  const scores = await columnTexts("Score");
  expect(scores.length).toBeGreaterThan(10);
  expect(scores.filter((score) => Number.isNaN(Number(score)))).toEqual([]);

  // The panel keeps reading (selection, history) after the rating, so the count and its label are read in one
  // snapshot: two separate reads could straddle a sync.
  const after = await badge.evaluate((element) => ({
    syncs: Number(element.getAttribute("data-syncs")),
    unmodelled: element.getAttribute("data-unmodelled"),
    text: (element as HTMLElement).innerText,
  }));
  const syncsAfter = after.syncs;
  expect(syncsAfter).toBeGreaterThan(syncsBefore);
  expect(after.unmodelled).toBe("0");
  expect(after.text).toBe(`Office.js: ${syncsAfter} syncs`);
  // The panel's own reads on opening may still be running at the click, so the split is only indicative.
  console.log(`?officejs=1: ${syncsBefore} Office.js syncs when Rate clients was clicked, ${syncsAfter} once the sample was rated`);
});

test("a screenshot at 320 px is saved to the temp folder", async () => {
  const file = path.join(os.tmpdir(), "client-rater-officejs-workbench.png");
  await page.locator("#panel").evaluate((panelElement) => panelElement.scrollTo(0, 0));
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(10000);
  console.log(`screenshot: ${file}`);
});

test("the page ran without script errors or CSP violations", () => {
  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});
