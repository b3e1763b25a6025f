// "Make a client list from order lines": reads the order lines of a sheet, aggregates them per client
// (src/core/orderLines.ts) and writes the list to a new sheet, named in the workbook's language and
// activated, ready to rate. Nothing on the order lines' sheet is changed.
import { RaterError } from "../core/errors";
import type { Language } from "../core/labels";
import { type OrderColumnMatches, type OrderColumns, recogniseOrderColumns } from "../core/orderColumns";
import { aggregateOrderLines, type ClientFacts, type UnreadableValues } from "../core/orderLines";
import type { Locale } from "../core/types";
import { BlockWriter, type OutCell } from "./blockWriter";
import { readClientSheet } from "./readClientSheet";
import { serialized } from "./serial";
import { clientListWords, type ClientListWords } from "./sheetWords/clientList";

export interface OrderLinesPreview {
  sheetName: string;
  headers: string[];
  matches: OrderColumnMatches;
  lines: number;
}

export interface ClientListRequest {
  /** The order lines' sheet; default the active one. */
  sheetName?: string;
  /** Indices into the sheet's headers, as OrderLinesPreview.headers lists them. */
  columns: OrderColumns;
  /** How numbers and dates written as text are read. */
  locale: Locale;
  /** Of the new sheet's name and headers. */
  language: Language;
}

export interface ClientListOutcome {
  /** The new sheet. */
  sheetName: string;
  fromSheet: string;
  clients: number;
  orderLines: number;
  linesWithoutClient: number;
  unreadable: (UnreadableValues & { header: string })[];
  totals: { revenue: number; profit: number };
}

/** The active sheet's headers and the columns recognised in them, for the user to check. No writes. */
export async function readOrderLines(context: Excel.RequestContext, sheetName?: string): Promise<OrderLinesPreview> {
  const read = await readClientSheet(context, { sheetName: sheetName ?? (await activeSheetName(context)) });
  return { sheetName: read.sheetName, headers: read.table.headers, matches: recogniseOrderColumns(read.table.headers), lines: read.table.rows.length };
}

/** Queued behind any rating or removal of the same page (src/excel/serial.ts), so their writes never mix. */
export function writeClientList(context: Excel.RequestContext, request: ClientListRequest): Promise<ClientListOutcome> {
  return serialized(() => writeOnce(context, request));
}

async function writeOnce(context: Excel.RequestContext, request: ClientListRequest): Promise<ClientListOutcome> {
  const read = await readClientSheet(context, { sheetName: request.sheetName ?? (await activeSheetName(context)) });
  const headers = read.table.headers;
  const outOfRange = Object.values(request.columns).find((c) => c !== undefined && (c < 0 || c >= headers.length));
  if (outOfRange !== undefined) throw new RaterError("missing-columns", `Column ${outOfRange + 1} is not among the ${headers.length} columns of "${read.sheetName}".`);
  const summary = aggregateOrderLines(read.table, request.columns, request.locale);
  if (summary.clients.length === 0) {
    throw new RaterError("no-rows", `No order line of "${read.sheetName}" names a client in the column "${headers[request.columns.client]}".`);
  }
  const words = clientListWords(request.language);
  const layout = columnsToWrite(request.columns, headers, words);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(words.sheetName, sheets.items.map((s) => s.name));
  context.workbook.worksheets.add(name);
  await context.sync();
  // By name, not add()'s proxy: Office.js refuses an object a method made once a sync has passed.
  const sheet = context.workbook.worksheets.getItem(name);
  try {
    const values: OutCell[][] = [layout.map((c) => c.header), ...summary.clients.map((client) => layout.map((c) => c.value(client)))];
    const formats = values.map((_, r) => layout.map((c) => (r === 0 ? "General" : c.format)));
    const writer = new BlockWriter(context);
    await writer.write(name, 0, 0, values, formats);
    sheet.getRangeByIndexes(0, 0, 1, layout.length).format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
    sheet.getRangeByIndexes(0, 0, values.length, layout.length).format.autofitColumns();
    sheet.activate();
    await writer.flush();
  } catch (error) {
    // A half-written list is no use: take the new sheet away again, the workbook is as before.
    sheet.delete();
    await context.sync().catch(() => undefined);
    throw error;
  }
  return {
    sheetName: name,
    fromSheet: read.sheetName,
    clients: summary.clients.length,
    orderLines: summary.orderLines,
    linesWithoutClient: summary.linesWithoutClient,
    unreadable: summary.unreadable.map((u) => ({ ...u, header: headers[request.columns[u.role] ?? -1] ?? "" })),
    totals: summary.totals,
  };
}

interface OutColumn {
  header: string;
  format: string;
  value: (client: ClientFacts) => OutCell;
}

const DATE_FORMAT = "yyyy-mm-dd";
const SERIAL_OF_1970 = 25_569; // days from Excel's day 0 to 1970-01-01 (1900 system, its phantom leap day counted)

/** The client's own ID header is kept ("Customer ID", "Klantnummer"), so the rating history follows it. */
function columnsToWrite(columns: OrderColumns, headers: string[], words: ClientListWords): OutColumn[] {
  const text = (value: string): OutCell => value;
  const number = (value: number | null): OutCell => value ?? "";
  const date = (days: number | null): OutCell => (days === null ? "" : days + SERIAL_OF_1970);
  const out: (OutColumn | false)[] = [
    { header: headers[columns.client] || words.name, format: "@", value: (c) => text(c.id) },
    columns.clientName !== undefined && { header: words.name, format: "General", value: (c) => text(c.name) },
    columns.segment !== undefined && { header: words.segment, format: "General", value: (c) => text(c.segment) },
    columns.region !== undefined && { header: words.region, format: "General", value: (c) => text(c.region) },
    columns.revenue !== undefined && { header: words.revenue, format: "#,##0.00", value: (c) => c.revenue },
    columns.profit !== undefined && { header: words.profit, format: "#,##0.00", value: (c) => c.profit },
    { header: words.orders, format: "0", value: (c) => c.orders },
    columns.orderDate !== undefined && { header: words.firstOrder, format: DATE_FORMAT, value: (c) => date(c.firstOrder) },
    columns.orderDate !== undefined && { header: words.lastOrder, format: DATE_FORMAT, value: (c) => date(c.lastOrder) },
    columns.discount !== undefined && { header: words.averageDiscount, format: "0.0%", value: (c) => number(c.averageDiscount) },
    columns.orderDate !== undefined && { header: words.ordersPerYear, format: "0.0", value: (c) => number(c.ordersPerYear) },
  ];
  return out.filter((c): c is OutColumn => c !== false);
}

/** "Clients", else "Clients (2)", "Clients (3)"...: Excel compares sheet names ignoring case. */
function uniqueSheetName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();
  return active.name;
}
