// Rates a workbook file with the command line (`client-rater rate`), as a user would.
import { spawnSync } from "child_process";
import * as path from "path";

export interface CliSummary {
  clients: number;
  sheet: string;
  grades: Record<string, number>;
  pareto: { value: string; vitalFew: number; vitalFewShare: number; largestShare: number; top20Share: number; hhi: number } | null;
  warnings: string[];
}

const projectDir = path.resolve(__dirname, "../../..");

export function rateWithCli(input: string, out: string, asOf: string, locale?: string): CliSummary {
  const tsx = path.join(projectDir, "node_modules/tsx/dist/cli.mjs");
  const language = locale ? ["--locale", locale] : [];
  const run = spawnSync(process.execPath, [tsx, "src/cli/main.ts", "rate", input, "--out", out, "--as-of", asOf, "--json", ...language], {
    cwd: projectDir,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`client-rater rate ${path.basename(input)} failed (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`);
  return JSON.parse(run.stdout) as CliSummary;
}
