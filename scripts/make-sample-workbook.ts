/**
 * Builds assets/sample-clients.xlsx from the real Superstore order lines in test/data (see its README).
 *
 * The 10,194 order lines are aggregated to 804 clients (revenue, profit, average discount, orders,
 * first and last order, segment, most frequent region). The columns a sales team keeps by hand
 * (Employees, Credit rating, Service hours, Days late, Last contact) are NOT in the data: they are
 * derived deterministically from the aggregated figures plus a seeded hash of the Customer ID, so
 * every run gives the same workbook. The sheet "About this data" says so in the workbook itself.
 *
 * Run: npx tsx scripts/make-sample-workbook.ts [out.xlsx]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

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

export interface ClientRecord {
  id: string;
  name: string;
  segment: string;
  region: string;
  revenue: number;
  profit: number;
  averageDiscount: number;
  orders: number;
  firstOrder: Date;
  lastOrder: Date;
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

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes; CRLF or LF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else if (c === '"') inQuotes = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (inQuotes) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "03/01/19" (dd/mm/yy, all years 20yy in this data) to a UTC midnight Date. */
export function parseDayMonthYear(text: string): Date {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`Not a dd/mm/yy date: "${text}"`);
  const [day, month, year] = [Number(m[1]), Number(m[2]), 2000 + Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) throw new Error(`No such date: "${text}"`);
  return date;
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

interface Accumulator {
  id: string;
  name: string;
  segment: string;
  regionCounts: Map<string, number>;
  revenue: number;
  profit: number;
  discountSum: number;
  lines: number;
  orderIds: Set<string>;
  firstOrder: Date;
  lastOrder: Date;
}

type Facts = Omit<ClientRecord, "employees" | "creditRating" | "serviceHours" | "daysLate" | "lastContact">;

export function aggregateOrderLines(rows: string[][]): { facts: Facts[]; orderLines: number } {
  const [header, ...lines] = rows;
  const col = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`CSV has no column "${name}"`);
    return index;
  };
  const c = {
    order: col("Order ID"), date: col("Order Date"), id: col("Customer ID"), name: col("Customer Name"),
    segment: col("Segment"), region: col("Region"), sales: col("Sales"), discount: col("Discount"), profit: col("Profit"),
  };
  const byId = new Map<string, Accumulator>();
  for (const line of lines) {
    if (line.length !== header.length) throw new Error(`CSV row has ${line.length} fields, expected ${header.length}`);
    const orderDate = parseDayMonthYear(line[c.date]);
    let acc = byId.get(line[c.id]);
    if (!acc) {
      acc = {
        id: line[c.id], name: line[c.name], segment: line[c.segment], regionCounts: new Map(), revenue: 0, profit: 0,
        discountSum: 0, lines: 0, orderIds: new Set(), firstOrder: orderDate, lastOrder: orderDate,
      };
      byId.set(acc.id, acc);
    }
    acc.regionCounts.set(line[c.region], (acc.regionCounts.get(line[c.region]) ?? 0) + 1);
    acc.revenue += toNumber(line[c.sales]);
    acc.profit += toNumber(line[c.profit]);
    acc.discountSum += toNumber(line[c.discount]);
    acc.lines++;
    acc.orderIds.add(line[c.order]);
    if (orderDate < acc.firstOrder) acc.firstOrder = orderDate;
    if (orderDate > acc.lastOrder) acc.lastOrder = orderDate;
  }
  const facts = [...byId.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => ({
      id: a.id, name: a.name, segment: a.segment, region: mostFrequent(a.regionCounts),
      revenue: round4(a.revenue), profit: round4(a.profit), averageDiscount: round4(a.discountSum / a.lines),
      orders: a.orderIds.size, firstOrder: a.firstOrder, lastOrder: a.lastOrder,
    }));
  return { facts, orderLines: lines.length };
}

/** Most frequent key; ties go to the key seen first in the CSV (Map keeps insertion order). */
function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

/** The hand-kept columns: plausible, correlated with the real figures, varied by the seeded hash. */
export function deriveSalesTeamColumns(facts: Facts[]): ClientRecord[] {
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
  const { facts, orderLines } = aggregateOrderLines(parseCsv(fs.readFileSync(csvPath, "utf8")));
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

function toNumber(text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) throw new Error(`Not a number in the CSV: "${text}"`);
  return n;
}
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
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
