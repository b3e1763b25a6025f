import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { DEFAULT_CSV, DEFAULT_OUT, makeSampleWorkbook } from "../../scripts/make-sample-workbook";

/** Totals straight from the CSV text, without the generator's parser: the last four fields
 * (Sales, Quantity, Discount, Profit) are never quoted, and neither is the Customer ID (6th). */
function csvTotals(): { lines: number; revenue: number; profit: number; customers: Set<string> } {
  const lines = fs.readFileSync(DEFAULT_CSV, "utf8").split(/\r?\n/).slice(1).filter((l) => l !== "");
  let revenue = 0;
  let profit = 0;
  const customers = new Set<string>();
  for (const line of lines) {
    const fields = line.split(",");
    customers.add(fields[5]);
    revenue += Number(fields[fields.length - 4]);
    profit += Number(fields[fields.length - 1]);
  }
  return { lines: lines.length, revenue, profit, customers };
}

describe("sample workbook generator", () => {
  let dir: string;
  let outPath: string;
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sample-wb-"));
    outPath = path.join(dir, "sample.xlsx");
    await makeSampleWorkbook(outPath);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outPath);
    sheet = workbook.getWorksheet("Clients")!;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const header = () => (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[];
  const columnValues = (name: string): ExcelJS.CellValue[] => {
    const index = header().indexOf(name) + 1;
    expect(index).toBeGreaterThan(0);
    const values: ExcelJS.CellValue[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) values.push(sheet.getCell(r, index).value);
    return values;
  };

  it("has one row per client under a header on row 1", () => {
    expect(header().slice(0, 3)).toEqual(["Customer ID", "Customer name", "Segment"]);
    const ids = columnValues("Customer ID");
    expect(ids).toHaveLength(804);
    expect(new Set(ids)).toEqual(csvTotals().customers);
  });

  it("has 159 clients that lose money", () => {
    expect(columnValues("Profit").filter((p) => (p as number) < 0)).toHaveLength(159);
  });

  it("keeps the CSV's revenue and profit totals", () => {
    const totals = csvTotals();
    expect(totals.lines).toBe(10194);
    const sum = (values: ExcelJS.CellValue[]) => values.reduce<number>((s, v) => s + (v as number), 0);
    expect(sum(columnValues("Revenue"))).toBeCloseTo(totals.revenue, 2);
    expect(sum(columnValues("Profit"))).toBeCloseTo(totals.profit, 2);
  });

  it("writes real dates with a date format and currency and percent formats", () => {
    const first = columnValues("First order");
    const last = columnValues("Last order");
    expect(first.every((d) => d instanceof Date)).toBe(true);
    first.forEach((d, i) => expect((d as Date).getTime()).toBeLessThanOrEqual((last[i] as Date).getTime()));
    expect(sheet.getCell(2, header().indexOf("Last contact") + 1).numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell(2, header().indexOf("Revenue") + 1).numFmt).toBe("#,##0.00");
    expect(sheet.getCell(2, header().indexOf("Average discount") + 1).numFmt).toBe("0%");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("says in the workbook which columns are derived", () => {
    const about = workbook.getWorksheet("About this data")!;
    const text: string[] = [];
    about.eachRow((row) => text.push(String(row.getCell(1).value)));
    expect(text.join(" ")).toMatch(/derived deterministically.*seeded hash of the Customer ID/);
  });

  it("is deterministic and matches the committed assets/sample-clients.xlsx", () => {
    const hash = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");
    expect(hash(outPath)).toBe(hash(DEFAULT_OUT));
  });
});
