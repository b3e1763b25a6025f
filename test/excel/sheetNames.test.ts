// Client sheets whose names Excel would read as something else unquoted (a cell, an R1C1 reference, a
// boolean, a number) or that need quotes (a space, an apostrophe): rating, the Pareto and Focus sheets'
// charts and PivotTable, the messages naming a cell, rating again and removing all work on them.
import { RaterError } from "../../src/core/errors";
import { rateWorkbook, removeRatings } from "../../src/excel";
import { quoteSheet } from "../../src/shared/sheetName";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

const AWKWARD = ["Q1", "FY2024", "R1C1", "TRUE", "Client's list", "a b", "2024"];
const ROWS = 30;

describe.each(AWKWARD)("a client sheet named %s", (name) => {
  it("is rated, with the Pareto sheet's PivotTable and charts built from its cells; again changes nothing; removal restores its cells", async () => {
    const { wb, host } = await standardWorkbook({ rows: ROWS, sheetName: name });
    const before = normalizedSnapshot(wb);
    const request = { asOf: AS_OF, sheetName: name };
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(outcome.sheetName).toBe(name);
    expect(outcome.clients).toBe(ROWS);

    const pareto = wb.sheet("Pareto");
    expect(pareto.pivots).toHaveLength(1);
    expect(pareto.pivots[0].source).toEqual({ sheet: name, rect: { r0: 0, c0: 0, r1: ROWS, c1: expect.any(Number) } });
    expect(pareto.pivots[0].outputRect).not.toBeNull();
    expect(pareto.charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of pareto.charts) expect(chart.series.every((s) => s.values.length > 0)).toBe(true);
    expect(wb.sheet("Focus").charts.every((c) => c.series.every((s) => s.values.length > 0))).toBe(true);

    const once = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(normalizedSnapshot(wb)).toEqual(once);

    await host.run((ctx) => removeRatings(ctx));
    const after = normalizedSnapshot(wb);
    expect(after.sheets).toEqual(before.sheets); // the stored profile part stays, as after any removal
    expect(after.names).toEqual(before.names);
  });

  it("names a cell in the way with the sheet name quoted as Excel writes it", async () => {
    const { wb, host } = await standardWorkbook({ rows: ROWS, sheetName: name });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      ws.tables.add(ws.getRangeByIndexes(0, 0, ROWS + 1, 9), true);
      ws.getRange("K7").values = [["abc"]];
      await ctx.sync();
    });
    const before = normalizedSnapshot(wb);
    const err = (await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, sheetName: name })).catch((e) => e)) as RaterError;
    expect(err).toBeInstanceOf(RaterError);
    expect(err.message).toBe(`${quoteSheet(name)}!K7 holds "abc"; Client Rater will not overwrite it. Move it or clear it and rate again.`);
    expect(err.message.startsWith(`'`)).toBe(true);
    expect(normalizedSnapshot(wb)).toEqual(before);
  });
});
