// Hostile inputs to the command line end in one clear line on stderr, never a crash or a hang.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sampleWithFiller } from "../simulator/zipBomb";
import { runCli, SAMPLE, type CliRun } from "./runCli";

describe("client-rater limits", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-limits-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expectCleanFailure = (run: CliRun, message: RegExp) => {
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };
  const out = () => path.join(dir, `never-${Math.random().toString(36).slice(2)}.xlsx`);

  it.each([
    ["a device", "/dev/zero", /bad profile \/dev\/zero: it is a device, not a \.json file/],
    ["a folder", os.tmpdir(), /bad profile .*: it is a folder, not a \.json file/],
  ])("refuses --profile naming %s", async (_kind, file, message) => {
    expectCleanFailure(await runCli(["rate", SAMPLE, "--profile", file, "--out", out()]), message);
  });

  it("refuses --profile naming a named pipe without blocking on it", async () => {
    const fifo = path.join(dir, "profile.fifo");
    execFileSync("mkfifo", [fifo]);
    expectCleanFailure(await runCli(["rate", SAMPLE, "--profile", fifo, "--out", out()]), /bad profile .*profile\.fifo: it is a named pipe/);
  });

  it("refuses a profile file far too large to be one", async () => {
    const huge = path.join(dir, "huge.json");
    fs.writeFileSync(huge, " ".repeat(3 * 2 ** 20));
    expectCleanFailure(await runCli(["rate", SAMPLE, "--profile", huge, "--out", out()]), /huge\.json: 3 MB is far too large for a profile/);
  });

  it("refuses a weight of 1e308, naming the field", async () => {
    const profile = {
      version: 1,
      name: "Heavy",
      scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
      criteria: [{ id: "sales", column: "Sales", area: "client", weight: 1e308, rule: { type: "higher", min: 0, max: 10000 } }],
    };
    const file = path.join(dir, "heavy.json");
    fs.writeFileSync(file, JSON.stringify(profile));
    expectCleanFailure(await runCli(["rate", SAMPLE, "--profile", file, "--out", out()]), /criteria\[0\]\.weight: must be at most 1,000,000/);
  });

  it("refuses an .xlsx whose part unpacks over a hundredfold, saying so", async () => {
    const bomb = path.join(dir, "bomb.xlsx");
    fs.writeFileSync(bomb, await sampleWithFiller([{ name: "xl/media/filler.bin", bytes: 64 * 2 ** 20 }]));
    const run = await runCli(["rate", bomb, "--out", out()]);
    expectCleanFailure(run, /cannot open .*bomb\.xlsx: The workbook's part xl\/media\/filler\.bin unpacks from 0\.\d MB to 64 MB/);
  }, 120_000);
});
