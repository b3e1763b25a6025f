import { RaterError } from "../../src/core/errors";
import { loadStoredProfiles, rateWorkbook, readClientSheet, removeRatings } from "../../src/excel";
import { FORMULA_LOOKING_NAMES, AS_OF } from "./support/clientSheet";
import { cellsOf, fillRows, normalizedSnapshot, standardWorkbook } from "./support/host";

const request = { asOf: AS_OF };

describe("rating a plain range", () => {
  it("writes the owned columns right of the data and a Pareto and profile sheet", async () => {
    const { wb, host, rows } = await standardWorkbook();
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(outcome.clients).toBe(rows.length);
    expect(outcome.usedDefaultProfile).toBe(true);
    expect(Object.values(outcome.gradeCounts).reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(wb.cell("Clients", "J1").value).toBe("Score");
    expect(wb.cell("Clients", "K1").value).toBe("Grade");
    expect(wb.cell("Clients", "Q1").value).toBe("Pareto class");
    expect(outcome.gradeLabels).toContain(wb.cell("Clients", "K2").value);
    expect(wb.cell("Clients", "J2").numberFormat).toBe("0.0");
    expect(wb.cell("Clients", "P2").numberFormat).toBe("0.0%");
    expect(wb.sheetNames()).toEqual(["Clients", "Rating profile", "Pareto", "Focus", "Rating history"]);
    const ps = wb.sheet("Clients");
    expect(ps.conditionalFormats.length).toBeGreaterThan(0);
    expect(ps.conditionalFormats.length).toBeLessThanOrEqual(8);
  });

  it("leaves every cell it does not own as it was", async () => {
    const { wb, host } = await standardWorkbook();
    const before = cellsOf(wb, "Clients");
    await host.run((ctx) => rateWorkbook(ctx, request));
    const after = cellsOf(wb, "Clients");
    for (const [addr, cell] of Object.entries(before)) expect({ addr, ...after[addr] }).toEqual({ addr, ...cell });
  });

  it("gives the same workbook when rating twice as when rating once", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => rateWorkbook(ctx, request));
    const once = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(normalizedSnapshot(wb)).toEqual(once);
  });

  it("restores the original on Remove ratings (the stored profile part stays)", async () => {
    const { wb, host } = await standardWorkbook();
    const before = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, request));
    await host.run((ctx) => removeRatings(ctx));
    const after = normalizedSnapshot(wb);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.names).toEqual(before.names);
    expect((await host.run((ctx) => loadStoredProfiles(ctx))).status).toBe("ok");
  });

  it("keeps formula-looking client names as text, in the sheet and on the Pareto sheet", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => rateWorkbook(ctx, request));
    for (let i = 0; i < FORMULA_LOOKING_NAMES.length; i++) {
      const cell = wb.cell("Clients", `A${i + 2}`);
      expect(cell.formula).toBeNull();
      expect(cell.value).toBe(FORMULA_LOOKING_NAMES[i]);
    }
    const pareto = cellsOf(wb, "Pareto");
    const names = Object.entries(pareto).filter(([a]) => /^B\d+$/.test(a)).map(([, c]) => c);
    for (const n of FORMULA_LOOKING_NAMES) {
      const hit = names.find((c) => c.value === n);
      expect(hit).toBeDefined();
      expect(hit!.formula).toBeUndefined();
    }
  });

  it("finds the header on row 4 under a title", async () => {
    const { wb, host } = await standardWorkbook({ titleRows: [["Client list"], ["exported 2026-11-27"], [null]] });
    const sheet = await host.run((ctx) => readClientSheet(ctx));
    expect(sheet.headerRow).toBe(3);
    expect(sheet.table.headers[0]).toBe("Client");
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(wb.cell("Clients", "K4").value).toBe("Grade");
    expect(wb.cell("Clients", "K1").value).toBeNull();
  });
});

