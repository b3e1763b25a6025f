// LibreOffice as an independent reader of the PivotTable and charts the command line writes. The sample
// workbook and a messy client list (a header on row 4, so the pivot's source does not start at A1) are rated
// with `client-rater rate`; LibreOffice prints each sheet on one PDF page, once as written and once with the
// drawings taken out, and saves the file again as .xlsx. The Pareto page must show the pivot as LibreOffice
// computed it from our definition (its own "Total Result" caption, our field names) and the chart colours that
// the copy without drawings lacks; LibreOffice's re-save must hold a PivotTable over the same source with the
// same counts and sums per grade, and charts reading the same cells, the Pareto one with lines on a second axis.
// What a user sees is checked too: every pivot figure and data field caption printed whole (no "###"), the
// Pareto columns on their own axis without the "Others" sum, the cumulative share 0-100% on the right, the
// Focus scatter's labels under the plot; a Dutch run (--locale nl) carries Dutch captions.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MESSY_CASES } from "./lo/messyWorkbooks";
import { plotsOf } from "./lo/chartAxes";
import { FilePivot, chartsOf, pivotsOf, seriesFormulas, withoutDrawings } from "./lo/objectParts";
import { countColours, readPpm } from "./lo/ppm";
import { rateWithCli } from "./lo/rateFile";
import { convertAll, pdftoppmPath, sofficePath } from "./lo/soffice";

jest.setTimeout(600_000);

const projectDir = path.resolve(__dirname, "../..");
const soffice = sofficePath();
const pdftoppm = pdftoppmPath();
const MISSING_TOOLS = "LibreOffice (soffice) and poppler-utils (pdftoppm) are needed: apt-get install -y libreoffice-calc poppler-utils";
const ONE_PAGE_A_SHEET = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
/** Bars, then lines, as chartXml.ts colours the first two series. */
const SERIES_COLOURS = ["#4472C4", "#ED7D31"];

interface Case {
  name: string;
  out: string;
  /** --locale; the words of the Pareto sheet's title, which finds its page */
  locale?: string;
  marker: string;
  /** the PivotTable's own captions (row header, grand total) as the run writes them */
  captions: [string, string];
  failure?: string;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "lo-objects-"));
const ENGLISH = { marker: "Pareto (80/20) by", captions: ["Row Labels", "Grand Total"] as [string, string] };
const cases: Case[] = [
  { name: "sample-clients", out: "", ...ENGLISH },
  { name: "header-on-row-4", out: "", ...ENGLISH },
  { name: "sample-clients-nl", out: "", locale: "nl", marker: "Pareto (80/20) op", captions: ["Rijlabels", "Eindtotaal"] },
  { name: "sample-clients-hu", out: "", locale: "hu", marker: "Pareto (80/20): ", captions: ["Sorcímkék", "Végösszeg"] },
];

beforeAll(async () => {
  if (!soffice || !pdftoppm) return;
  for (const dir of ["in", "out", "pdf", "resaved", "img"]) fs.mkdirSync(path.join(work, dir));
  fs.copyFileSync(path.join(projectDir, "assets/sample-clients.xlsx"), path.join(work, "in/sample-clients.xlsx"));
  for (const language of ["nl", "hu"]) fs.copyFileSync(path.join(projectDir, "assets/sample-clients.xlsx"), path.join(work, `in/sample-clients-${language}.xlsx`));
  const messy = MESSY_CASES.find((c) => c.name === "header-on-row-4")!;
  fs.writeFileSync(path.join(work, "in/header-on-row-4.xlsx"), await messy.build());
  const toPrint: string[] = [];
  for (const c of cases) {
    c.out = path.join(work, `out/${c.name}.xlsx`);
    try {
      rateWithCli(path.join(work, `in/${c.name}.xlsx`), c.out, "2023-01-15", c.locale);
      const bare = path.join(work, `out/${c.name}-nodrawings.xlsx`);
      fs.writeFileSync(bare, await withoutDrawings(fs.readFileSync(c.out)));
      toPrint.push(c.out, bare);
    } catch (error) {
      c.failure = (error as Error).message;
    }
  }
  if (!toPrint.length) return;
  convertAll(soffice, toPrint, ONE_PAGE_A_SHEET, path.join(work, "pdf"));
  convertAll(soffice, cases.filter((c) => !c.failure).map((c) => c.out), "xlsx", path.join(work, "resaved"));
});

const report: string[] = [];
afterAll(() => {
  if (report.length) console.log(`LibreOffice on our PivotTable and charts:\n${report.join("\n")}`);
  fs.rmSync(work, { recursive: true, force: true });
});

function ready(c: Case): void {
  if (!soffice || !pdftoppm) throw new Error(MISSING_TOOLS);
  if (c.failure) throw new Error(c.failure);
}

