// LibreOffice as an independent reader of what we write. The command line rates the sample workbook
// and five messy ones; LibreOffice (headless, recalculating every formula on load) converts each
// result to CSV, whose cells (value and type) must equal what the simulator held in memory after the
// same rating, before its .xlsx export, and to PDF, whose pixels must show
// the grade fills of the conditional formats. One PNG is kept as out/libreoffice-sample.png.
import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { ownedColumnHeaders } from "../../src/core/labels";
import { cellAddress } from "../../src/shared/a1";
import { LIBREOFFICE_ERROR, sameCell } from "./lo/cellText";
import { CsvCell, parseCsv, parseCsvCells } from "./lo/csv";
import { gradeFills } from "./lo/gradeFills";
import { MESSY_CASES } from "./lo/messyWorkbooks";
import { pivotsOf } from "./lo/objectParts";
import { countColours, readPpm } from "./lo/ppm";
import { CliSummary, rateWithCli } from "./lo/rateFile";
import { CSV_ALL_SHEETS, convertAll, pdftoppmPath, sofficePath } from "./lo/soffice";
import { SheetView, simViewAfterRating } from "./lo/simView";

jest.setTimeout(600_000);

const projectDir = path.resolve(__dirname, "../..");
const AS_OF = "2023-01-15";
const soffice = sofficePath();
const pdftoppm = pdftoppmPath();
const MISSING_TOOLS = "LibreOffice (soffice) and poppler-utils (pdftoppm) are needed: apt-get install -y libreoffice-calc poppler-utils";

interface CaseRun {
  name: string;
  out: string;
  summary?: CliSummary;
  sheets?: SheetView[];
  failure?: string;
  images: string[];
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "lo-fidelity-"));
const runs: CaseRun[] = [{ name: "sample-clients", out: "", images: [] }, ...MESSY_CASES.map((c) => ({ name: c.name, out: "", images: [] }))];
const report: string[] = [];

beforeAll(async () => {
  if (!soffice || !pdftoppm) return;
  for (const dir of ["in", "out", "csv", "pdf", "img"]) fs.mkdirSync(path.join(work, dir));
  fs.copyFileSync(path.join(projectDir, "assets/sample-clients.xlsx"), path.join(work, "in/sample-clients.xlsx"));
  for (const c of MESSY_CASES) fs.writeFileSync(path.join(work, `in/${c.name}.xlsx`), await c.build());

  for (const run of runs) {
    run.out = path.join(work, `out/${run.name}.xlsx`);
    try {
      run.summary = rateWithCli(path.join(work, `in/${run.name}.xlsx`), run.out, AS_OF);
      run.sheets = await simViewAfterRating(fs.readFileSync(path.join(work, `in/${run.name}.xlsx`)), AS_OF);
    } catch (error) {
      run.failure = (error as Error).message;
    }
  }
  const rated = runs.filter((r) => !r.failure).map((r) => r.out);
  if (!rated.length) return;
  convertAll(soffice, rated, CSV_ALL_SHEETS, path.join(work, "csv"));
  convertAll(soffice, rated, "pdf", path.join(work, "pdf"));
  for (const run of runs.filter((r) => !r.failure)) {
    const pdf = path.join(work, `pdf/${run.name}.pdf`);
    if (!fs.existsSync(pdf)) continue;
    execFileSync(pdftoppm, ["-r", "60", pdf, path.join(work, `img/${run.name}`)]);
    run.images = fs.readdirSync(path.join(work, "img")).filter((f) => f.startsWith(`${run.name}-`) && f.endsWith(".ppm")).map((f) => path.join(work, "img", f));
  }
});

afterAll(() => {
  if (report.length) console.log(`LibreOffice as reader (as of ${AS_OF}):\n${report.join("\n")}`);
  fs.rmSync(work, { recursive: true, force: true });
});

function ready(run: CaseRun): asserts run is CaseRun & { summary: CliSummary; sheets: SheetView[] } {
  if (!soffice || !pdftoppm) throw new Error(MISSING_TOOLS);
  if (run.failure) throw new Error(run.failure);
}

