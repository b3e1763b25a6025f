// The workbench in Debian's chromium: the real task pane over the simulated sample workbook.
// One page walks through the flow in order: load, preview, rate, check the sheet, accessibility, network.
import AxeBuilder from "@axe-core/playwright";
import fs from "fs";
import JSZip from "jszip";
import path from "path";
import { Locator, Page } from "playwright-core";
import { SimWorkbook } from "../../src/simulator";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";
import { pollUntil } from "./poll";

jest.setTimeout(90000);

let browser: LaunchedBrowser;
let page: Page;
let panel: Locator;
let clientSheet = "";
const requested: string[] = [];
const pageErrors: string[] = [];
const cspViolations: string[] = [];

interface GridCell {
  row: number;
  text: string;
  background: string;
  backgroundImage: string;
  color: string;
}

/** The rendered cells of the column whose header cell (in the sheet's data) reads `header`, below that header. */
async function columnBelowHeader(header: string): Promise<GridCell[] | null> {
  return page.evaluate((headerText) => {
    const cells = [...document.querySelectorAll<HTMLElement>('#sheet-panel [role="gridcell"]')];
    const head = cells.find((cell) => cell.textContent === headerText);
    if (!head) return null;
    const column = head.getAttribute("aria-colindex");
    const headRow = Number(head.parentElement?.getAttribute("aria-rowindex"));
    return cells
      .filter((cell) => cell.getAttribute("aria-colindex") === column && Number(cell.parentElement?.getAttribute("aria-rowindex")) > headRow)
      .map((cell) => {
        const style = getComputedStyle(cell);
        return {
          row: Number(cell.parentElement?.getAttribute("aria-rowindex")),
          text: cell.textContent ?? "",
          background: style.backgroundColor,
          backgroundImage: style.backgroundImage,
          color: style.color,
        };
      })
      .sort((a, b) => a.row - b.row);
  }, header);
}

async function previewState(preview: Locator): Promise<string> {
  return preview.evaluate((root) => {
    const labels = [...root.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"));
    return `${(root as HTMLElement).innerText}\n${labels.join("\n")}`;
  });
}

/** The workbench's sheet tabs (the panel has tabs of its own). */
function sheetTabs(): Locator {
  return page.getByRole("tablist", { name: "Sheets" });
}

async function selectSheet(name: RegExp | string): Promise<void> {
  await sheetTabs().getByRole("tab", typeof name === "string" ? { name, exact: true } : { name }).first().click();
  await page.getByRole("tabpanel", typeof name === "string" ? { name: `Sheet ${name}`, exact: true } : { name }).first().waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  browser.context.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(`${workbenchUrl()}workbench.html`);
  panel = page.locator("#panel");
});

afterAll(async () => {
  await browser?.close();
});

test("the grid shows the sample workbook", async () => {
  const grid = page.locator('#sheet-panel [role="grid"]');
  await grid.waitFor({ timeout: 30000 });
  clientSheet = (await sheetTabs().getByRole("tab", { selected: true }).innerText()).trim();
  expect(clientSheet).not.toBe("");
  const rowCount = Number(await grid.getAttribute("aria-rowcount"));
  expect(rowCount).toBeGreaterThan(800); // 804 clients plus the header
  const rendered = await grid.locator('[role="row"]').count();
  expect(rendered).toBeLessThan(150); // virtualized: only the rows in view are in the page
  const firstRowTexts = await grid.locator('[role="row"][aria-rowindex="2"] [role="gridcell"]').allInnerTexts();
  expect(firstRowTexts.filter((t) => t.trim()).length).toBeGreaterThan(3);
});

test("dragging a weight slider with the keyboard changes the preview", async () => {
  const preview = panel.getByRole("region", { name: /preview/i }).first();
  await preview.waitFor({ timeout: 30000 });
  // A criterion is one line until opened onto its editor.
  await panel.getByRole("region", { name: "Criteria" }).getByRole("button", { expanded: false }).first().click();
  const slider = panel.getByRole("slider").first();
  await slider.waitFor();
  const before = await pollUntil(() => previewState(preview), (text) => text.includes("%"), 20000);
  expect(before).toContain("%");
  const value = Number(await slider.inputValue());
  const max = Number((await slider.getAttribute("max")) ?? value + 10);
  await slider.focus();
  const key = value + 3 <= max ? "ArrowRight" : "ArrowLeft";
  for (let i = 0; i < 6; i++) await slider.press(key);
  expect(Number(await slider.inputValue())).not.toBe(value);
  const after = await pollUntil(() => previewState(preview), (text) => text !== before && !/updating/i.test(text), 15000);
  expect(after).not.toBe(before);
});

test("Rate clients writes a Grade column with its colours", async () => {
  await panel.getByRole("button", { name: /^rate clients$/i }).first().click();
  const column = await pollUntil(() => columnBelowHeader("Grade"), (cells) => (cells?.length ?? 0) > 10, 60000);
  const grades = (column ?? []).filter((cell) => cell.text.trim() !== "");
  expect(grades.length).toBeGreaterThan(10);
  const transparent = (color: string) => color === "rgba(0, 0, 0, 0)" || color === "transparent";
  expect(grades.filter((cell) => transparent(cell.background))).toEqual([]);
  const colourByGrade = new Map(grades.map((cell) => [cell.text, cell.background]));
  expect(colourByGrade.size).toBeGreaterThan(1);
  expect(new Set(colourByGrade.values()).size).toBe(colourByGrade.size); // one colour per grade
});

