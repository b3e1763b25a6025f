import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO, SAMPLE } from "./runCli";

// The installed command must run without tsx: compile as `npm run build:cli` does, then run plain node.
describe("compiled command line", () => {
  it("builds with tsconfig.cli.json and rates the sample with plain node", () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-build-"));
    try {
      execFileSync(process.execPath, [path.join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json", "--outDir", outDir], {
        cwd: REPO,
        stdio: "pipe",
      });
      const main = path.join(outDir, "cli", "main.js");
      expect(fs.existsSync(main)).toBe(true);
      const rated = path.join(outDir, "rated.xlsx");
      const stdout = execFileSync(process.execPath, [main, "rate", SAMPLE, "--out", rated, "--as-of", "2023-01-15", "--json"], {
        env: { ...process.env, NODE_PATH: path.join(REPO, "node_modules") },
        stdio: ["ignore", "pipe", "pipe"],
      }).toString();
      expect(JSON.parse(stdout).clients).toBe(804);
      expect(fs.existsSync(rated)).toBe(true);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
