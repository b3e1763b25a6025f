// Microsoft's add-in lint rules (office-addin-lint with eslint.config.mjs) hold over src/: no errors.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

test("office-addin-lint check reports no errors in src/", () => {
  const root = path.resolve(__dirname, "..", "..");
  const cli = path.join(root, "node_modules", "office-addin-lint", "lib", "cli.js");
  const run = spawnSync(process.execPath, [cli, "check"], { cwd: root, encoding: "utf8", timeout: 240_000 });
  expect({ status: run.status, errors: `${run.stdout}${run.stderr}`.match(/^.*\berror\b.*$/gm) ?? [] }).toEqual({ status: 0, errors: [] });
}, 300_000);

// ESLint skips, with a warning only, a file that no config object names: the recommended set names .ts but not .tsx.
test.each(["src/taskpane/components/App.tsx", "src/taskpane/portrait/ClientSection.tsx", "src/excel/rateWorkbook.ts"])(
  "the lint's rules apply to %s",
  (file) => {
    const root = path.resolve(__dirname, "..", "..");
    const eslint = path.join(path.dirname(require.resolve("eslint/package.json")), "bin", "eslint.js");
    const run = spawnSync(process.execPath, [eslint, "--print-config", file], { cwd: root, encoding: "utf8", timeout: 60_000 });
    const config = (run.status === 0 && run.stdout.trim().startsWith("{") ? JSON.parse(run.stdout) : undefined) as { rules?: Record<string, unknown> } | undefined;
    expect(Object.keys(config?.rules ?? {})).toEqual(expect.arrayContaining(["@typescript-eslint/no-unused-vars", "office-addins/load-object-before-read", "no-eval"]));
  },
  60_000,
);
