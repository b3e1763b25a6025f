import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cliMain } from "../../src/cli/main";
import { readCsv, SimWorkbook } from "../../src/simulator";
import { SAMPLE } from "./runCli";

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cliMain(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), debug: false });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const SERIAL_OF_1970 = 25_569;
/** A serial as a Dutch export writes it: 15-01-2023. */
const dutchDate = (serial: number) => new Date((serial - SERIAL_OF_1970) * 86_400_000).toISOString().slice(0, 10).split("-").reverse().join("-");

/** The sample's client sheet as a Dutch system exports it: semicolons, decimal commas, day-first dates. */
async function sampleAsDutchCsv(): Promise<{ csv: string; headers: string[]; rows: number }> {
  const wb = await SimWorkbook.fromXlsx(fs.readFileSync(SAMPLE));
  const sheet = wb.sheet("Clients");
  const lines: string[] = [];
  for (let r = 0; sheet.get(r, 0); r++) {
    const fields: string[] = [];
    for (let c = 0; c < 15; c++) {
      const cell = sheet.get(r, c);
      const v = cell?.value ?? "";
      if (typeof v === "number" && cell?.numberFormat === "yyyy-mm-dd") fields.push(dutchDate(v));
      else if (typeof v === "number") fields.push(String(v).replace(".", ","));
      else fields.push(String(v).includes(";") ? `"${v}"` : String(v));
    }
    lines.push(fields.join(";"));
  }
  return { csv: `\ufeff${lines.join("\r\n")}\r\n`, headers: lines[0].split(";"), rows: lines.length - 1 };
}

/** Column values by header from a rated sheet. */
function columnOf(wb: SimWorkbook, sheetName: string, header: string): unknown[] {
  const sheet = wb.sheet(sheetName);
  let col = -1;
  for (let c = 0; c < 40; c++) if (sheet.get(0, c)?.value === header) col = c;
  expect(col).toBeGreaterThanOrEqual(0);
  const values: unknown[] = [];
  for (let r = 1; sheet.get(r, 0); r++) values.push(sheet.get(r, col)?.value ?? null);
  return values;
}

