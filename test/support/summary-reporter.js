// Prints the closing line CI and readers look for: "N passed, N failed" (totals over every test, the
// type checks and the linter included, as they run as tests). It is written when the jest process
// exits, so nothing jest prints later (its summary on stderr, global teardown, open-handle warnings)
// can come after it.
//
// It also fails the run when the tests left files in the git work tree that were not there before
// (outputs belong under ignored paths such as out/ or in os.tmpdir()); that counts as one failure.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

/** `git status` lines of the work tree at rootDir, or undefined when rootDir is not a work tree's top. */
function workTreeStatus(rootDir) {
  const top = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: rootDir, encoding: "utf8" });
  if (top.status !== 0 || path.resolve(top.stdout.trim()) !== fs.realpathSync(rootDir)) return undefined;
  const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: rootDir, encoding: "utf8" });
  if (status.status !== 0) return undefined;
  return new Set(status.stdout.split("\n").filter((line) => line !== ""));
}

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.lastError = undefined;
  }

  onRunStart() {
    this.statusBefore = workTreeStatus(this.rootDir);
  }

  onRunComplete(_contexts, results) {
    const leftBehind = this.filesLeftBehind();
    if (leftBehind.length > 0) {
      this.lastError = new Error(`the tests left files in the work tree:\n${leftBehind.join("\n")}`);
      process.stderr.write(`\nThe tests left these in the git work tree (write outputs under out/ or os.tmpdir()):\n${leftBehind.join("\n")}\n`);
    }
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites + (results.runExecError ? 1 : 0) + (leftBehind.length > 0 ? 1 : 0);
    const line = `${results.numPassedTests} passed, ${failed} failed\n`;
    process.once("exit", () => {
      try {
        fs.writeSync(1, `\n${line}`);
      } catch {
        // stdout already closed (e.g. piped into `head`): nothing left to tell
      }
    });
  }

  filesLeftBehind() {
    if (!this.statusBefore) return [];
    const after = workTreeStatus(this.rootDir) ?? new Set();
    return [...after].filter((line) => !this.statusBefore.has(line));
  }

  /** Jest fails the run (non-zero exit) when a reporter reports an error. */
  getLastError() {
    return this.lastError;
  }
}

module.exports = SummaryReporter;
