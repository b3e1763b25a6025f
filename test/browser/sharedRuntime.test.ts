// The workbench with the ribbon's Rate clients beside the panel, as Excel's shared runtime runs them: both
// clicked at once, the writes queue one behind the other (one set of owned columns, one notice), and the
// panel shows the ribbon's outcome.
import { Locator, Page } from "playwright-core";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";
import { pollUntil } from "./poll";

jest.setTimeout(120000);

let browser: LaunchedBrowser;
let page: Page;
let panel: Locator;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${workbenchUrl()}workbench.html`);
  panel = page.locator("#panel");
  await page.locator('#sheet-panel [role="grid"]').waitFor({ timeout: 30000 });
  await panel.getByRole("region", { name: /preview/i }).first().waitFor({ timeout: 30000 });
});

afterAll(async () => {
  await browser?.close();
});

/** Texts of the rendered cells of the active sheet's grid (its first rows: the header row among them). */
async function gridTexts(): Promise<string[]> {
  return (await page.locator('#sheet-panel [role="gridcell"]').allInnerTexts()).map((text) => text.trim());
}

test("the panel's and the ribbon's Rate clients clicked together write one rating, and the panel shows it", async () => {
  const panelRate = panel.getByRole("button", { name: /^rate clients$/i }).first();
  const ribbonRate = page.getByRole("button", { name: "Ribbon: Rate clients" });
  await panelRate.click();
  await ribbonRate.click();
  const notice = page.getByRole("dialog", { name: "Client Rater" });
  await notice.waitFor({ timeout: 90000 });
  expect(await notice.innerText()).toMatch(/Rated 804 clients/);
  const headers = await pollUntil(gridTexts, (texts) => texts.includes("Grade"), 30000);
  expect(headers.filter((text) => text === "Grade")).toHaveLength(1);
  expect(headers.filter((text) => text === "Score")).toHaveLength(1);
  await notice.getByRole("button", { name: "OK" }).click();
  await notice.waitFor({ state: "detached" });
  await panel.getByRole("region", { name: "Result" }).waitFor({ timeout: 30000 });
  expect(await panel.getByRole("alert").count()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test("a ribbon rating alone updates the open panel", async () => {
  await page.getByRole("button", { name: "Ribbon: Rate clients" }).click();
  const notice = page.getByRole("dialog", { name: "Client Rater" });
  await notice.waitFor({ timeout: 90000 });
  const result = panel.getByRole("region", { name: "Result" });
  await result.waitFor({ timeout: 30000 });
  expect(await panel.getByRole("region", { name: "Next steps" }).count()).toBe(1);
  await notice.getByRole("button", { name: "OK" }).click();
  expect(pageErrors).toEqual([]);
});
