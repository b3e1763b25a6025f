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

test.each(["taskpane.html", "commands.html", "workbench.html"])("%s: scripts only from the add-in and Office's script host", async (page) => {
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
