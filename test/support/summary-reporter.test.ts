// The closing "N passed, N failed" line: runs jest with our reporter on a throw-away project in a
// temporary git repository and reads everything jest wrote to stdout and stderr, in the order written.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
const REPORTER = path.join(__dirname, "summary-reporter.js");

interface JestRun {
  status: number | null;
  lines: string[];
}

/** A project whose test file is `testSource`, run by jest with the default and our reporter. */
function runJestOn(testSource: string): JestRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summary-reporter-"));
  try {
    spawnSync("git", ["init", "-q", dir]);
    const config = { rootDir: dir, testEnvironment: "node", transform: {}, reporters: ["default", REPORTER] };
    fs.writeFileSync(path.join(dir, "jest.config.json"), JSON.stringify(config));
    fs.writeFileSync(path.join(dir, "sample.test.js"), testSource);
    const log = path.join(dir, "..", `${path.basename(dir)}.log`);
    const fd = fs.openSync(log, "w");
    try {
      const run = spawnSync(process.execPath, [JEST, "--config", path.join(dir, "jest.config.json"), "--ci"], {
        cwd: dir,
        stdio: ["ignore", fd, fd],
        timeout: 60_000,
      });
      return { status: run.status, lines: fs.readFileSync(log, "utf8").trimEnd().split("\n") };
    } finally {
      fs.closeSync(fd);
      fs.rmSync(log, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("the count line comes last, after jest's own summary, and a failure exits non-zero", () => {
  const run = runJestOn(`
    test("passes", () => expect(1).toBe(1));
    test("passes too", () => expect(2).toBe(2));
    test("fails", () => expect(1).toBe(2));
  `);
  expect(run.lines.at(-1)).toBe("2 passed, 1 failed");
  expect(run.lines.join("\n")).toMatch(/Tests:\s+1 failed, 2 passed, 3 total/);
  expect(run.status).not.toBe(0);
}, 90_000);

test("a test file that cannot run counts as a failure", () => {
  const run = runJestOn(`throw new Error("broken test file");`);
  expect(run.lines.at(-1)).toBe("0 passed, 1 failed");
  expect(run.status).not.toBe(0);
}, 90_000);

test("a run that leaves a file in the work tree fails and names the file", () => {
  const run = runJestOn(`
    test("writes beside the sources", () => {
      require("node:fs").writeFileSync(require("node:path").join(__dirname, "left-behind.xlsx"), "x");
    });
  `);
  expect(run.lines.at(-1)).toBe("1 passed, 1 failed");
  expect(run.lines).toContain("?? left-behind.xlsx");
  expect(run.status).not.toBe(0);
}, 90_000);
