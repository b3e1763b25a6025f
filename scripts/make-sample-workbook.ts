/**
 * Builds assets/sample-clients.xlsx from the real Superstore order lines in test/data (see its README).
 *
 * The 10,194 order lines are aggregated to 804 clients (revenue, profit, average discount, orders,
 * first and last order, segment, most frequent region). The columns a sales team keeps by hand
 * (Employees, Credit rating, Service hours, Days late, Last contact) are NOT in the data: they are
 * derived deterministically from the aggregated figures plus a seeded hash of the Customer ID, so
 * every run gives the same workbook. The sheet "About this data" says so in the workbook itself.
 *
 * The CSV is read and aggregated by the add-in's own code (src/simulator/csv, src/core/orderLines.ts), as
 * `client-rater clients` does.
 *
 * Run: npx tsx scripts/make-sample-workbook.ts [out.xlsx]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { aggregateOrderLines, type ClientFacts, ORDER_LINE_ROLES, orderColumnsOf, recogniseOrderColumns } from "../src/core";
import { readCsv } from "../src/simulator";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const DEFAULT_CSV = path.join(REPO_ROOT, "test", "data", "superstore-orders.csv");
export const DEFAULT_OUT = path.join(REPO_ROOT, "assets", "sample-clients.xlsx");

/** Known facts of the data set; the script refuses to write a workbook that disagrees. */
export const EXPECTED = { orderLines: 10194, clients: 804, lossMakers: 159 } as const;

/** "Last contact" and the other hand-kept columns are relative to this fixed date. */
export const REFERENCE_DATE = new Date(Date.UTC(2023, 0, 15));
const FIXED_FILE_DATE = new Date(Date.UTC(2023, 0, 15, 12, 0, 0));
const DAY_MS = 86_400_000;
const CREDIT_RATINGS = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC"] as const;

/** A client's facts from the order lines as the add-in aggregates them, with dates and a discount always present. */
export type SampleFacts = Pick<ClientFacts, "id" | "name" | "segment" | "region" | "revenue" | "profit" | "orders"> & {
  averageDiscount: number;
  firstOrder: Date;
  lastOrder: Date;
};

/** One row of the sample sheet: the facts plus the columns a sales team keeps by hand. */
export interface ClientRecord extends SampleFacts {
  employees: number;
  creditRating: string;
  serviceHours: number;
  daysLate: number;
  lastContact: Date;
}

export interface SampleSummary {
  orderLines: number;
  clients: number;
  lossMakers: number;
  totalRevenue: number;
  totalProfit: number;
  outPath: string;
}

/** FNV-1a over "<customer id>:<purpose>", mixed and mapped to [0, 1): the same id always gives the same draw. */
export function seededUnit(customerId: string, purpose: string): number {
  let h = 0x811c9dc5;
  const key = `${customerId}:${purpose}`;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 2 ** 32;
}

/** The order lines read as the command line reads a CSV, aggregated per Customer ID by the add-in's own code. */
export function clientFactsFromCsv(csv: Uint8Array, fileName: string): { facts: SampleFacts[]; orderLines: number } {
  const table = readCsv(csv, fileName);
  const [header, ...rows] = table.values;
  const headers = header.map((h) => String(h ?? ""));
  const matches = recogniseOrderColumns(headers);
  const columns = orderColumnsOf(matches);
  const unsure = ORDER_LINE_ROLES.filter((role) => !matches[role].sure);
  if (!columns || unsure.length > 0) throw new Error(`${fileName}: columns not recognised for sure: ${unsure.join(", ")}`);
  const summary = aggregateOrderLines({ headers, rows }, columns, "en");
  if (summary.unreadable.length > 0 || summary.linesWithoutClient > 0) {
    throw new Error(`${fileName}: unreadable values ${JSON.stringify(summary.unreadable)}, ${summary.linesWithoutClient} lines without a client`);
  }
  const facts = summary.clients
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => ({
      id: c.id, name: c.name, segment: c.segment, region: c.region, revenue: c.revenue, profit: c.profit,
      averageDiscount: round4(c.averageDiscount ?? 0), orders: c.orders, firstOrder: dateOf(c.firstOrder), lastOrder: dateOf(c.lastOrder),
    }));
  return { facts, orderLines: summary.orderLines };
}

function dateOf(days: number | null): Date {
  if (days === null) throw new Error("an order line has no readable Order Date");
  return new Date(days * DAY_MS);
}

/** The hand-kept columns: plausible, correlated with the real figures, varied by the seeded hash. */
export function deriveSalesTeamColumns(facts: SampleFacts[]): ClientRecord[] {
  const profitRank = rankFractions(facts.map((f) => f.profit)); // 0 = most profitable, 1 = least
  const revenueRank = rankFractions(facts.map((f) => f.revenue));
  return facts.map((f, i) => {
    const u = (purpose: string) => seededUnit(f.id, purpose);
    const [low, high] = f.segment === "Corporate" ? [20, 5000] : f.segment === "Home Office" ? [2, 250] : [1, 60];
    const sizeDraw = 0.6 * (1 - revenueRank[i]) + 0.4 * u("employees");
    const employees = Math.round(Math.exp(Math.log(low) + sizeDraw * (Math.log(high) - Math.log(low))));
    const creditDraw = 0.75 * profitRank[i] + 0.25 * u("credit");
    const creditRating = CREDIT_RATINGS[Math.min(CREDIT_RATINGS.length - 1, Math.floor(creditDraw * CREDIT_RATINGS.length))];
    const serviceHours = round1(f.orders * (1.5 + 8 * f.averageDiscount) * (0.6 + 0.8 * u("service")));
    const lateBase = Math.pow(u("late"), 2) * 40 + (f.profit < 0 ? 20 * u("late-loss") : 0);
    const daysLate = Math.round(lateBase);
    const sinceLastOrder = Math.round((REFERENCE_DATE.getTime() - f.lastOrder.getTime()) / DAY_MS);
    const lastContact = new Date(f.lastOrder.getTime() + Math.round(u("contact") * sinceLastOrder) * DAY_MS);
    return { ...f, employees, creditRating, serviceHours, daysLate, lastContact };
  });
}

