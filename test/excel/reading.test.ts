import { rateWorkbook, readClientSheet } from "../../src/excel";
import { HEADERS, AS_OF } from "./support/clientSheet";
import { cellsOf, fillRows, standardWorkbook } from "./support/host";

describe("reading the list in place", () => {
  it("keeps hidden rows and reports the grades already in the sheet", async () => {
    const { host, rows } = await standardWorkbook({ rows: 40 });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").getRange("5:9").rowHidden = true;
      await ctx.sync();
    });
    const first = await host.run((ctx) => readClientSheet(ctx));
    expect(first.table.rows).toHaveLength(rows.length);
    expect(first.existingGrades).toEqual([]);
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const again = await host.run((ctx) => readClientSheet(ctx));
    expect(again.table.headers).toEqual(HEADERS); // owned columns are not part of the client table
    expect(again.ownedColumns).toContain("Grade");
    // One grade per client row, lined up with table.rows, so the panel can compare client by client.
    expect(again.existingGrades).toHaveLength(rows.length);
    const counted: Record<string, number> = {};
    for (const g of again.existingGrades!) counted[g] = (counted[g] ?? 0) + 1;
    for (const [grade, n] of Object.entries(outcome.gradeCounts)) if (n > 0) expect(counted[grade]).toBe(n);
  });

  it("picks the table holding the active cell when a sheet has two", async () => {
    // The simulator keeps the active cell at A1 (Range.select is not tracked), so the small table sits there.
    const { host } = await standardWorkbook({ rows: 20, titleRows: Array.from({ length: 5 }, () => [null]) });
    await fillRows(host, "Clients", 0, 0, [["Name", "Revenue"], ["Other 1", 5], ["Other 2", 6]]);
    await host.run(async (ctx) => {
      ctx.workbook.tables.add("Clients!A6:I26", true).name = "Main";
      ctx.workbook.tables.add("Clients!A1:B3", true).name = "Small";
      await ctx.sync();
    });
    const sheet = await host.run((ctx) => readClientSheet(ctx));
    expect(sheet.tableName).toBe("Small");
    expect(sheet.table.rows).toHaveLength(2);
  });

  it("ignores a stray note far below the list (20 or more blank rows)", async () => {
    const { wb, host, rows } = await standardWorkbook({ rows: 30 });
    wb.setCells("Clients", "A80", [["printed 2026-11-27"]]);
    const sheet = await host.run((ctx) => readClientSheet(ctx));
    expect(sheet.table.rows).toHaveLength(rows.length);
  });

  it("writes headers in the profile's language", async () => {
    const { wb, host } = await standardWorkbook({ rows: 20 });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const dutch = outcome.profiles.map((p) => ({ ...p, language: "nl" as const }));
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: dutch }));
    expect(wb.cell("Clients", "K1").value).toBe("Klasse");
    // The same nine owned columns (J..R) renamed in place, none added.
    expect(wb.cell("Clients", "R1").value).toBe("Volgende stap");
    expect(wb.cell("Clients", "S1").value).toBeNull();
  });

  it("moves the ratings when another sheet is rated", async () => {
    const { wb, host, rows } = await standardWorkbook({ rows: 20 });
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    wb.setCells("Other", "A1", [HEADERS]);
    await fillRows(host, "Other", 1, 0, rows);
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, sheetName: "Other" }));
    expect(wb.cell("Other", "K1").value).toBe("Grade");
    expect(Object.keys(cellsOf(wb, "Clients")).filter((a) => /^[J-Q]\d+$/.test(a))).toEqual([]);
  });
});
