import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseProfileSet } from "../../src/core";
import { runCli, SAMPLE } from "./runCli";

describe("client-rater profile", () => {
  it("prints the default profile of the sample as JSON that parseProfileSet accepts", async () => {
    const run = await runCli(["profile", SAMPLE]);
    expect(run.code).toBe(0);
    const parsed = parseProfileSet(JSON.parse(run.stdout));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const columns = parsed.profiles[0].criteria.map((c) => c.column);
    expect(columns.length).toBeGreaterThan(0);
    expect(columns).toEqual(expect.arrayContaining(["Revenue"]));
  }, 120_000);

  it("prints the profile stored by a --profile rating, which the next run then uses", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-profile-"));
    try {
      const profile = {
        version: 1,
        name: "Profit only",
        scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: [80, 60, 40, 20] },
        criteria: [{ id: "profit", column: "Profit", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 2000 } }],
        pareto: { value: "Profit", share: 0.8 },
      };
      const file = path.join(dir, "profile.json");
      fs.writeFileSync(file, JSON.stringify(profile));
      const rated = path.join(dir, "rated.xlsx");
      const first = await runCli(["rate", SAMPLE, "--profile", file, "--out", rated, "--as-of", "2023-01-15", "--json"]);
      expect(first.stderr).toBe("");
      expect(JSON.parse(first.stdout).gradeLabels).toEqual(["5", "4", "3", "2", "1"]);
      expect(Object.keys(JSON.parse(first.stdout).grades).sort()).toEqual(["1", "2", "3", "4", "5"]);

      const shown = await runCli(["profile", rated]);
      expect(shown.code).toBe(0);
      const parsed = parseProfileSet(JSON.parse(shown.stdout));
      expect(parsed.ok && parsed.profiles[0].name).toBe("Profit only");

      const again = await runCli(["rate", rated, "--out", path.join(dir, "again.xlsx"), "--as-of", "2023-01-15", "--json"]);
      expect(JSON.parse(again.stdout).grades).toEqual(JSON.parse(first.stdout).grades);
      expect(JSON.parse(again.stdout).profile).toBe("stored");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
