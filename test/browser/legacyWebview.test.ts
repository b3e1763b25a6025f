// The page Excel 2016/2019 webviews get (src/taskpane/legacyWebview.js): served taskpane.html in chromium
// with Internet Explorer's and Edge Legacy's user agents. Those webviews cannot parse the panel's bundle,
// so here it is not loaded for them; office.js is a stand-in that reports Office's display language.
import { Page } from "playwright-core";
import { launchBrowser, LaunchedBrowser, workbenchUrl } from "./launch";

jest.setTimeout(60000);

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_LEGACY = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPane(userAgent: string, displayLanguage: string): Promise<Page> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Emulation.setUserAgentOverride", { userAgent });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `window.Office = { onReady: function (cb) { setTimeout(cb, 0); }, context: { displayLanguage: ${JSON.stringify(displayLanguage)} } };`,
    }),
  );
  const legacy = userAgent !== WEBVIEW2;
  await page.route(/\/taskpane\.js$/, (route) => (legacy ? route.abort() : route.fulfill({ contentType: "text/javascript", body: "" })));
  await page.goto(new URL("taskpane.html", workbenchUrl()).href);
  return page;
}

test.each([
  ["Internet Explorer 11", IE11, "en-US", /Client Rater needs a newer Excel/, /Version 2102 or later/],
  ["Edge Legacy", EDGE_LEGACY, "de-DE", /Client Rater braucht eine neuere Excel-Version/, /Version 2102 oder höher/],
  ["Edge Legacy", EDGE_LEGACY, "nl-NL", /Client Rater heeft een nieuwere Excel nodig/, /versie 2102 of later/],
  ["Internet Explorer 11", IE11, "hu-HU", /A Client Raterhez újabb Excel kell/, /2102-es vagy újabb/],
])("%s in %s: the pane says what to upgrade", async (_name, userAgent, language, title, body) => {
  const page = await openPane(userAgent, language);
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 10000 });
  await page.waitForFunction((lang) => document.documentElement.lang === lang.slice(0, 2), language);
  expect(await alert.innerText()).toMatch(title);
  expect(await alert.innerText()).toMatch(body);
  await page.close();
});

test("in a current webview (WebView2) the script leaves the pane to the panel", async () => {
  const page = await openPane(WEBVIEW2, "en-US");
  await page.waitForLoadState("load");
  expect(await page.locator("#container").innerHTML()).toBe("");
  await page.close();
});