describe("client-rater with CSV files", () => {
  let dir: string;
  let csvPath: string;
  let fromSheet: SimWorkbook;
  let csv: Awaited<ReturnType<typeof sampleAsDutchCsv>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-csv-"));
    csv = await sampleAsDutchCsv();
    csvPath = path.join(dir, "klanten.csv");
    fs.writeFileSync(csvPath, csv.csv);
    const sheetOut = path.join(dir, "sheet.rated.xlsx");
    expect((await cli(["rate", SAMPLE, "--as-of", "2023-01-15", "--out", sheetOut, "--json"])).code).toBe(0);
    fromSheet = await SimWorkbook.fromXlsx(fs.readFileSync(sheetOut));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("rates a CSV with semicolons and decimal commas as it rates the same sheet, into an .xlsx", async () => {
    const out = path.join(dir, "klanten.rated.xlsx");
    const run = await cli(["rate", csvPath, "--as-of", "2023-01-15", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ clients: 804, sheet: "klanten", out, warnings: [] });
    const rated = await SimWorkbook.fromXlsx(fs.readFileSync(out));
    for (const header of ["Score", "Grade", "Reasons", "Flags", "Next step", "Value share"]) {
      expect(columnOf(rated, "klanten", header)).toEqual(columnOf(fromSheet, "Clients", header));
    }
    expect(rated.sheetNames()).toEqual(expect.arrayContaining(["klanten", "Pareto", "Focus"]));
  }, 120_000);

  it("writes a rated CSV: the input's fields as they were, then the owned columns, in the input's conventions", async () => {
    const out = path.join(dir, "klanten.rated.csv");
    const run = await cli(["rate", csvPath, "--as-of", "2023-01-15", "--out", out]);
    expect(run.code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const written = new TextDecoder().decode(bytes).split("\r\n");
    const input = csv.csv.replace(/^\ufeff/, "").split("\r\n");
    expect(written.length).toBe(input.length);
    written.slice(0, -1).forEach((line, i) => expect(line.startsWith(`${input[i]};`)).toBe(true));
    const table = readCsv(new Uint8Array(bytes), "klanten.rated.csv");
    expect(table.format).toMatchObject({ delimiter: ";", decimal: "," });
    const header = table.text[0];
    const column = (name: string) => table.values.slice(1).map((row) => row[header.indexOf(name)]);
    expect(column("Score")).toEqual(columnOf(fromSheet, "Clients", "Score"));
    expect(column("Grade")).toEqual(columnOf(fromSheet, "Clients", "Grade"));
    // Reasons start with "+27 ..." or "-9 ...": a spreadsheet would run them as formulas, so they carry an apostrophe.
    const reasons = table.text.slice(1).map((row) => row[header.indexOf("Reasons")]);
    expect(reasons.every((r) => !/^[=+\-@]/.test(r))).toBe(true);
    expect(reasons.map((r) => r.replace(/^'/, ""))).toEqual(columnOf(fromSheet, "Clients", "Reasons"));
    expect(table.text[1][header.indexOf("Score")]).toMatch(/^\d+(,\d)?$/);

    // Rating the rated CSV again replaces its rating columns: the same file.
    const again = path.join(dir, "again.csv");
    const rerun = await cli(["rate", out, "--as-of", "2023-01-15", "--out", again, "--json"]);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).warnings[0]).toMatch(/columns of an earlier rating \(Score, Grade,/);
    expect(fs.readFileSync(again).equals(bytes)).toBe(true);
  }, 120_000);

  it("defuses a formula typed into an input field and refuses CSV output for an .xlsx input", async () => {
    const input = path.join(dir, "evil.csv");
    fs.writeFileSync(input, "Client,Revenue,Profit\n=HYPERLINK(\"http://x\"),100,-5\nB,200,7\n");
    const out = path.join(dir, "evil.rated.csv");
    expect((await cli(["rate", input, "--out", out, "--as-of", "2023-01-15"])).code).toBe(0);
    const lines = fs.readFileSync(out, "utf8").split(/\r?\n/);
    expect(lines[1].startsWith(`"'=HYPERLINK(""http://x"")",100,-5,`)).toBe(true);
    const refused = await cli(["rate", SAMPLE, "--out", path.join(dir, "x.csv")]);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/CSV file, which is written for a CSV input only/) });
  }, 120_000);

  it("prints the default profile of a CSV, as of an .xlsx", async () => {
    const run = await cli(["profile", csvPath]);
    expect(run.code).toBe(0);
    const columns = JSON.parse(run.stdout).profiles[0].criteria.map((c: { column: string }) => c.column);
    expect(columns).toEqual(expect.arrayContaining(["Revenue", "Profit", "Credit rating"]));
  }, 120_000);

  it("says which columns read as dates either way round", async () => {
    const input = path.join(dir, "dates.csv");
    fs.writeFileSync(input, "Client;Revenue;Last contact\nA;1,5;03/01/2023\nB;2;04/02/2023\n");
    const run = await cli(["rate", input, "--as-of", "2023-06-01", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings[0]).toMatch(/dates\.csv: the dates in "Last contact" read either way round .*day\/month/);
  }, 120_000);
});

describe("client-rater clients", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-clients-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const orders = path.join(__dirname, "..", "data", "superstore-orders.csv");

  it("makes 804 clients of the Superstore order lines, a sheet that rates straight away", async () => {
    const out = path.join(dir, "clients.xlsx");
    const run = await cli(["clients", orders, "--by", "Customer ID", "--out", out, "--json"]);
    expect(run.stderr).toBe("");
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ sheet: "Clients", fromSheet: "superstore-orders", clients: 804, orderLines: 10194, warnings: [] });
    expect(summary.columns).toMatchObject({ client: "Customer ID", revenue: "Sales", profit: "Profit", orderDate: "Order Date" });
    const rated = await cli(["rate", out, "--as-of", "2023-01-15", "--json"]);
    expect(JSON.parse(rated.stdout)).toMatchObject({ clients: 804, sheet: "Clients", profile: "default" });
  }, 120_000);

  it("writes the list as CSV in German, and names a --by that is not there", async () => {
    const out = path.join(dir, "kunden.csv");
    const run = await cli(["clients", orders, "--by", "customer id", "--locale", "de", "--column", "region=Country/Region", "--out", out]);
    expect(run.code).toBe(0);
    const table = readCsv(new Uint8Array(fs.readFileSync(out)), "kunden.csv");
    expect(table.text[0]).toEqual(["Customer ID", "Kundenname", "Segment", "Region", "Umsatz", "Gewinn", "Bestellungen", "Erste Bestellung", "Letzte Bestellung", "Durchschnittlicher Rabatt", "Bestellungen pro Jahr"]);
    expect(table.values).toHaveLength(805);
    expect(table.values[1][3]).toBe("United States");
    const missing = await cli(["clients", orders, "--by", "Kundennummer"]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/--by: no column "Kundennummer" in the order lines \(they have: "Row ID", "Order ID"/) });
  }, 120_000);

  it("asks for --by when no column names the client for sure", async () => {
    const input = path.join(dir, "lines.csv");
    fs.writeFileSync(input, "Kunde;Betrag;Datum\nMüller;1,5;31.12.2023\nSchmidt;2;01.01.2024\n");
    const run = await cli(["clients", input]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/no column reads as the client's ID for sure \(only "Kunde", a name\): choose it with --by/) });
    const chosen = await cli(["clients", input, "--by", "Kunde", "--json", "--out", path.join(dir, "lines.clients.csv")]);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ clients: 2, totals: { revenue: 3.5 } });
  }, 120_000);
});
