// The word columns (Next step, Trend) are wide enough for their longest text in the workbook's
// language, rating twice leaves the same widths, and removing the ratings puts the standard width back.
import { buildDefaultProfile, type Profile } from "../../src/core";
import { rateWorkbook, readClientSheet, removeRatings } from "../../src/excel";
import { columnLetters } from "../../src/shared/a1";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

type Host = ReturnType<typeof createExcelHost>;

function widths(wb: SimWorkbook, sheet: string): Record<string, number> {
  const snap = wb.snapshot() as unknown as { sheets: { name: string; columnWidths: Record<string, number> }[] };
  return snap.sheets.find((s) => s.name === sheet)!.columnWidths;
}

function headerIndex(wb: SimWorkbook, header: string): number {
  for (let c = 0; c < 60; c++) if (wb.cell("Clients", `${columnLetters(c)}1`).value === header) return c;
  return -1;
}

/** The longest text under a column's header. */
function longestText(wb: SimWorkbook, col: number, rows: number): string {
  let longest = "";
  for (let r = 2; r <= rows + 1; r++) {
    const v = wb.cell("Clients", `${columnLetters(col)}${r}`).value;
    if (typeof v === "string" && v.length > longest.length) longest = v;
  }
  return longest;
}

/**
 * Excel's autofit of a Calibri 11 text, as the simulator's autofitColumns measures it: 7 px a
 * character and 5 px padding; ▲ ▼ ≠ come from a fallback font about two letters wide.
 */
const autofitPoints = (text: string) => (((text.length + (text.match(/[▲▼≠]/g)?.length ?? 0)) * 7 + 5) * 3) / 4;

const rate = (host: Host, profile: Profile, ratingDate: string) => host.run((ctx) => rateWorkbook(ctx, { profiles: [profile], ratingDate, language: "nl" }));

describe("widths of the word columns", () => {
  const ROWS = 80;
  let wb: SimWorkbook;
  let host: Host;
  let original: ReturnType<typeof normalizedSnapshot>;

  beforeAll(async () => {
    ({ wb, host } = await standardWorkbook({ rows: ROWS }));
    original = normalizedSnapshot(wb);
    const profile = buildDefaultProfile((await host.run((ctx) => readClientSheet(ctx))).table);
    await rate(host, profile, "2026-01-15");
    // Another weight half a year later, so grades move and the Trend column says so.
    await rate(host, { ...profile, criteria: profile.criteria.map((c, i) => (i === 0 ? { ...c, weight: c.weight * 4 } : c)) }, "2026-07-15");
  });

  it.each([["Volgende stap"], ["Trend"]])("%s fits its longest text in Dutch", (header) => {
    const col = headerIndex(wb, header);
    expect(col).toBeGreaterThan(0);
    const longest = longestText(wb, col, ROWS);
    expect(longest).toMatch(header === "Trend" ? /^[▲▼≠] was / : /^(Heroverwegen|Verbeteren|Ontwikkelen)$/);
    const written = widths(wb, "Clients")[columnLetters(col)];
    expect(written).toBeGreaterThanOrEqual(Math.max(autofitPoints(longest), autofitPoints(header)));
  });

  it("rating again on the same date leaves the same widths", async () => {
    const before = widths(wb, "Clients");
    const profile = buildDefaultProfile((await host.run((ctx) => readClientSheet(ctx))).table);
    await rate(host, { ...profile, criteria: profile.criteria.map((c, i) => (i === 0 ? { ...c, weight: c.weight * 4 } : c)) }, "2026-07-15");
    expect(widths(wb, "Clients")).toEqual(before);
  });

  it("removing the ratings puts the standard width back", async () => {
    await host.run((ctx) => removeRatings(ctx));
    expect(widths(wb, "Clients")).toEqual({});
    expect(normalizedSnapshot(wb).sheets).toEqual(original.sheets);
  });
});

describe("the simulator's useStandardWidth", () => {
  it("reads true on a standard column, false once widened, null over both, and setting true resets", async () => {
    const wb = SimWorkbook.empty();
    wb.addSheet("S");
    const host = createExcelHost(wb);
    const read = () =>
      host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        const a = ws.getRange("A1").format.load("useStandardWidth");
        const b = ws.getRange("B1").format.load("useStandardWidth");
        const ab = ws.getRange("A1:B1").format.load("useStandardWidth");
        await ctx.sync();
        return [a.useStandardWidth, b.useStandardWidth, ab.useStandardWidth];
      });
    expect(await read()).toEqual([true, true, true]);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B1").format.columnWidth = 90;
      await ctx.sync();
    });
    expect(await read()).toEqual([true, false, null]);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").format.useStandardWidth = true;
      await ctx.sync();
    });
    expect(await read()).toEqual([true, true, true]);
    expect(widths(wb, "S")).toEqual({});
  });
});