test("the Score column has a colour scale, Value share data bars, flagged rows a highlight", async () => {
  const scores = ((await columnBelowHeader("Score")) ?? []).filter((cell) => cell.text.trim() !== "");
  expect(scores.length).toBeGreaterThan(10);
  expect(new Set(scores.map((cell) => cell.background)).size).toBeGreaterThan(2);
  const shares = ((await columnBelowHeader("Value share")) ?? []).filter((cell) => cell.text.trim() !== "");
  expect(shares.length).toBeGreaterThan(10);
  expect(shares.filter((cell) => !cell.backgroundImage.startsWith("linear-gradient"))).toEqual([]);
  const flags = (await columnBelowHeader("Flags")) ?? [];
  const flagged = flags.filter((cell) => cell.text.trim() !== "");
  expect(flagged.length).toBeGreaterThan(0);
  const unflagged = flags.filter((cell) => cell.text.trim() === "");
  expect(new Set(flagged.map((cell) => cell.color))).toEqual(new Set(["rgb(156, 0, 6)"]));
  expect(unflagged.filter((cell) => cell.color === "rgb(156, 0, 6)")).toEqual([]);
});

test("the screenshot of the rated workbook is saved to out/workbench.png", async () => {
  const file = path.join(ROOT, "out", "workbench.png");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Bring the owned columns into view, as a reader of the README would look at them.
  await page.locator('#sheet-panel [role="gridcell"]', { hasText: /^Score$/ }).first().scrollIntoViewIfNeeded();
  await page.locator("#panel").evaluate((panelElement) => panelElement.scrollTo(0, 0));
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(10000);
});

test("the Pareto sheet exists and shows clients in Pareto order", async () => {
  await selectSheet(/pareto/i);
  const grid = page.locator('#sheet-panel [role="grid"]');
  expect(Number(await grid.getAttribute("aria-rowcount"))).toBeGreaterThan(10);
  const percentCells = await page.locator('#sheet-panel [role="gridcell"]').evaluateAll(
    (cells) => cells.filter((cell) => /%$/.test(cell.textContent ?? "")).length,
  );
  expect(percentCells).toBeGreaterThan(0);
  await selectSheet(clientSheet);
});

test("axe finds no accessibility violations in the task pane", async () => {
  // Every rule, nothing set aside: the profile picker is a dropdown now, so no TabList focus sentinels remain.
  const violations = (await new AxeBuilder({ page }).include("#panel").analyze()).violations;
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
  expect(summary).toEqual([]);
});

test("no request leaves localhost", () => {
  const origin = new URL(workbenchUrl()).origin;
  const outside = requested.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
  expect(requested.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
});

test("the page ran without script errors or CSP violations", () => {
  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test("axe finds no accessibility violations in the workbench around the panel, on the client and Pareto sheets", async () => {
  const found: string[] = [];
  const note = (where: string, violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>) =>
    violations.forEach((v) => found.push(`${where} ${v.id}: ${v.help} ${v.nodes[0]?.target.join(" ")}`));
  // The grid once (its cells make it the slow part); its fills are the workbook's own conditional formats,
  // not colours the workbench chose, so contrast is not checked there.
  await selectSheet(clientSheet);
  note("grid", (await new AxeBuilder({ page }).include("#sheet-panel").disableRules(["color-contrast"]).analyze()).violations);
  // Everything else on both sheets (the Pareto sheet adds the PivotTable and chart tables).
  for (const sheet of [clientSheet, /pareto/i]) {
    await selectSheet(sheet);
    note(String(sheet), (await new AxeBuilder({ page }).exclude("#panel").exclude("#sheet-panel").analyze()).violations);
  }
  expect(found).toEqual([]);
}, 180000);

test("Download .xlsx saves the rated workbook: grades, the Pareto sheet, its PivotTable and the charts survive the round trip", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
  expect(download.suggestedFilename()).toBe("sample-clients.rated.xlsx");
  const bytes = fs.readFileSync(await download.path());
  const saved = await SimWorkbook.fromXlsx(bytes);
  expect(saved.sheetNames().some((name) => /pareto/i.test(name))).toBe(true);
  expect(saved.sheetNames().filter((name) => /simulator/i.test(name))).toEqual([]);
  const parts = Object.keys((await JSZip.loadAsync(bytes)).files);
  expect(parts.filter((p) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(p))).toHaveLength(1);
  expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length).toBeGreaterThanOrEqual(2);
  const sheet = saved.sheet(clientSheet);
  const headers = Array.from({ length: 40 }, (_, c) => sheet.get(0, c)?.value);
  const gradeColumn = headers.indexOf("Grade");
  expect(gradeColumn).toBeGreaterThan(0);
  expect(sheet.get(1, gradeColumn)?.value).toEqual(expect.stringMatching(/^[A-Z0-9]+$/));
}, 120000);

test("Open .xlsx or .csv loads another workbook into the grid and the panel", async () => {
  const file = path.join(ROOT, "test", "fixtures", "excel-customer-billing.xlsx");
  const expected = await SimWorkbook.fromXlsx(fs.readFileSync(file));
  await page.getByLabel("Open .xlsx or .csv", { exact: true }).and(page.locator('input[type="file"]')).setInputFiles(file);
  await page.getByText("excel-customer-billing.xlsx").waitFor();
  const tabs = (await sheetTabs().getByRole("tab").allInnerTexts()).map((t) => t.trim());
  expect(tabs).toEqual(expected.sheetNames().filter((name) => expected.sheet(name).visibility === "Visible"));
  await panel.getByRole("button", { name: /^rate clients$/i }).first().waitFor();
}, 120000);
