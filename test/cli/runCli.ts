import { execFile } from "node:child_process";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
export const SAMPLE = path.join(REPO, "assets", "sample-clients.xlsx");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real launcher in a child process, from the sources (never a stale dist build). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO, "bin", "client-rater.js"), ...args],
      { cwd: REPO, env: { ...process.env, CLIENT_RATER_FROM_SOURCE: "1", CLIENT_RATER_DEBUG: "", ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
