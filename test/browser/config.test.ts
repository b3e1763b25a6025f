// The webpack configuration's promises: CSP per mode, the manifest's URLs rewritten for production.
import path from "path";
import { ROOT } from "./buildBundles";

type Factory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{
  plugins: Array<{ userOptions?: { filename?: string; csp?: string } }>;
  devServer?: unknown;
  resolve: { alias: Record<string, string> };
}>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require(path.join(ROOT, "webpack.config.js")) as Factory;

async function cspOf(mode: string, page: string): Promise<string> {
  const config = await factory({ WEBPACK_BUILD: true }, { mode });
  const plugin = config.plugins.find((p) => p.userOptions?.filename === page);
  if (!plugin?.userOptions?.csp) throw new Error(`no CSP for ${page}`);
  return plugin.userOptions.csp;
}

test.each(["taskpane.html", "notice.html", "workbench.html"])("%s: scripts only from the add-in and Office's script host", async (page) => {
  const csp = await cspOf("production", page);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1].trim().split(/\s+/);
  expect(scriptSrc).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(csp).not.toMatch(/unsafe-eval/);
});

test("production pages may not open websockets; development pages may (live reload)", async () => {
  expect(/connect-src ([^;]*)/.exec(await cspOf("production", "taskpane.html"))?.[1].trim()).toBe("'self'");
  expect(await cspOf("development", "taskpane.html")).toMatch(/connect-src 'self' ws:/);
});

test("a build has no dev server settings; exceljs resolves to its browser build", async () => {
  const config = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
  expect(config.devServer).toBeUndefined();
  expect(config.resolve.alias.exceljs$).toMatch(/exceljs\.min\.js$/);
});

test("production rewrites every localhost URL of the manifest to the production address", async () => {
  const config = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
  const copy = config.plugins.find((p) => Array.isArray((p as { patterns?: unknown }).patterns)) as unknown as {
    patterns: Array<{ from: string; transform?: (content: Buffer) => string | Buffer }>;
  };
  const manifest = copy.patterns.find((p) => p.from.startsWith("manifest"));
  const original = require("fs").readFileSync(path.join(ROOT, "manifest.xml"));
  const rewritten = String(manifest?.transform?.(original));
  expect(String(original)).toContain("https://localhost:3000");
  expect(rewritten).not.toContain("localhost");
  expect(rewritten).toContain("https://www.contoso.com/taskpane.html");
});
