// The panel's "Make a client list from order lines" over the simulator: the order lines' sheet read,
// a new sheet written in the workbook's language, nothing else touched, nothing left on failure.
import { RaterError } from "../../src/core/errors";
import { readOrderLines, writeClientList } from "../../src/excel";
import { createExcelHost, SimWorkbook } from "../../src/simulator";

const ORDER_LINES: (string | number)[][] = [
  ["Bestelnummer", "Besteldatum", "Klantnummer", "Klantnaam", "Omzet", "Winst", "Korting"],
  ["B-1", "2023-01-02", "K-01", "Jansen BV", 100.5, 20.25, 0.1],
  ["B-1", "2023-01-02", "K-01", "Jansen BV", 50, -5, 0],
  ["B-2", "2023-07-01", "K-02", "De Vries", 10, 1, 0.2],
  ["B-3", "2024-01-01", "K-01", "Jansen BV", 49.5, 4.75, 0.2],
];

function orderWorkbook(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.setCells("Orders", "A1", ORDER_LINES.map((row) => row.map((v) => v)));
  return wb;
}

describe("make a client list from order lines", () => {
  it("reads the active sheet's headers and the columns recognised in them", async () => {
    const host = createExcelHost(orderWorkbook());
    const preview = await host.run((ctx) => readOrderLines(ctx));
    expect(preview).toMatchObject({ sheetName: "Orders", headers: ORDER_LINES[0], lines: 4 });
    expect(preview.matches.client).toEqual({ column: 2, sure: true, candidates: [2] });
    expect(preview.matches.orderDate.column).toBe(1);
    expect(preview.matches.segment).toEqual({ column: -1, sure: false, candidates: [] });
  });

  it("writes one row per client to a new, active sheet named in the workbook's language", async () => {
    const wb = orderWorkbook();
    const before = JSON.stringify((wb.snapshot() as { sheets: unknown[] }).sheets[0]);
    const host = createExcelHost(wb);
    const columns = { client: 2, clientName: 3, order: 0, orderDate: 1, revenue: 4, profit: 5, discount: 6 };
    const outcome = await host.run((ctx) => writeClientList(ctx, { columns, locale: "nl", language: "nl" }));
    expect(outcome).toMatchObject({ sheetName: "Klanten", fromSheet: "Orders", clients: 2, orderLines: 4, totals: { revenue: 210, profit: 21 } });
    expect(wb.sheetNames()).toEqual(["Orders", "Klanten"]);
    expect(wb.activeSheet().name).toBe("Klanten");
    const row = (r: number) => ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((c) => wb.cell("Klanten", `${c}${r}`).value);
    expect(row(1)).toEqual(["Klantnummer", "Klantnaam", "Omzet", "Winst", "Bestellingen", "Eerste bestelling", "Laatste bestelling", "Gemiddelde korting", "Bestellingen per jaar"]);
    expect(row(2)).toEqual(["K-01", "Jansen BV", 200, 20, 2, 44928, 45292, 0.1, 2]);
    expect(row(3)).toEqual(["K-02", "De Vries", 10, 1, 1, 45108, 45108, 0.2, 1]);
    expect(wb.cell("Klanten", "F2").numberFormat).toBe("yyyy-mm-dd");
    expect(wb.cell("Klanten", "H2").numberFormat).toBe("0.0%");
    expect(JSON.stringify((wb.snapshot() as { sheets: unknown[] }).sheets[0])).toBe(before);

    // Again: a second list beside the first, never over it.
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Orders").activate();
      await ctx.sync();
    });
    const second = await host.run((ctx) => writeClientList(ctx, { sheetName: "Orders", columns: { client: 3 }, locale: "en", language: "en" }));
    expect(second.sheetName).toBe("Clients");
    const third = await host.run((ctx) => writeClientList(ctx, { sheetName: "Orders", columns: { client: 3 }, locale: "en", language: "nl" }));
    expect(third.sheetName).toBe("Klanten (2)");
    expect(wb.cell("Klanten (2)", "A1").value).toBe("Klantnaam");
    expect(wb.cell("Klanten (2)", "B1").value).toBe("Bestellingen");
  });

  it("leaves no sheet behind when writing fails part-way, and refuses a client column naming no one", async () => {
    const probe = createExcelHost(orderWorkbook());
    probe.counters.reset();
    await probe.run((ctx) => writeClientList(ctx, { columns: { client: 2, revenue: 4 }, locale: "en", language: "en" }));
    const syncs = probe.counters.syncs;
    expect(syncs).toBeGreaterThanOrEqual(4);
    for (let failAt = 1; failAt <= syncs; failAt++) {
      const wb = orderWorkbook();
      const host = createExcelHost(wb, { failAtSync: failAt });
      await expect(host.run((ctx) => writeClientList(ctx, { columns: { client: 2, revenue: 4 }, locale: "en", language: "en" }))).rejects.toThrow();
      expect(wb.sheetNames()).toEqual(["Orders"]);
    }
    const wb = orderWorkbook();
    wb.setCells("Orders", "H1", [["Empty"]]);
    const host = createExcelHost(wb);
    const refused = host.run((ctx) => writeClientList(ctx, { columns: { client: 7 }, locale: "en", language: "en" }));
    await expect(refused).rejects.toBeInstanceOf(RaterError);
    await expect(refused).rejects.toMatchObject({ code: "no-rows", message: expect.stringMatching(/names a client in the column "Empty"/) });
    expect(wb.sheetNames()).toEqual(["Orders"]);
  });
});
