// "Make a client list from order lines" in the real task pane at Excel's default width: a CSV of order lines
// opened in the workbench, the columns checked in the dialog, the list written and the panel moving on to it.
import fs from "fs";
import os from "os";
import path from "path";
import { ROOT } from "./buildBundles";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(240000);

let browser: LaunchedBrowser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "order-lines-"));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("makes the client list within a 320 px pane", async () => {
  const file = path.join(dir, "orders.csv");
  fs.writeFileSync(
    file,
    "\ufeffOrder ID;Order Date;Customer ID;Customer Name;Amount;Net amount;Profit\r\n" +
      "O-1;02/01/2025;C-1;Jansen BV;110,5;100;20\r\nO-1;02/01/2025;C-1;Jansen BV;55;50;-5\r\nO-2;13/07/2025;C-2;De Vries;11;10;1\r\n",
  );
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`${workbenchUrl()}workbench.html?view=pane&lang=en-US&theme=light`);
  await page.locator("#panel main").waitFor({ timeout: 60000 });
  await page.getByLabel("Open .xlsx or .csv", { exact: true }).setInputFiles(file);
  await page.getByText("Sheet orders: 3 clients").waitFor({ timeout: 60000 });

  await page.getByRole("button", { name: "Make a client list from order lines" }).click();
  const dialog = page.getByRole("dialog", { name: "Client list from order lines" });
  await dialog.getByText("3 order lines on sheet orders.", { exact: false }).waitFor({ timeout: 30000 });
  expect(await dialog.getByRole("combobox", { name: "Revenue" }).innerText()).toBe("Amount");
  await dialog.getByText("Please check: more than one column could be this one.").waitFor();
  await page.screenshot({ path: path.join(ROOT, "out", "panel-order-lines-320.png") });
  const dialogWidth = await dialog.evaluate((el) => el.getBoundingClientRect().width);
  expect(dialogWidth).toBeLessThanOrEqual(320);

  await dialog.getByRole("combobox", { name: "Revenue" }).click();
  await page.getByRole("option", { name: "Net amount" }).click();
  await dialog.getByRole("button", { name: "Make client list" }).click();
  await page.getByText("2 clients from 3 order lines are on the new sheet Clients, ready to rate.").waitFor({ timeout: 60000 });
  await page.getByText("Sheet Clients: 2 clients").waitFor({ timeout: 60000 });
  const scrollWidth = await page.locator("#panel").evaluate((panel) => panel.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(320);
  await page.close();
});
