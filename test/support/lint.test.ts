// Microsoft's add-in lint rules (office-addin-lint with eslint.config.mjs) hold over src/: no errors.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

test("office-addin-lint check reports no errors in src/", () => {
  const root = path.resolve(__dirname, "..", "..");
  const cli = path.join(root, "node_modules", "office-addin-lint", "lib", "cli.js");
  const run = spawnSync(process.execPath, [cli, "check"], { cwd: root, encoding: "utf8", timeout: 240_000 });
  expect({ status: run.status, errors: `${run.stdout}${run.stderr}`.match(/^.*\berror\b.*$/gm) ?? [] }).toEqual({ status: 0, errors: [] });
}, 300_000);