function csvCellsOf(run: CaseRun, sheet: string): CsvCell[][] {
  const file = path.join(work, `csv/${run.name}-${sheet}.csv`);
  if (!fs.existsSync(file)) throw new Error(`LibreOffice wrote no CSV for sheet "${sheet}" of ${run.name}`);
  return parseCsvCells(fs.readFileSync(file, "utf8"));
}

const csvOf = (run: CaseRun, sheet: string): string[][] => csvCellsOf(run, sheet).map((row) => row.map((cell) => cell.text));

test("LibreOffice and pdftoppm are installed", () => {
  expect({ soffice: soffice ?? MISSING_TOOLS, pdftoppm: pdftoppm ?? MISSING_TOOLS }).toEqual({ soffice: expect.stringMatching(/\//), pdftoppm: expect.stringMatching(/\//) });
});

describe.each(runs.map((r) => [r.name, r] as const))("%s", (_name, run) => {
  test("every cell LibreOffice reads (formulas recalculated by it) equals what the simulator held before export, type included", async () => {
    ready(run);
    const mismatches: string[] = [];
    let numbers = 0;
    let texts = 0;
    let formulas = 0;
    // LibreOffice lays a PivotTable out itself (tabular, a "Data" row above, "Total Result"): those cells, one row
    // past the file's location, are its own rendering, checked against ours in libreofficeObjects.test.ts.
    const pivots = await pivotsOf(fs.readFileSync(run.out));
    const inPivot = (sheet: string, r: number, c: number) =>
      pivots.some((p) => p.sheet === sheet && r >= p.location.r0 && r <= p.location.r1 + 1 && c >= p.location.c0 && c <= p.location.c1);
    for (const sheet of run.sheets) {
      const lo = csvCellsOf(run, sheet.name);
      const rows = Math.max(lo.length, sheet.values.length);
      for (let r = 0; r < rows; r++) {
        const width = Math.max(lo[r]?.length ?? 0, sheet.values[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          if (inPivot(sheet.name, r, c)) continue;
          const value = sheet.values[r]?.[c];
          const text = lo[r]?.[c]?.text ?? "";
          const quoted = lo[r]?.[c]?.quoted ?? false;
          const formula = sheet.formulas[r]?.[c];
          const isFormula = typeof formula === "string" && formula.startsWith("=");
          if (isFormula) formulas++;
          else if (typeof value === "number") numbers++;
          else if (value !== null && value !== undefined && value !== "") texts++;
          if (!sameCell(value, text, quoted) || (isFormula && LIBREOFFICE_ERROR.test(text) && text !== value)) {
            const what = `${quoted ? "text" : "value"} ${JSON.stringify(text)}`;
            mismatches.push(`${sheet.name}!${cellAddress(r, c)}: simulator ${JSON.stringify(value)}${isFormula ? ` (${formula})` : ""}, LibreOffice ${what}`);
          }
        }
      }
    }
    const loSheets = fs.readdirSync(path.join(work, "csv")).filter((f) => f.startsWith(`${run.name}-`)).map((f) => f.slice(run.name.length + 1, -4));
    const onlyInFile = loSheets.filter((name) => !run.sheets.some((s) => s.name === name));
    const parts = Object.keys((await JSZip.loadAsync(fs.readFileSync(run.out))).files);
    const count = (folder: string) => parts.filter((p) => p.startsWith(folder) && p.endsWith(".xml")).length;
    report.push(
      `  ${run.name}: ${run.sheets.length} sheets, ${numbers} numbers, ${texts} texts, ${formulas} formulas compared; ${mismatches.length} differ; ` +
        `file parts: ${count("xl/pivotTables/")} PivotTable, ${count("xl/charts/chart")} chart; sheets LibreOffice reads that the simulator does not list: ${JSON.stringify(onlyInFile)}`,
    );
    expect(numbers + formulas).toBeGreaterThan(0);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  test("the grade column LibreOffice reads has the grade counts the command line reported", () => {
    ready(run);
    const header = ownedColumnHeaders("en").grade;
    const lo = csvOf(run, run.summary.sheet);
    const headerRow = lo.findIndex((row) => row.includes(header));
    expect(headerRow).toBeGreaterThanOrEqual(0);
    const col = lo[headerRow].indexOf(header);
    const counted: Record<string, number> = {};
    for (const row of lo.slice(headerRow + 1)) {
      const g = row[col] ?? "";
      if (g in run.summary.grades) counted[g] = (counted[g] ?? 0) + 1;
    }
    const reported = Object.fromEntries(Object.entries(run.summary.grades).filter(([, n]) => n > 0));
    expect(counted).toEqual(reported);
    expect(Object.values(counted).reduce((a, b) => a + b, 0)).toBe(run.summary.clients);
  });

  test("the Pareto figures the command line reported are cells LibreOffice reads on another sheet", () => {
    ready(run);
    const pareto = run.summary.pareto;
    expect(pareto).not.toBeNull();
    const cells = fs
      .readdirSync(path.join(work, "csv"))
      .filter((f) => f.startsWith(`${run.name}-`) && f !== `${run.name}-${run.summary.sheet}.csv`)
      .flatMap((f) => parseCsv(fs.readFileSync(path.join(work, "csv", f), "utf8")).flat());
    const figures = { vitalFew: pareto!.vitalFew, vitalFewShare: pareto!.vitalFewShare, largestShare: pareto!.largestShare, top20Share: pareto!.top20Share, hhi: pareto!.hhi };
    const missing = Object.entries(figures).filter(([, v]) => !cells.some((text) => text !== "" && sameCell(v, text)));
    expect(missing).toEqual([]);
  });

  // LibreOffice draws one conditional format per cell, the first by priority that matches, where Excel
  // combines rules that set different properties; so a grade's fill shows in LibreOffice only on rows
  // that the flagged-row rule (a font colour, over the owned columns) does not also match.
  test("the PDF LibreOffice prints shows the fill of every grade on an unflagged row", async () => {
    ready(run);
    const labels = Object.keys(run.summary.grades);
    const fills = await gradeFills(fs.readFileSync(run.out), run.summary.sheet, labels);
    expect(fills.get(labels[0])).toMatch(/^#[0-9A-F]{6}$/);
    expect(run.images.length).toBeGreaterThan(0);

    const headers = ownedColumnHeaders("en");
    const lo = csvOf(run, run.summary.sheet);
    const headerRow = lo.findIndex((row) => row.includes(headers.grade));
    const gradeCol = lo[headerRow].indexOf(headers.grade);
    const flagsCol = lo[headerRow].indexOf(headers.flags);
    const unflagged = new Set(lo.slice(headerRow + 1).filter((row) => flagsCol < 0 || !row[flagsCol]).map((row) => row[gradeCol]));
    const visible = labels.filter((g) => unflagged.has(g));

    const colours = labels.map((g) => fills.get(g) ?? "#000000");
    const perPage = run.images.map((file) => ({ file, counts: countColours(readPpm(fs.readFileSync(file)), colours) }));
    const pixels = Object.fromEntries(labels.map((g, i) => [g, perPage.reduce((sum, p) => sum + p.counts[i], 0)]));
    report.push(
      `  ${run.name}: grades ${JSON.stringify(run.summary.grades)}, on unflagged rows ${JSON.stringify(visible)}; ` +
        `fill pixels at 60 dpi over ${perPage.length} page(s) ${JSON.stringify(Object.fromEntries(labels.map((g) => [`${g} ${fills.get(g)}`, pixels[g]])))}`,
    );
    if (unflagged.has(labels[0])) expect(pixels[labels[0]]).toBeGreaterThan(0);
    expect(visible.filter((g) => !(pixels[g] > 0)).map((g) => `${g} (${fills.get(g)})`)).toEqual([]);

    if (run.name === "sample-clients") {
      const best = perPage.reduce((a, b) => (b.counts[0] > a.counts[0] ? b : a));
      const page = Number(/-(\d+)\.ppm$/.exec(best.file)![1]);
      fs.mkdirSync(path.join(projectDir, "out"), { recursive: true });
      const prefix = path.join(work, "sample-png");
      execFileSync(pdftoppm!, ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", path.join(work, "pdf/sample-clients.pdf"), prefix]);
      fs.copyFileSync(`${prefix}.png`, path.join(projectDir, "out/libreoffice-sample.png"));
    }
  });
});
