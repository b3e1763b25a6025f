// `client-rater rate` goes through the same rateWorkbook as the panel, so rating its output again on a
// later date adds to the workbook's rating history: the summary says who moved, the saved file has
// both dates, the Trend column and the grade changes on the Focus sheet.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SimWorkbook } from "../../src/simulator";
import { parseHistory } from "../../src/excel/historyTable";
import { columnLetters } from "../../src/shared/a1";
import { runCli, SAMPLE, type CliRun } from "./runCli";

describe("client-rater rate on its own output, a quarter later", () => {
  let dir: string;
  let first: CliRun;
  let second: CliRun;
  let text: CliRun;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-history-"));
    const once = path.join(dir, "q1.xlsx");
    first = await runCli(["rate", SAMPLE, "--sheet", "Clients", "--as-of", "2026-01-15", "--out", once, "--json"]);
    // A quarter later the profile weighs revenue more (the profile file of a changed strategy).
    const profile = JSON.parse((await runCli(["profile", once])).stdout).profiles[0];
    profile.criteria[0].weight *= 4;
    fs.writeFileSync(path.join(dir, "profile.json"), JSON.stringify(profile));
    second = await runCli(["rate", once, "--profile", path.join(dir, "profile.json"), "--as-of", "2026-04-15", "--out", path.join(dir, "q2.xlsx"), "--json"]);
    text = await runCli(["rate", path.join(dir, "q2.xlsx"), "--as-of", "2026-04-15", "--out", path.join(dir, "q2-again.xlsx")]);
  }, 300_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("says who moved since the first rating, in JSON and in words", () => {
    expect([first.stderr, second.stderr, text.stderr]).toEqual(["", "", ""]);
    expect(JSON.parse(first.stdout).movers).toBeNull();
    const movers = JSON.parse(second.stdout).movers;
    expect(movers).toMatchObject({ previousDate: "2026-01-15", date: "2026-04-15", new: 0, gone: 0 });
    expect(movers.up + movers.down + movers.same).toBe(JSON.parse(second.stdout).clients);
    expect(movers.up + movers.down).toBeGreaterThan(0);
    // Rated again on the same day: that day's columns are replaced, so the comparison is the same.
    expect(text.stdout).toContain(`Since the rating of 2026-01-15: ${movers.up} up, ${movers.down} down, ${movers.same} unchanged, 0 new, 0 gone.`);
  });

  it("saves both dates in the Rating history sheet and a Trend column that agrees with them", async () => {
    const wb = await SimWorkbook.fromXlsx(fs.readFileSync(path.join(dir, "q2-again.xlsx")));
    const n: number = JSON.parse(second.stdout).clients;
    const values = Array.from({ length: n + 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => wb.cell("Rating history", `${columnLetters(c)}${r + 1}`).value));
    const history = parseHistory(values);
    expect(history.dates).toEqual(["2026-01-15", "2026-04-15"]);
    expect(history.keys).toHaveLength(n);
    let trend = -1;
    for (let c = 0; c < 60 && trend < 0; c++) if (wb.cell("Clients", `${columnLetters(c)}1`).value === "Trend") trend = c;
    expect(trend).toBeGreaterThan(0);
    const row = new Map(history.keys.map((k, r) => [k, r]));
    let ups = 0;
    for (let i = 0; i < n; i++) {
      const r = row.get(String(wb.cell("Clients", `A${i + 2}`).value))!;
      const [before, now] = [history.grades[0][r], history.grades[1][r]];
      const cell = String(wb.cell("Clients", `${columnLetters(trend)}${i + 2}`).value);
      expect({ i, cell }).toEqual({ i, cell: before === now ? "=" : expect.stringMatching(new RegExp(`^[▲▼] from ${before}$`)) });
      if (cell.startsWith("▲")) ups++;
    }
    expect(ups).toBe(JSON.parse(second.stdout).movers.up);
    const focusA = Array.from({ length: 250 }, (_, r) => wb.cell("Focus", `A${r + 1}`).value);
    expect(focusA).toContain("Grade changes since 2026-01-15");
  });
});
