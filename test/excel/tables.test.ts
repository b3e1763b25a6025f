// Which table is rated when a sheet has several, and what of a table is a client.
import { RaterError } from "../../src/core/errors";
import { rateWorkbook } from "../../src/excel";
import { mostClientLike } from "../../src/excel/readSheet";
import { createExcelHost } from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

const request = { asOf: AS_OF };
const rect = (rowCount: number) => ({ r0: 0, c0: 0, r1: rowCount - 1, c1: 2 });

describe("choosing a table", () => {
  it("prefers the table with the most recognised headers, then the one with most rows", () => {
    const targets = { name: "Targets", sheet: "Clients", rect: rect(300), headers: ["Region", "Target"], showTotals: false, rowsLastUsedCol: -1 };
    const clients = { name: "Clients", sheet: "Clients", rect: rect(5), headers: ["Client", "Revenue", "Profit"], showTotals: false, rowsLastUsedCol: -1 };
    const small = { ...clients, name: "Small", rect: rect(3) };
    expect(mostClientLike([targets, clients], [])?.name).toBe("Clients");
    expect(mostClientLike([small, clients], [])?.name).toBe("Clients");
    expect(mostClientLike([clients, targets], ["Target"])?.name).toBe("Clients");
  });

  async function twoTables() {
    const made = await standardWorkbook({ rows: 30 });
    await made.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Clients");
      ws.getRange("1:1").insert("Down"); // a title row: the active cell (A1) is then in neither table
      ws.getRange("A1").values = [["Clients 2026"]];
      ctx.workbook.tables.add("Clients!A2:I32", true).name = "ClientTable";
      ws.getRange("A40:B42").values = [["Region", "Target"], ["North", 100], ["South", 80]];
      ctx.workbook.tables.add("Clients!A40:B42", true).name = "Targets";
      await ctx.sync();
    });
    made.host.counters.reset();
    return made;
  }

  it("rates the client table, not the targets table, when the active cell is in neither", async () => {
    const { wb, host } = await twoTables();
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(outcome.clients).toBe(30);
    const tables = wb.sheet("Clients").tables;
    expect(tables.find((t) => t.name === "ClientTable")!.rect.c1).toBe(17); // nine owned columns J..R
    expect(tables.find((t) => t.name === "Targets")!.rect.c1).toBe(1);
  });

  it("fails the run, writing nothing, when reading the active cell fails", async () => {
    const { wb } = await twoTables();
    const before = normalizedSnapshot(wb);
    // Syncs 1-2 load the workbook state, sync 3 asks for the active cell.
    const failing = createExcelHost(wb, { failAtSync: 3 });
    await expect(failing.run((ctx) => rateWorkbook(ctx, request))).rejects.toBeInstanceOf(RaterError);
    expect(normalizedSnapshot(wb)).toEqual(before);
  });
});

describe("a table with a totals row", () => {
  it("rates the data body only and leaves the totals row's owned cells empty", async () => {
    const { wb, host } = await standardWorkbook({ rows: 30 });
    await host.run(async (ctx) => {
      const t = ctx.workbook.tables.add("Clients!A1:I31", true);
      t.showTotals = true;
      await ctx.sync();
    });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(outcome.clients).toBe(30);
    expect(outcome.pareto).not.toBeNull();
    // Header row 1, clients rows 2-31, totals row 32: the Grade column (K) holds grades on 2-31 only.
    expect(wb.cell("Clients", "K31").value).not.toBeNull();
    expect(wb.cell("Clients", "K32").value ?? "").toBe("");
  });
});

describe("room right of a table", () => {
  it("refuses, naming the cell and writing nothing, when a note far right on the table's rows would be moved", async () => {
    const { wb, host } = await standardWorkbook({ rows: 30 });
    await host.run(async (ctx) => {
      ctx.workbook.tables.add("Clients!A1:I31", true);
      ctx.workbook.worksheets.getItem("Clients").getRange("AD3:AE4").values = [["", "Note"], ["call", "Ann"]];
      ctx.workbook.worksheets.getItem("Clients").getRange("AD40").values = [["below the table: fine"]];
      await ctx.sync();
    });
    const before = normalizedSnapshot(wb);
    const error = (await host.run((ctx) => rateWorkbook(ctx, request)).catch((e) => e)) as RaterError;
    expect(error).toBeInstanceOf(RaterError);
    expect(error.code).toBe("cell-in-the-way");
    expect(error.details.cell).toBe("Clients!AE3");
    expect(normalizedSnapshot(wb)).toEqual(before);
  });

  it("rates when the cells right of the table are empty on its rows (a note below is not in the way)", async () => {
    const { wb, host } = await standardWorkbook({ rows: 30 });
    await host.run(async (ctx) => {
      ctx.workbook.tables.add("Clients!A1:I31", true);
      ctx.workbook.worksheets.getItem("Clients").getRange("AD40").values = [["below the table"]];
      await ctx.sync();
    });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(outcome.clients).toBe(30);
    expect(wb.cell("Clients", "AD40").value).toBe("below the table");
  });
});
