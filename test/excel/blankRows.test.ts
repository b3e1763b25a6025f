// A fully blank row inside the list is a separator, not a client.
import { rateWorkbook, readClientSheet } from "../../src/excel";
import { PARETO_SHEET_NAME } from "../../src/excel/ownership";
import { AS_OF } from "./support/clientSheet";
import { standardWorkbook } from "./support/host";

describe("a blank row inside the data", () => {
  it("is not rated, not counted and not on the Pareto sheet; the clients below it are rated", async () => {
    const { wb, host } = await standardWorkbook({ rows: 20 });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").getRange("A8:I8").clear("Contents");
      await ctx.sync();
    });
    const sheet = await host.run((ctx) => readClientSheet(ctx));
    expect(sheet.table.rows.length).toBe(19);
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(outcome.clients).toBe(19);
    expect(Object.values(outcome.gradeCounts).reduce((a, b) => a + b, 0)).toBe(19);
    // Owned columns start at J (Score), K (Grade): row 8 stays blank, rows 7 and 9 and the last client are rated.
    for (const addr of ["J8", "K8", "N8", "O8", "Q8"]) expect(wb.cell("Clients", addr).value ?? "").toBe("");
    for (const addr of ["K7", "K9", "K21"]) expect(String(wb.cell("Clients", addr).value ?? "")).not.toBe("");
    const paretoSheet = wb.names.find((n) => n.name === PARETO_SHEET_NAME)!.ref!.sheet;
    const listed = [...wb.sheet(paretoSheet).rows.values()].flatMap((row) => [...row.values()].map((c) => c.value));
    expect(listed).toContain(wb.cell("Clients", "A9").value);
    expect(listed[listed.indexOf("Clients with a value") + 1]).toBe(19);
  });
});
