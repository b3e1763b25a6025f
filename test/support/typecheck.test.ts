// `npm test` type-checks: ts-jest runs without diagnostics (fast), so a type error would otherwise pass.
// Every tsconfig*.json at the repo root is checked with `tsc --noEmit -p`.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Runs `tsc --noEmit -p project`; the lines naming a TypeScript error, and tsc's exit status. */
function typecheck(project: string): { status: number | null; errors: string[] } {
  const run = spawnSync(process.execPath, [TSC, "--noEmit", "--pretty", "false", "-p", project], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 240_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  return { status: run.status, errors: output.match(/^.*error TS\d+.*$/gm) ?? (run.status === 0 ? [] : [output]) };
}

const projects = fs.readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name));

test("the repo has tsconfig files to check", () => {
  expect(projects).toContain("tsconfig.json");
});

test.each(projects)("tsc --noEmit -p %s reports no errors", (project) => {
  expect(typecheck(path.join(ROOT, project))).toEqual({ status: 0, errors: [] });
}, 300_000);

test("a type error is reported (the check above can fail)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typecheck-"));
  try {
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, types: [] }, files: ["wrong.ts"] }));
    fs.writeFileSync(path.join(dir, "wrong.ts"), 'export const count: number = "three";\n');
    const result = typecheck(dir);
    expect(result.status).not.toBe(0);
    expect(result.errors).toEqual([expect.stringContaining("error TS2322")]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
