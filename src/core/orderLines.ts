// Order lines to one row per client: revenue, profit, distinct orders, first and last order date,
// average discount and orders per year. Pure: cells in, client facts out.
import type { OrderColumns } from "./orderColumns";
import type { CellValue, ClientTable, Locale } from "./types";
import { readDate, readNumber, readText } from "./values";

export interface ClientFacts {
  /** The client column's text (numbers as JavaScript writes them). */
  id: string;
  /** Most frequent name, segment and region over the client's lines (ties: the first seen); "" when not mapped. */
  name: string;
  segment: string;
  region: string;
  revenue: number;
  profit: number;
  /** Distinct order ids; without an order column, the number of lines. */
  orders: number;
  lines: number;
  /** Days since 1970-01-01 UTC; null without a date column or a readable date. */
  firstOrder: number | null;
  lastOrder: number | null;
  /** Mean over the lines with a readable discount, to 4 decimals (a share: 0.2118 is 21.18%); null when none has one. */
  averageDiscount: number | null;
  /** Orders per year over the period the whole data covers (first to last order date of all lines). */
  ordersPerYear: number | null;
}

/** Values that could not be read, per column: how many and the first one (row is 0-based in `rows`). */
export interface UnreadableValues {
  role: "orderDate" | "revenue" | "profit" | "discount";
  count: number;
  row: number;
  text: string;
}

export interface OrderLineSummary {
  /** In the order the clients first appear. */
  clients: ClientFacts[];
  orderLines: number;
  /** Lines without a client (blank client cell), left out. */
  linesWithoutClient: number;
  unreadable: UnreadableValues[];
  /** Sums of the lines that were counted, as the clients' totals. */
  totals: { revenue: number; profit: number };
  /** Days from the first to the last order date of all lines, both counted; null without dates. */
  periodDays: number | null;
}

const DAYS_PER_YEAR = 365.25;
const MAX_DECIMALS = 10;

interface Accumulator {
  facts: ClientFacts;
  names: Map<string, number>;
  segments: Map<string, number>;
  regions: Map<string, number>;
  orderIds: Set<string>;
  discountSum: number;
  discountLines: number;
}

export function aggregateOrderLines(table: ClientTable, columns: OrderColumns, locale: Locale): OrderLineSummary {
  const byClient = new Map<string, Accumulator>();
  const unreadable = new Map<UnreadableValues["role"], UnreadableValues>();
  const decimals = { revenue: 0, profit: 0 };
  let linesWithoutClient = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  const formatOf = (row: number, column: number | undefined) => (column === undefined ? undefined : table.numberFormats?.[row]?.[column]);
  const cellOf = (line: CellValue[], column: number | undefined): CellValue => (column === undefined ? null : line[column]);
  const unreadableAt = (role: UnreadableValues["role"], row: number, text: string) => {
    const seen = unreadable.get(role);
    if (seen) seen.count++;
    else unreadable.set(role, { role, count: 1, row, text });
  };
  const numberOf = (role: "revenue" | "profit" | "discount", line: CellValue[], row: number): number | null => {
    const read = readNumber(cellOf(line, columns[role]), locale, formatOf(row, columns[role]));
    if (read.ok) return read.value;
    if (read.reason !== "blank") unreadableAt(role, row, read.detail);
    return null;
  };

  table.rows.forEach((line, row) => {
    const key = readText(line[columns.client]);
    if (!key.ok) {
      linesWithoutClient++;
      return;
    }
    let acc = byClient.get(key.value);
    if (!acc) {
      acc = {
        facts: {
          id: key.value, name: "", segment: "", region: "", revenue: 0, profit: 0, orders: 0, lines: 0,
          firstOrder: null, lastOrder: null, averageDiscount: null, ordersPerYear: null,
        },
        names: new Map(), segments: new Map(), regions: new Map(), orderIds: new Set(), discountSum: 0, discountLines: 0,
      };
      byClient.set(key.value, acc);
    }
    const facts = acc.facts;
    facts.lines++;
    count(acc.names, cellOf(line, columns.clientName));
    count(acc.segments, cellOf(line, columns.segment));
    count(acc.regions, cellOf(line, columns.region));
    const orderId = readText(cellOf(line, columns.order));
    if (orderId.ok) acc.orderIds.add(orderId.value);
    const revenue = numberOf("revenue", line, row);
    if (revenue !== null) {
      facts.revenue += revenue;
      decimals.revenue = Math.max(decimals.revenue, decimalsOf(revenue));
    }
    const profit = numberOf("profit", line, row);
    if (profit !== null) {
      facts.profit += profit;
      decimals.profit = Math.max(decimals.profit, decimalsOf(profit));
    }
    const discount = numberOf("discount", line, row);
    if (discount !== null) {
      acc.discountSum += discount;
      acc.discountLines++;
    }
    if (columns.orderDate !== undefined) {
      const date = readDate(line[columns.orderDate], formatOf(row, columns.orderDate), locale);
      if (date.ok) {
        if (facts.firstOrder === null || date.value < facts.firstOrder) facts.firstOrder = date.value;
        if (facts.lastOrder === null || date.value > facts.lastOrder) facts.lastOrder = date.value;
        earliest = Math.min(earliest, date.value);
        latest = Math.max(latest, date.value);
      } else if (date.reason !== "blank") unreadableAt("orderDate", row, date.detail);
    }
  });

  const periodDays = latest >= earliest ? latest - earliest + 1 : null;
  const clients = [...byClient.values()].map((acc) => {
    const f = acc.facts;
    f.name = mostFrequent(acc.names);
    f.segment = mostFrequent(acc.segments);
    f.region = mostFrequent(acc.regions);
    // Sums of decimals pick up binary noise (0.1 + 0.2); the lines never had more decimals than this.
    f.revenue = roundTo(f.revenue, decimals.revenue);
    f.profit = roundTo(f.profit, decimals.profit);
    f.orders = columns.order === undefined ? f.lines : acc.orderIds.size;
    f.averageDiscount = acc.discountLines > 0 ? Math.round((acc.discountSum / acc.discountLines) * 10_000) / 10_000 : null;
    f.ordersPerYear = periodDays === null || f.firstOrder === null ? null : Math.round((f.orders / (periodDays / DAYS_PER_YEAR)) * 100) / 100;
    return f;
  });
  return {
    clients,
    orderLines: table.rows.length,
    linesWithoutClient,
    unreadable: [...unreadable.values()],
    totals: {
      revenue: roundTo(clients.reduce((s, c) => s + c.revenue, 0), decimals.revenue),
      profit: roundTo(clients.reduce((s, c) => s + c.profit, 0), decimals.profit),
    },
    periodDays,
  };
}

function count(counts: Map<string, number>, cell: CellValue): void {
  const text = readText(cell);
  if (text.ok) counts.set(text.value, (counts.get(text.value) ?? 0) + 1);
}

/** The most frequent text; ties go to the one seen first (a Map keeps insertion order). */
function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [text, n] of counts) if (n > bestCount) [best, bestCount] = [text, n];
  return best;
}

/** Decimals in the shortest form JavaScript writes the number in ("16.448" -> 3), at most MAX_DECIMALS. */
function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return MAX_DECIMALS;
  const point = text.indexOf(".");
  return point < 0 ? 0 : Math.min(MAX_DECIMALS, text.length - point - 1);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