/** Rank of each value as a fraction in [0, 1): 0 for the largest value; ties by position. */
function rankFractions(values: number[]): number[] {
  const order = values.map((v, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  const ranks = new Array<number>(values.length);
  order.forEach((index, rank) => (ranks[index] = rank / values.length));
  return ranks;
}

const COLUMNS: { header: string; width: number; numFmt?: string; value: (c: ClientRecord) => ExcelJS.CellValue }[] = [
  { header: "Customer ID", width: 12, value: (c) => c.id },
  { header: "Customer name", width: 26, value: (c) => c.name },
  { header: "Segment", width: 13, value: (c) => c.segment },
  { header: "Region", width: 10, value: (c) => c.region },
  { header: "Revenue", width: 13, numFmt: "#,##0.00", value: (c) => c.revenue },
  { header: "Profit", width: 12, numFmt: "#,##0.00", value: (c) => c.profit },
  { header: "Average discount", width: 17, numFmt: "0%", value: (c) => c.averageDiscount },
  { header: "Orders", width: 8, value: (c) => c.orders },
  { header: "First order", width: 12, numFmt: "yyyy-mm-dd", value: (c) => c.firstOrder },
  { header: "Last order", width: 12, numFmt: "yyyy-mm-dd", value: (c) => c.lastOrder },
  { header: "Employees", width: 11, value: (c) => c.employees },
  { header: "Credit rating", width: 13, value: (c) => c.creditRating },
  { header: "Service hours", width: 14, numFmt: "0.0", value: (c) => c.serviceHours },
  { header: "Days late", width: 10, value: (c) => c.daysLate },
  { header: "Last contact", width: 12, numFmt: "yyyy-mm-dd", value: (c) => c.lastContact },
];

const ABOUT_LINES = [
  "About this data",
  "",
  "Source: the \"Sample - Superstore\" retail data set that Tableau ships (10,194 order lines, 2019-2022), file superstore-orders.csv.",
  "Real, aggregated per Customer ID: Customer name, Segment, Region (the most frequent one), Revenue (sum of Sales),",
  "Profit (sum of Profit; 159 clients lose money), Average discount (mean over order lines), Orders (distinct Order IDs), First order, Last order.",
  "NOT real, derived deterministically by scripts/make-sample-workbook.ts from the figures above and a seeded hash of the Customer ID:",
  "Employees (by segment and revenue), Credit rating (AAA..CCC, better with higher profit), Service hours (more with more orders and discount),",
  "Days late (more often late for loss makers) and Last contact (between the last order and the reference date 2023-01-15).",
  "Regenerate with: npx tsx scripts/make-sample-workbook.ts",
];

export async function buildWorkbook(clients: ClientRecord[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Client Rater sample generator";
  workbook.created = FIXED_FILE_DATE;
  workbook.modified = FIXED_FILE_DATE;
  const sheet = workbook.addWorksheet("Clients", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const client of clients) sheet.addRow(COLUMNS.map((c) => c.value(client)));
  const about = workbook.addWorksheet("About this data");
  about.getColumn(1).width = 140;
  ABOUT_LINES.forEach((line, i) => (about.getCell(i + 1, 1).value = line));
  about.getCell(1, 1).font = { bold: true, size: 14 };
  return workbook;
}

export async function makeSampleWorkbook(outPath = DEFAULT_OUT, csvPath = DEFAULT_CSV): Promise<SampleSummary> {
  const { facts, orderLines } = clientFactsFromCsv(new Uint8Array(fs.readFileSync(csvPath)), path.basename(csvPath));
  const clients = deriveSalesTeamColumns(facts);
  const lossMakers = clients.filter((c) => c.profit < 0).length;
  const found = { orderLines, clients: clients.length, lossMakers };
  for (const key of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
    if (found[key] !== EXPECTED[key]) throw new Error(`Expected ${EXPECTED[key]} ${key}, found ${found[key]}`);
  }
  const workbook = await buildWorkbook(clients);
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, await withFixedZipDates(await workbook.xlsx.writeBuffer()));
  return {
    ...found,
    totalRevenue: round4(clients.reduce((s, c) => s + c.revenue, 0)),
    totalProfit: round4(clients.reduce((s, c) => s + c.profit, 0)),
    outPath,
  };
}

/** exceljs stamps every zip entry with the current time; re-pack with a fixed one so reruns are byte-identical. */
async function withFixedZipDates(xlsx: ArrayBuffer | Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(xlsx);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async("uint8array"), { date: FIXED_FILE_DATE, createFolders: false });
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round4 = (n: number) => Math.round(n * 10000) / 10000;

if (require.main === module) {
  makeSampleWorkbook(process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_OUT).then(
    (s) => console.log(`Wrote ${s.outPath}: ${s.clients} clients from ${s.orderLines} order lines, ${s.lossMakers} lose money.`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
