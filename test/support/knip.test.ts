// `npm test` runs knip (config: knip.json): no unused file, export, type or dependency, and no import of a
// package that package.json does not list. A failure prints knip's own report.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const KNIP = path.join(ROOT, "node_modules", "knip", "bin", "knip.js");

function knip(directory: string): { status: number | null; report: string } {
  const run = spawnSync(process.execPath, [KNIP, "--no-progress", "--no-config-hints", "--directory", directory], {
    cwd: directory,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: run.status, report: `${run.stdout}${run.stderr}`.trim() };
}

test("knip finds nothing unused in the repo", () => {
  expect(knip(ROOT)).toEqual({ status: 0, report: "" });
}, 300_000);

test("knip reports an unused file and an unused export (the check above can fail)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "knip-"));
  try {
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "scratch", private: true, main: "index.ts" }));
    fs.writeFileSync(path.join(dir, "index.ts"), 'import { used } from "./a";\nconsole.log(used);\n');
    fs.writeFileSync(path.join(dir, "a.ts"), "export const used = 1;\nexport const unused = 2;\n");
    fs.writeFileSync(path.join(dir, "orphan.ts"), "export {};\n");
    const result = knip(dir);
    expect(result.status).not.toBe(0);
    expect(result.report).toMatch(/Unused files \(1\)\s+orphan\.ts/);
    expect(result.report).toMatch(/Unused exports \(1\)\s+unused\s+a\.ts:2/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