describe("refusing to write", () => {
  it("stops on a protected sheet and writes nothing", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").protection.protect();
      await ctx.sync();
    });
    const before = normalizedSnapshot(wb);
    const err = await host.run((ctx) => rateWorkbook(ctx, request)).catch((e) => e);
    expect(err).toBeInstanceOf(RaterError);
    expect((err as RaterError).code).toBe("sheet-protected");
    expect(normalizedSnapshot(wb)).toEqual(before);
  });

  it("names the cell in the way and writes nothing", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => rateWorkbook(ctx, request));
    await host.run((ctx) => removeRatings(ctx));
    // A table: new table columns go right of it, where the user now has a note.
    await host.run(async (ctx) => {
      ctx.workbook.tables.add("Clients!A1:I61", true);
      ctx.workbook.worksheets.getItem("Clients").getRange("K7").values = [["abc"]];
      await ctx.sync();
    });
    const before = normalizedSnapshot(wb);
    const err = (await host.run((ctx) => rateWorkbook(ctx, request)).catch((e) => e)) as RaterError;
    expect(err.code).toBe("cell-in-the-way");
    expect(err.message).toBe('Clients!K7 holds "abc"; Client Rater will not overwrite it. Move it or clear it and rate again.');
    expect(normalizedSnapshot(wb)).toEqual(before);
  });

  it("leaves nothing half-written when a write sync fails", async () => {
    const { wb } = await standardWorkbook({ rows: 30 });
    const before = normalizedSnapshot(wb);
    const probe = await standardWorkbook({ rows: 30 });
    await probe.host.run((ctx) => rateWorkbook(ctx, request));
    const syncs = probe.host.counters.syncs;
    // Fail each sync of the run in turn (a new host counts from 1): nothing may be left half-written.
    const { createExcelHost } = await import("../../src/simulator");
    for (let k = 1; k <= syncs; k++) {
      const failing = createExcelHost(wb, { failAtSync: k });
      await expect(failing.run((ctx) => rateWorkbook(ctx, request))).rejects.toBeInstanceOf(RaterError);
      expect({ k, sheets: normalizedSnapshot(wb).sheets }).toEqual({ k, sheets: before.sheets });
    }
    expect(normalizedSnapshot(wb).sheets).toEqual(before.sheets);
  });
});

describe("ownership", () => {
  it("clears leftovers when the list gets shorter, and guards cells below when it grows", async () => {
    const { wb, host, rows } = await standardWorkbook({ rows: 30 });
    await host.run((ctx) => rateWorkbook(ctx, request));
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").getRange("A27:I31").clear("Contents");
      await ctx.sync();
    });
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(wb.cell("Clients", "K26").value).not.toBeNull();
    expect(wb.cell("Clients", "K27").value).toBeNull();
    expect(wb.cell("Clients", "J31").numberFormat).toBe("General");
    // The user notes something below our Grade column, then the list grows over that row.
    wb.setCells("Clients", "K28", [["keep me"]]);
    await fillRows(host, "Clients", 26, 0, rows.slice(0, 5));
    const err = await host.run((ctx) => rateWorkbook(ctx, request)).catch((e) => e);
    expect(err.code).toBe("cell-in-the-way");
    expect(err.details.cell).toBe("Clients!K28");
    expect(wb.cell("Clients", "K28").value).toBe("keep me");
  });

  it("does not touch a user's own Grade column and gives ours a distinct header", async () => {
    const { wb, host } = await standardWorkbook();
    wb.setCells("Clients", "J1", [["Grade"]]);
    wb.setCells("Clients", "J2", [["old A"]]);
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(wb.cell("Clients", "J1").value).toBe("Grade");
    expect(wb.cell("Clients", "J2").value).toBe("old A");
    expect(wb.cell("Clients", "L1").value).toBe("Grade (rated)");
  });

  it("finds its columns again after the user inserted a column between runs", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => rateWorkbook(ctx, request));
    const grades = wb.cell("Clients", "K2").value;
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").getRange("C:C").insert("Right");
      await ctx.sync();
    });
    wb.setCells("Clients", "C1", [["Notes"]]);
    wb.setCells("Clients", "C2", [["call back"]]);
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(wb.cell("Clients", "L1").value).toBe("Grade");
    expect(wb.cell("Clients", "L2").value).toBe(grades);
    expect(wb.cell("Clients", "S1").value).toBe("Next step");
    expect(wb.cell("Clients", "T1").value).toBeNull();
    expect(wb.cell("Clients", "C2").value).toBe("call back");
  });

  it("rates an Excel Table by adding table columns, and removes them again", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run(async (ctx) => {
      ctx.workbook.tables.add("Clients!A1:I61", true).name = "ClientTable";
      await ctx.sync();
    });
    const before = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, request));
    const table = wb.sheet("Clients").tables[0];
    expect(table.rect.c1).toBe(17); // A..I plus the nine owned columns J..R
    expect(wb.cell("Clients", "Q1").value).toBe("Pareto class");
    expect(wb.cell("Clients", "R1").value).toBe("Next step");
    expect(wb.cell("Clients", "K1").value).toBe("Grade");
    const once = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, request));
    expect(normalizedSnapshot(wb)).toEqual(once);
    await host.run((ctx) => removeRatings(ctx));
    expect(normalizedSnapshot(wb).sheets).toEqual(before.sheets);
  });
});
