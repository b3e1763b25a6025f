import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE } from "./runCli";

describe("client-rater errors", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-errors-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expectCleanFailure = (run: { code: number; stdout: string; stderr: string }, message: RegExp) => {
    expect(run.code).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  it("names a missing file", async () => {
    const missing = path.join(dir, "nope.xlsx");
    expectCleanFailure(await runCli(["rate", missing, "--json"]), new RegExp(`file not found: .*nope\\.xlsx`));
  });

  it("refuses a text file renamed .xlsx", async () => {
    const fake = path.join(dir, "fake.xlsx");
    fs.writeFileSync(fake, "Customer,Revenue\nAcme,100\n");
    expectCleanFailure(await runCli(["rate", fake]), /not an \.xlsx workbook: .*fake\.xlsx/);
    expect(fs.existsSync(path.join(dir, "fake.rated.xlsx"))).toBe(false);
  });

  it("names the profile field at fault", async () => {
    const profile = {
      version: 1,
      name: "Broken",
      scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
      criteria: [{ id: "revenue", column: "Revenue", area: "client", weight: "heavy", rule: { type: "higher", min: 0, max: 100000 } }],
      pareto: { value: "Profit", share: 0.8 },
    };
    const file = path.join(dir, "bad-profile.json");
    fs.writeFileSync(file, JSON.stringify(profile));
    const run = await runCli(["rate", SAMPLE, "--profile", file, "--out", path.join(dir, "never.xlsx")]);
    expectCleanFailure(run, /bad profile .*bad-profile\.json/);
    expect(run.stderr).toContain("criteria[0].weight");
    expect(fs.existsSync(path.join(dir, "never.xlsx"))).toBe(false);
  });

  it("refuses a profile file that is not JSON", async () => {
    const file = path.join(dir, "not-json.json");
    fs.writeFileSync(file, "{ version: 1,");
    expectCleanFailure(await runCli(["rate", SAMPLE, "--profile", file]), /not valid JSON/);
  });

  it("names an unknown sheet and lists the sheets there are", async () => {
    const run = await runCli(["rate", SAMPLE, "--sheet", "Customers", "--out", path.join(dir, "x.xlsx")]);
    expectCleanFailure(run, /sheet not found: "Customers".*"Clients"/);
  });

  it("reports a sheet without a header row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Numbers");
    for (let r = 1; r <= 5; r++) sheet.addRow([r, r * 2, r * 3]);
    const file = path.join(dir, "numbers.xlsx");
    await workbook.xlsx.writeFile(file);
    expectCleanFailure(await runCli(["rate", file, "--out", path.join(dir, "y.xlsx")]), /header row/i);
  });

  it("reports a sheet whose headers name nothing to rate", async () => {
    const run = await runCli(["rate", SAMPLE, "--sheet", "About this data", "--out", path.join(dir, "z.xlsx")]);
    expectCleanFailure(run, /headers/i);
  });

  it("rejects a malformed --as-of and an unknown command with usage exit code 2", async () => {
    expectCleanFailure(await runCli(["rate", SAMPLE, "--as-of", "15/01/2023"]), /--as-of must be a date written YYYY-MM-DD/);
    const unknown = await runCli(["grade", SAMPLE]);
    expectCleanFailure(unknown, /unknown command "grade"/);
    expect(unknown.code).toBe(2);
  });

  it("shows a stack trace only with CLIENT_RATER_DEBUG=1", async () => {
    const run = await runCli(["rate", path.join(dir, "nope.xlsx")], { CLIENT_RATER_DEBUG: "1" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});
