// Rating, removal and the profile store give identical workbooks over the simulator's own objects and through
// Microsoft's Excel client library (office-js 1.1.110) with the simulator as host.
import { readFileSync } from "fs";
import { join } from "path";
import { SimWorkbook } from "../../src/simulator";
import { loadStoredProfiles, rateWorkbook, readClientSheet, removeRatings, saveProfiles } from "../../src/excel";
import { buildDefaultProfile } from "../../src/core";
import { AS_OF } from "./support/clientSheet";
import { standardWorkbook } from "./support/host";
import { bothWays, workbookState } from "../support/bothWays";

const sampleBytes = readFileSync(join(__dirname, "../../assets/sample-clients.xlsx"));
const sample = () => SimWorkbook.fromXlsx(sampleBytes);

type State = { sheets: { pivots: unknown[]; charts: unknown[]; conditionalFormats: unknown[] }[]; names: unknown[] };

test("the sample rated: Pareto sheet with PivotTable and charts, Focus sheet, conditional formats, names; alike both ways", async () => {
  const { direct, officeJs, unmodelled } = await bothWays(sample, (run) => run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, language: "de" })));
  expect(unmodelled).toEqual([]);
  expect(direct.result.ok).toBe(true);
  expect(officeJs.result).toEqual(direct.result);
  // The comparison must cover the parts named in the title, not pass on empty lists.
  const rated = workbookState(officeJs.wb) as State;
  expect(rated.sheets.some((s) => s.pivots.length > 0)).toBe(true);
  expect(rated.sheets.some((s) => s.charts.length > 0)).toBe(true);
  expect(rated.sheets.some((s) => s.conditionalFormats.length > 0)).toBe(true);
  expect(rated.names.length).toBeGreaterThan(0);
  expect(workbookState(officeJs.wb)).toEqual(workbookState(direct.wb));
});

test("rated, rated again in Dutch, removed (history kept), removed entirely: alike at every step", async () => {
  const { direct, officeJs, unmodelled } = await bothWays(async () => (await standardWorkbook()).wb, async (run, checkpoint) => {
    const first = await run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    checkpoint();
    const second = await run((ctx) => rateWorkbook(ctx, { asOf: new Date(AS_OF.getTime() + 86_400_000), language: "nl" }));
    checkpoint();
    await run((ctx) => removeRatings(ctx, { keepHistory: true }));
    checkpoint();
    await run((ctx) => removeRatings(ctx));
    return { first, second };
  });
  expect(unmodelled).toEqual([]);
  expect(direct.result).toMatchObject({ ok: true, value: { second: { movers: expect.anything() } } });
  expect(officeJs.result).toEqual(direct.result);
  expect(officeJs.checkpoints).toHaveLength(3);
  expect(officeJs.checkpoints).toEqual(direct.checkpoints);
  expect(workbookState(officeJs.wb)).toEqual(workbookState(direct.wb));
});

test("the profile store: save, load, read the sheet, both ways alike", async () => {
  const { direct, officeJs, unmodelled } = await bothWays(async () => (await standardWorkbook()).wb, async (run) => {
    const sheet = await run((ctx) => readClientSheet(ctx));
    await run((ctx) => saveProfiles(ctx, [buildDefaultProfile(sheet.table)], "hu"));
    return run((ctx) => loadStoredProfiles(ctx));
  });
  expect(unmodelled).toEqual([]);
  expect(direct.result).toMatchObject({ ok: true, value: { status: "ok" } });
  expect(officeJs.result).toEqual(direct.result);
  expect(workbookState(officeJs.wb)).toEqual(workbookState(direct.wb));
});

test("a refusal (the client sheet protected after a rating) gives the same message and workbook both ways", async () => {
  const { direct, officeJs } = await bothWays(async () => (await standardWorkbook()).wb, async (run) => {
    await run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").protection.protect();
      await ctx.sync();
    });
    return run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
  });
  expect(direct.result).toMatchObject({ ok: false, error: { code: "sheet-protected" } });
  expect(officeJs.result).toEqual(direct.result);
  expect(workbookState(officeJs.wb)).toEqual(workbookState(direct.wb));
});
