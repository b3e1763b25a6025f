// The panel's language comes in a chunk of its own, fetched before the first render: the panel shows German
// straight away (never English first), and when the chunk cannot be fetched it still opens, in English.
import type { Page } from "playwright-core";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(180000);

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the pane in `lang`, recording every chunk the page asks for; `block` makes matching chunks fail. */
async function openPane(lang: string, block?: RegExp): Promise<{ page: Page; chunks: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const chunks: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const match = /\/chunks\/([^/]+\.js)$/.exec(request.url());
    if (match) chunks.push(match[1]);
  });
  if (block) await page.route(block, (route) => route.abort("connectionrefused"));
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`${workbenchUrl()}workbench.html?view=pane&lang=${lang}`);
  return { page, chunks, errors };
}

test("German is fetched as its chunk before the panel first shows, so no English shows first", async () => {
  const { page, chunks, errors } = await openPane("de-DE");
  try {
    await page.locator("#panel main").waitFor({ timeout: 60000 });
    // The first thing the panel shows is already German.
    expect(await page.locator("#panel main").getAttribute("aria-label")).toBe("Kundenbewertung");
    await page.getByRole("button", { name: "Kunden bewerten", exact: true }).waitFor({ timeout: 60000 });
    expect(await page.getByRole("button", { name: "Rate clients", exact: true }).count()).toBe(0);
    expect(chunks.filter((c) => c.startsWith("i18n-"))).toEqual([expect.stringMatching(/^i18n-de\.[0-9a-f]{8}\.js$/)]);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test("English needs no language chunk; the rating's writer is fetched on the first Rate clients and rates", async () => {
  const { page, chunks } = await openPane("en-US");
  try {
    const rate = page.getByRole("button", { name: "Rate clients", exact: true });
    await rate.waitFor({ timeout: 60000 });
    expect(chunks.filter((c) => c.startsWith("i18n-"))).toEqual([]);
    expect(chunks.filter((c) => c.startsWith("rate-workbook."))).toEqual([]);
    await page.waitForFunction(() => !document.querySelector("#panel [aria-busy='true']"), undefined, { timeout: 60000 });
    await rate.click();
    await page.getByTestId("rating-outcome").waitFor({ timeout: 90000 });
    expect(chunks.filter((c) => c.startsWith("rate-workbook."))).toHaveLength(1);
  } finally {
    await page.close();
  }
});

test("a language chunk that cannot be fetched leaves the panel working, in English", async () => {
  const { page, chunks } = await openPane("hu-HU", /\/chunks\/i18n-hu\.[0-9a-f]+\.js$/);
  try {
    await page.getByRole("button", { name: "Rate clients", exact: true }).waitFor({ timeout: 60000 });
    expect(chunks.some((c) => c.startsWith("i18n-hu."))).toBe(true);
  } finally {
    await page.close();
  }
});
