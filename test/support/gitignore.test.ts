// What the tests, the benchmarks and the command line write into the repo folder is ignored by git, so
// running them leaves `git status` clean. Checked against the repo's .gitignore in a scratch repository,
// so it holds in any checkout (a clone, a worktree, an unpacked archive).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultOutputPath } from "../../src/cli/outputFile";

const ROOT = path.resolve(__dirname, "..", "..");

function ignoredByRepoGitignore(relativePaths: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gitignore-"));
  try {
    spawnSync("git", ["init", "-q", dir]);
    fs.copyFileSync(path.join(ROOT, ".gitignore"), path.join(dir, ".gitignore"));
    const run = spawnSync("git", ["check-ignore", "--no-index", "--", ...relativePaths], { cwd: dir, encoding: "utf8" });
    return run.stdout.split("\n").filter((line) => line !== "");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("outputs written inside the repo folder are ignored by git", () => {
  const outputs = [
    defaultOutputPath("assets/sample-clients.xlsx"), // `npm run rate -- assets/sample-clients.xlsx` without --out
    "out/workbench.png",
    "out/libreoffice-sample.png",
    "out/bench/dist/taskpane.js",
    "dist/taskpane.html",
    "lib/cli/main.js",
    "test/corpus/generated/case.xlsx",
  ];
  expect(ignoredByRepoGitignore(outputs)).toEqual(outputs);
});

test("the committed sources, assets and test data are not ignored", () => {
  expect(ignoredByRepoGitignore(["assets/sample-clients.xlsx", "test/data/superstore-orders.csv", "src/cli/main.ts"])).toEqual([]);
});
