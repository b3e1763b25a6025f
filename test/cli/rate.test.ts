import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, type CliRun } from "./runCli";

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("client-rater rate on the sample workbook", () => {
  let dir: string;
  let input: string;
  let out: string;
  let run: CliRun;
  let inputHashBefore: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-rate-"));
    input = path.join(dir, "clients.xlsx");
    fs.copyFileSync(SAMPLE, input);
    inputHashBefore = sha256(input);
    out = path.join(dir, "clients.rated.xlsx");
    run = await runCli(["rate", input, "--as-of", "2023-01-15", "--json"]);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0 and prints exactly one JSON object on stdout", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(["clients", "grades", "pareto", "warnings", "out"]));
    expect(Object.keys(summary.pareto)).toEqual(expect.arrayContaining(["value", "vitalFew", "largestShare", "top20Share", "hhi"]));
    expect(Array.isArray(summary.warnings)).toBe(true);
  });

  it("rates all 804 clients and every client gets a grade", () => {
    const summary = JSON.parse(run.stdout);
    expect(summary.clients).toBe(804);
    const counts = Object.values(summary.grades) as number[];
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(804);
  });

  it("adds the next-step counts and the Focus sheet's warnings", () => {
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary.nextSteps)).toEqual(["keep", "develop", "fix", "reconsider"]);
    expect(Object.values(summary.nextSteps as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(804);
    // The sample's top 20% bring 81% of profit and only 3.9% of clients reach grade A.
    expect(summary.focusWarnings).toEqual([expect.stringMatching(/^The top 20% of clients bring 81\.4% of Profit/), expect.stringMatching(/^Only 3\.9% of clients reach grade A/)]);
  });

  it("reports Pareto shares as fractions", () => {
    const { pareto } = JSON.parse(run.stdout);
    for (const key of ["largestShare", "top20Share", "hhi"]) {
      expect(pareto[key]).toBeGreaterThan(0);
      expect(pareto[key]).toBeLessThan(2);
    }
    expect(pareto.hhi).toBeLessThan(1);
    expect(pareto.vitalFew).toBeGreaterThan(0);
    expect(pareto.vitalFew).toBeLessThan(804);
  });

  it("writes <in>.rated.xlsx that re-opens with Score and Grade beside the kept header", async () => {
    expect(JSON.parse(run.stdout).out).toBe(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const header = (workbook.getWorksheet("Clients")!.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    expect(header.slice(0, 3)).toEqual(["Customer ID", "Customer name", "Segment"]);
    expect(header).toEqual(expect.arrayContaining(["Score", "Grade"]));
    expect(workbook.worksheets.length).toBeGreaterThan(2); // the Pareto sheet was added
  });

  it("never changes the input file", () => {
    expect(sha256(input)).toBe(inputHashBefore);
  });

  it("prints a short human summary without --json", async () => {
    const human = await runCli(["rate", input, "--as-of", "2023-01-15", "--out", path.join(dir, "human.xlsx")]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Rated 804 clients/);
    expect(human.stdout).toContain(path.join(dir, "human.xlsx"));
    expect(fs.existsSync(path.join(dir, "human.xlsx"))).toBe(true);
  }, 120_000);

  const sofficeAvailable = ["/usr/bin/soffice", "/usr/local/bin/soffice"].some((p) => fs.existsSync(p));
  (sofficeAvailable ? it : it.skip)("output converts to PDF in LibreOffice (skipped when soffice is absent)", () => {
    const pdfDir = path.join(dir, "pdf");
    const profileDir = path.join(dir, "lo-profile");
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "pdf", "--outdir", pdfDir, out],
      { timeout: 110_000, stdio: "pipe" },
    );
    const pdf = path.join(pdfDir, "clients.rated.pdf");
    expect(fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    if (fs.existsSync("/usr/bin/pdftotext")) {
      const text = execFileSync("pdftotext", [pdf, "-"], { stdio: ["ignore", "pipe", "pipe"] }).toString();
      expect(text).toMatch(/^Grade$/m);
    }
  }, 120_000);
  if (!sofficeAvailable) console.warn("LibreOffice (soffice) not installed: the PDF conversion test is skipped.");
});