/** The PDF page whose text contains `marker` (one page a sheet), as text and as a 40 dpi image. */
function page(pdf: string, marker: string): { text: string; image: ReturnType<typeof readPpm> } {
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no ${path.basename(pdf)}`);
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).split("\f");
  const n = pages.findIndex((text) => text.includes(marker)) + 1;
  if (n > 0) {
    const prefix = path.join(work, "img", `${path.basename(pdf, ".pdf")}-${n}`);
    execFileSync(pdftoppm!, ["-r", "40", "-f", String(n), "-l", String(n), "-singlefile", pdf, prefix]);
    return { text: pages[n - 1], image: readPpm(fs.readFileSync(`${prefix}.ppm`)) };
  }
  throw new Error(`no page of ${path.basename(pdf)} shows "${marker}"`);
}

/** Per row item of a pivot's first column (a grade), the numbers to its right, read from the sheet's cells. */
async function pivotRows(file: string, pivot: FilePivot): Promise<Record<string, number[]>> {
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.readFile(file);
  const ws = xl.getWorksheet(pivot.sheet)!;
  const rows: Record<string, number[]> = {};
  for (let r = pivot.location.r0; r <= pivot.location.r1; r++) {
    const label = ws.getCell(r + 1, pivot.location.c0 + 1).value;
    if (typeof label !== "string" || !/^[A-D]$/.test(label)) continue;
    const numbers: number[] = [];
    for (let c = pivot.location.c0 + 1; c <= pivot.location.c1; c++) numbers.push(Number(ws.getCell(r + 1, c + 1).value));
    rows[label] = numbers;
  }
  return rows;
}

test("LibreOffice and pdftoppm are installed", () => {
  expect({ soffice: soffice ?? MISSING_TOOLS, pdftoppm: pdftoppm ?? MISSING_TOOLS }).toEqual({ soffice: expect.stringMatching(/\//), pdftoppm: expect.stringMatching(/\//) });
});

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("LibreOffice's PDF of the Pareto sheet shows the PivotTable as LibreOffice computed it, and the chart's columns and lines", async () => {
    ready(c);
    const [pivot] = await pivotsOf(fs.readFileSync(c.out));
    const fieldNames = [...pivot.table.matchAll(/<dataField name="([^"]*)"/g)].map((m) => m[1]);
    expect(fieldNames).toHaveLength(3);
    const drawn = page(path.join(work, `pdf/${c.name}.pdf`), c.marker);
    const bare = page(path.join(work, `pdf/${c.name}-nodrawings.pdf`), c.marker);
    // "Total Result" is LibreOffice's own caption for the grand total (ours is "Grand Total"): the pivot was laid
    // out by LibreOffice, not copied from our cells. Captions are cut at the column's width, as Calc prints them.
    for (const words of [...fieldNames, "Total Result"]) expect(drawn.text).toContain(words.slice(0, 6));
    expect(drawn.text).not.toContain("Grand Total");
    const withCharts = countColours(drawn.image, SERIES_COLOURS, 12);
    const without = countColours(bare.image, SERIES_COLOURS, 12);
    report.push(`  ${c.name}: Pareto page at 40 dpi, bar/line colour pixels ${withCharts.join("/")} with the drawings, ${without.join("/")} without`);
    expect({ bars: withCharts[0] - without[0] > 100, line: withCharts[1] - without[1] > 50 }).toEqual({ bars: true, line: true });
  });

  test("LibreOffice's re-save holds a PivotTable over the same source, with the same counts, sums and shares per grade", async () => {
    ready(c);
    const resaved = path.join(work, `resaved/${c.name}.xlsx`);
    const [ours] = await pivotsOf(fs.readFileSync(c.out));
    const theirs = (await pivotsOf(fs.readFileSync(resaved))).find((p) => p.name === ours.name);
    expect(theirs?.sheet).toBe(ours.sheet);
    const source = (xml: string) => /<worksheetSource\b[^>]*\/>/.exec(xml)?.[0].match(/(ref|sheet)="[^"]*"/g)?.sort();
    expect(source(theirs!.cache)).toEqual(source(ours.cache));
    const clients = /ref="[A-Z]+(\d+):[A-Z]+(\d+)"/.exec(source(ours.cache)!.join(" "))!;
    expect(/recordCount="(\d+)"/.exec(theirs!.cache)?.[1]).toBe(String(Number(clients[2]) - Number(clients[1])));
    const ourRows = await pivotRows(c.out, ours);
    const theirRows = await pivotRows(resaved, theirs!);
    expect(Object.keys(ourRows).length).toBeGreaterThan(1);
    expect(Object.keys(theirRows).sort()).toEqual(Object.keys(ourRows).sort());
    report.push(`  ${c.name}: LibreOffice's re-saved pivot ${JSON.stringify(theirRows)}; ours ${JSON.stringify(ourRows)}`);
    for (const [grade, numbers] of Object.entries(ourRows)) {
      numbers.forEach((n, i) => expect(theirRows[grade][i]).toBeCloseTo(n, 6));
    }
  });

  test("LibreOffice's re-save holds the charts reading the same cells, the Pareto one with lines on a secondary axis", async () => {
    ready(c);
    const ours = await chartsOf(fs.readFileSync(c.out));
    const theirs = await chartsOf(fs.readFileSync(path.join(work, `resaved/${c.name}.xlsx`)));
    expect(theirs.map((t) => t.sheet)).toEqual(ours.map((o) => o.sheet));
    theirs.forEach((t, i) => expect(seriesFormulas(t.xml)).toEqual(seriesFormulas(ours[i].xml)));
    const pareto = theirs.find((t) => t.xml.includes("<c:barChart>"))!;
    const line = /<c:lineChart>([\s\S]*?)<\/c:lineChart>/.exec(pareto.xml)?.[1] ?? "";
    expect(line.match(/<c:ser>/g)).toHaveLength(2);
    expect(pareto.xml.match(/<c:valAx>/g)).toHaveLength(2);
    expect(pareto.xml).toMatch(/<c:axPos val="r"\/>/);
  });

  test("LibreOffice prints every figure and caption of the PivotTable and the client list whole: their columns fit them, no ###", async () => {
    ready(c);
    const [pivot] = await pivotsOf(fs.readFileSync(c.out));
    const fieldNames = [...pivot.table.matchAll(/<dataField name="([^"]*)"/g)].map((m) => m[1]);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.readFile(c.out);
    const listHeaders = [1, 2, 3, 4, 5, 6].map((col) => String(xl.getWorksheet(pivot.sheet)!.getCell(1, col).value));
    const { text } = page(path.join(work, `pdf/${c.name}.pdf`), c.marker);
    const whole = [...fieldNames, ...listHeaders].filter((name) => text.includes(name));
    report.push(`  ${c.name}: Pareto page prints ${whole.length} of ${fieldNames.length + listHeaders.length} captions whole, "###" ${text.split("###").length - 1} times`);
    for (const name of [...fieldNames, ...listHeaders]) expect(text).toContain(name);
    expect(text).not.toContain("###");
  });

  test("LibreOffice's re-save draws the Pareto columns on the left axis without the 'Others' sum, the cumulative share 0-100% on the right, the scatter's labels low", async () => {
    ready(c);
    const charts = await chartsOf(fs.readFileSync(path.join(work, `resaved/${c.name}.xlsx`)));
    const plots = plotsOf(charts.find((t) => t.xml.includes("<c:barChart>"))!.xml);
    const bars = plots.find((p) => p.kind === "barChart")!;
    const lines = plots.find((p) => p.kind === "lineChart")!;
    const columns = bars.series[0].values;
    const cumulative = lines.series[0].values;
    const leftAxis = bars.axes.find((a) => a.position === "l");
    const rightAxis = lines.axes.find((a) => a.position === "r");
    report.push(`  ${c.name}: re-saved Pareto chart: ${columns.length} columns up to ${Math.max(...columns)}, left axis ${JSON.stringify(leftAxis)}, right axis ${JSON.stringify(rightAxis)}`);
    // Clients in Pareto order, largest first: the first column is the tallest, so it sets the left axis (no fixed max).
    expect(Math.max(...columns)).toBe(columns[0]);
    expect(leftAxis).toMatchObject({ format: "#,##0" });
    expect(leftAxis?.max).toBeUndefined();
    // Past 50 clients the last category is "Others": the line reaches it (100%), the columns stop before it.
    if (cumulative.length > 50) expect(columns).toHaveLength(cumulative.length - 1);
    expect(cumulative[cumulative.length - 1]).toBeCloseTo(1, 9);
    expect(rightAxis).toMatchObject({ min: 0, format: "0%" });
    if (Math.max(...cumulative) <= 1) expect(rightAxis?.max).toBe(1);
    const scatter = plotsOf(charts.find((t) => t.xml.includes("<c:scatterChart>"))!.xml)[0];
    expect(scatter.axes.find((a) => a.position === "b")?.labels).toBe("low");
  });

  test("the PivotTable's own captions are the run's words, in its definition and in the cells it was saved with", async () => {
    ready(c);
    const [pivot] = await pivotsOf(fs.readFileSync(c.out));
    const [rowHeader, grandTotal] = c.captions;
    expect(pivot.table).toContain(`grandTotalCaption="${grandTotal}" rowHeaderCaption="${rowHeader}"`);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.readFile(c.out);
    const ws = xl.getWorksheet(pivot.sheet)!;
    const { r0, r1, c0 } = pivot.location;
    expect([ws.getCell(r0 + 1, c0 + 1).value, ws.getCell(r1 + 1, c0 + 1).value]).toEqual([rowHeader, grandTotal]);
  });
});
