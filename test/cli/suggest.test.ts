import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseCommand } from "../../src/cli/args";
import { runCli, SAMPLE } from "./runCli";

const FIELDS = ["sheet", "profile", "outcome", "weights", "current", "suggested", "improved", "clients", "seed"];

describe("client-rater suggest", () => {
  it("prints one JSON object with the documented fields, better held-out than the default weights, and leaves the file alone", async () => {
    const before = fs.readFileSync(SAMPLE);
    const run = await runCli(["suggest", SAMPLE, "--as-of", "2023-01-15"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(FIELDS);
    expect(json).toMatchObject({ sheet: "Clients", profile: "Default profile", outcome: "Profit", improved: true });
    expect(json.clients).toEqual({ training: 563, heldOut: 241, noOutcome: 0 });
    expect(json.suggested.heldOut).toBeGreaterThan(json.current.heldOut);
    for (const fit of [json.current, json.suggested]) {
      for (const value of [fit.heldOut, fit.training]) expect(value >= -1 && value <= 1).toBe(true);
    }
    for (const weight of json.weights) {
      expect(Object.keys(weight)).toEqual(expect.arrayContaining(["id", "column", "current", "suggested", "readsOutcome"]));
      expect(Number.isInteger(weight.suggested) && weight.suggested >= 0 && weight.suggested <= 10).toBe(true);
    }
    expect(json.weights.find((w: { column: string }) => w.column === "Profit")).toMatchObject({ readsOutcome: true, kept: "reads-outcome" });
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
  }, 120_000);

  it("takes --outcome, --seed and --profile", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-suggest-"));
    try {
      const file = path.join(dir, "profile.json");
      fs.writeFileSync(
        file,
        JSON.stringify({
          version: 1,
          name: "Two criteria",
          scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
          criteria: [
            { id: "orders", column: "Orders", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 12 } },
            { id: "late", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 40 } },
          ],
        }),
      );
      const run = await runCli(["suggest", SAMPLE, "--outcome", "Revenue", "--seed", "7", "--profile", file]);
      expect(run.stderr).toBe("");
      const json = JSON.parse(run.stdout);
      expect(json).toMatchObject({ profile: "Two criteria", outcome: "Revenue", seed: 7 });
      expect(json.weights.map((w: { id: string }) => w.id)).toEqual(["orders", "late"]);
      expect(json.weights[0].suggested + json.weights[1].suggested).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("says plainly why when the outcome column has no numbers, with no stack trace", async () => {
    const run = await runCli(["suggest", SAMPLE, "--outcome", "Segment"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe("client-rater: cannot suggest weights: Segment has a readable number for 0 of 804 clients; suggesting weights needs at least 30.");
  }, 120_000);

  it("parses its options and refuses those of other commands", () => {
    expect(parseCommand(["suggest", "in.xlsx", "--outcome", "Profit", "--seed", "3", "--as-of", "2023-01-15", "--sheet", "S"])).toEqual({
      kind: "suggest",
      input: "in.xlsx",
      outcome: "Profit",
      profile: undefined,
      sheet: "S",
      asOf: new Date(Date.UTC(2023, 0, 15)),
      locale: undefined,
      seed: 3,
    });
    expect(() => parseCommand(["suggest", "in.xlsx", "--out", "x.xlsx"])).toThrow(/--out does not apply to the suggest command/);
    expect(() => parseCommand(["suggest", "in.xlsx", "--seed", "1.5"])).toThrow(/--seed must be a whole number/);
    expect(() => parseCommand(["rate", "in.xlsx", "--outcome", "Profit"])).toThrow(/--outcome applies to the suggest command only/);
  });
});
