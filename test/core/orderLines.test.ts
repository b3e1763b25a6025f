import * as fs from "node:fs";
import * as path from "node:path";
import { aggregateOrderLines, orderColumnsOf, recogniseOrderColumns } from "../../src/core";
import { readCsv } from "../../src/simulator";

const SUPERSTORE = path.join(__dirname, "..", "data", "superstore-orders.csv");

describe("recogniseOrderColumns", () => {
  it("finds the Superstore export's columns, each for sure", () => {
    const headers = fs.readFileSync(SUPERSTORE, "utf8").replace(/^\ufeff/, "").split(/\r?\n/)[0].split(",");
    const m = recogniseOrderColumns(headers);
    const named = Object.fromEntries(Object.entries(m).map(([role, match]) => [role, headers[match.column]]));
    expect(named).toEqual({
      client: "Customer ID", clientName: "Customer Name", order: "Order ID", orderDate: "Order Date",
      revenue: "Sales", profit: "Profit", discount: "Discount", segment: "Segment", region: "Region",
    });
    expect(Object.values(m).every((match) => match.sure)).toBe(true);
  });

  it.each([
    ["nl", ["Klantnummer", "Klantnaam", "Factuurnummer", "Factuurdatum", "Omzet", "Winst", "Korting (%)"]],
    ["de", ["Kundennummer", "Kundenname", "Rechnungsnummer", "Rechnungsdatum", "Umsatz", "Deckungsbeitrag", "Rabatt"]],
    ["hu", ["Ügyfélazonosító", "Ügyfél neve", "Számlaszám", "Számla dátuma", "Nettó árbevétel", "Árrés", "Kedvezmény"]],
  ])("reads %s headers", (_language, headers) => {
    const columns = orderColumnsOf(recogniseOrderColumns(headers));
    expect(columns).toEqual({ client: 0, clientName: 1, order: 2, orderDate: 3, revenue: 4, profit: 5, discount: 6 });
  });

  it("is unsure when two headers could hold a role, and when none does", () => {
    const m = recogniseOrderColumns(["Customer ID", "Amount", "Sales", "Date"]);
    expect(m.revenue).toEqual({ column: 1, sure: false, candidates: [1, 2] });
    expect(m.profit).toEqual({ column: -1, sure: false, candidates: [] });
    expect(m.orderDate.sure).toBe(true);
  });

  it("tells clients apart by name when there is no ID column, and says it is unsure", () => {
    const m = recogniseOrderColumns(["Kunde", "Betrag"]);
    expect(m.client).toMatchObject({ column: 0, sure: false });
    expect(m.clientName.column).toBe(-1);
    expect(orderColumnsOf(recogniseOrderColumns(["Betrag", "Datum"]))).toBeNull();
  });
});

describe("aggregateOrderLines", () => {
  const headers = ["Customer", "Order", "Date", "Sales", "Profit", "Discount", "Region"];
  // Dates are Excel serials: 44927 is 2023-01-01.
  const rows = [
    ["C1", "O1", 44927, 0.1, 0.2, 0.1, "North"],
    ["C2", "O2", 44928, 100, -30, null, "South"],
    ["C1", "O1", 44927, 0.2, 0.1, 0.3, "South"],
    ["C1", "O3", 45291, "1.234,5", "-2,5", "20%", "South"],
    [null, "O4", 44930, 999, 999, 0, "West"],
  ];
  const columns = { client: 0, order: 1, orderDate: 2, revenue: 3, profit: 4, discount: 5, region: 6 };

  it("sums per client, counts distinct orders and keeps first and last dates", () => {
    const s = aggregateOrderLines({ headers, rows }, columns, "de");
    expect(s.clients.map((c) => c.id)).toEqual(["C1", "C2"]);
    const [c1, c2] = s.clients;
    expect(c1).toMatchObject({ revenue: 1234.8, profit: -2.2, orders: 2, lines: 3, region: "South" });
    expect(c1.revenue).toBe(1234.8); // not 1234.8000000000002
    expect(c1.firstOrder).toBe(19358); // 2023-01-01 as days since 1970
    expect(c1.lastOrder).toBe(19358 + 364);
    expect(c1.averageDiscount).toBeCloseTo(0.2, 10);
    expect(c2.averageDiscount).toBeNull();
    expect(s.linesWithoutClient).toBe(1);
    expect(s.totals).toEqual({ revenue: 1334.8, profit: -32.2 });
  });

  it("gives orders per year over the period the data covers", () => {
    const s = aggregateOrderLines({ headers, rows }, columns, "de");
    expect(s.periodDays).toBe(365);
    expect(s.clients[0].ordersPerYear).toBeCloseTo(2 / (365 / 365.25), 2);
    expect(aggregateOrderLines({ headers, rows }, { client: 0, revenue: 3 }, "de").clients[0]).toMatchObject({ orders: 3, ordersPerYear: null, firstOrder: null });
  });

  it("counts unreadable values with the first one", () => {
    const s = aggregateOrderLines({ headers, rows: [["C1", "O1", "soon", "n/a", 1, 0, ""], ["C1", "O2", 44927, "tbd", 2, 0, ""]] }, columns, "en");
    expect(s.unreadable).toEqual([
      { role: "revenue", count: 2, row: 0, text: "n/a" },
      { role: "orderDate", count: 1, row: 0, text: "soon" },
    ]);
    expect(s.clients[0]).toMatchObject({ revenue: 0, profit: 3, orders: 2 });
  });

  it("turns the Superstore order lines into 804 clients whose totals are the lines' sums", () => {
    const bytes = new Uint8Array(fs.readFileSync(SUPERSTORE));
    const [header, ...lines] = readCsv(bytes, "superstore-orders.csv").values;
    const headerTexts = header.map(String);
    const summary = aggregateOrderLines({ headers: headerTexts, rows: lines }, orderColumnsOf(recogniseOrderColumns(headerTexts))!, "en");
    expect(summary.orderLines).toBe(10194);
    expect(summary.clients).toHaveLength(804);
    expect(summary.clients.filter((c) => c.profit < 0)).toHaveLength(159);
    // The sums straight from the file's text: Sales is the fourth field from the end, Profit the last, never quoted.
    const text = fs.readFileSync(SUPERSTORE, "utf8").split(/\r?\n/).slice(1).filter((l) => l !== "");
    const lineSum = (fromEnd: number) => text.reduce((s, l) => s + Number(l.split(",").at(-fromEnd)), 0);
    const clientSum = (key: "revenue" | "profit") => summary.clients.reduce((s, c) => s + c[key], 0);
    expect(clientSum("revenue")).toBeCloseTo(lineSum(4), 4);
    expect(clientSum("profit")).toBeCloseTo(lineSum(1), 4);
    expect(summary.totals.revenue).toBeCloseTo(lineSum(4), 4);
    expect(summary.clients.reduce((s, c) => s + c.lines, 0)).toBe(10194);
    // Orders are distinct order IDs per client (a few IDs of this data set recur under another customer).
    expect(new Set(text.map((l) => `${l.split(",")[5]} ${l.split(",")[1]}`)).size).toBe(summary.clients.reduce((s, c) => s + c.orders, 0));
  });
});
