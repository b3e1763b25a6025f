// Requirement sets (ApiNotFound), proxies of another request context (InvalidRequestContext) and proxies
// used after their Excel.run ended (InvalidObjectPath).
import type { SimWorkbook } from "../../src/simulator";
import { failure, setup } from "./helpers";

const seed = (wb: SimWorkbook) =>
  wb.setCells("Sheet1", "A1", [["Client", "Revenue"], ["Acme", 100], ["Bolt", 50]]);

describe("ApiNotFound: members above the host's ExcelApi", () => {
  const olderThanNeeded: Array<[string, string, (c: Excel.RequestContext) => void]> = [
    ["PivotTableCollection.add", "1.7", (c) => { const s = c.workbook.worksheets.getItem("Sheet1"); s.pivotTables.add("P", s.getRange("A1:B3"), s.getRange("E1")); }],
    ["ChartSeries.axisGroup", "1.7", (c) => {
      const s = c.workbook.worksheets.getItem("Sheet1");
      s.charts.add("ColumnClustered", s.getRange("A1:B3"), "Columns").series.getItemAt(0).axisGroup = "Secondary";
    }],
    ["AutoFilter.apply", "1.8", (c) => { const s = c.workbook.worksheets.getItem("Sheet1"); s.autoFilter.apply(s.getRange("A1:B3")); }],
    ["Range.getMergedAreasOrNullObject", "1.12", (c) => { c.workbook.worksheets.getItem("Sheet1").getRange("A1:B3").getMergedAreasOrNullObject(); }],
    ["CustomXmlPartCollection.add", "1.4", (c) => { c.workbook.customXmlParts.add("<a xmlns='urn:x'/>"); }],
    ["ConditionalFormatCollection.add", "1.5", (c) => { c.workbook.worksheets.getItem("Sheet1").getRange("B2:B3").conditionalFormats.add("DataBar"); }],
  ];

  test.each(olderThanNeeded)("%s on ExcelApi %s: the call queues, the sync fails", async (_member, version, use) => {
    const { run, host } = setup({ requirementSets: { ExcelApi: version } }, seed);
    let calledWithoutThrowing = false;
    const error = await failure(run(async (c) => { use(c); calledWithoutThrowing = true; await c.sync(); }));
    expect(calledWithoutThrowing).toBe(true);
    expect(error.code).toBe("ApiNotFound");
    expect(error.message).toMatch(/^The API you are trying to use could not be found\. It may be available in a newer version of Excel\./);
    expect(host.office.context.requirements.isSetSupported("ExcelApi", version)).toBe(true);
  });

  test.each(olderThanNeeded)("%s works on the default host (ExcelApi 1.17)", async (_member, _version, use) => {
    const { run } = setup(undefined, seed);
    await expect(run(async (c) => { use(c); await c.sync(); })).resolves.toBeUndefined();
  });

  test("operations queued before the unsupported one are applied, as with any failing operation", async () => {
    const { run, wb } = setup({ requirementSets: { ExcelApi: "1.7" } }, seed);
    await failure(run(async (c) => {
      const s = c.workbook.worksheets.getItem("Sheet1");
      s.getRange("D1").values = [["before"]];
      s.pivotTables.add("P", s.getRange("A1:B3"), s.getRange("E1"));
      await c.sync();
    }));
    expect(wb.cell("Sheet1", "D1").value).toBe("before");
  });

  test("members up to 1.7 work on a 1.7 host", async () => {
    const { run } = setup({ requirementSets: { ExcelApi: "1.7" } }, seed);
    await expect(run(async (c) => {
      const s = c.workbook.worksheets.getItem("Sheet1");
      s.getRangeByIndexes(1, 1, 2, 1).conditionalFormats.add("DataBar");
      c.workbook.customXmlParts.add("<a xmlns='urn:x'/>");
      await c.sync();
    })).resolves.toBeUndefined();
  });
});

describe("InvalidRequestContext: a proxy of another request context as an argument", () => {
  test("is refused at the call, before any sync", async () => {
    const { run } = setup(undefined, seed);
    const foreign = await run(async (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1:B3"));
    let thrown: { code?: string; message?: string } | undefined;
    await run(async (c) => {
      try { c.workbook.worksheets.getItem("Sheet1").getRange("B2:C4").getIntersection(foreign); } catch (e) { thrown = e as typeof thrown; }
    });
    expect(thrown?.code).toBe("InvalidRequestContext");
    expect(thrown?.message).toBe("Cannot use the object across different request contexts.");
  });

  test.each([
    ["NamedItemCollection.add", (c: Excel.RequestContext, r: Excel.Range) => void c.workbook.names.add("N", r)],
    ["TableCollection.add", (c: Excel.RequestContext, r: Excel.Range) => void c.workbook.tables.add(r, true)],
    ["ChartCollection.add", (c: Excel.RequestContext, r: Excel.Range) => void c.workbook.worksheets.getItem("Sheet1").charts.add("Line", r)],
  ])("%s refuses it too; the same call with an own proxy works", async (_m, use) => {
    const { run } = setup(undefined, seed);
    const foreign = await run(async (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1:B3"));
    expect((await failure(run(async (c) => use(c, foreign)))).code).toBe("InvalidRequestContext");
    await expect(run(async (c) => { use(c, c.workbook.worksheets.getItem("Sheet1").getRange("A1:B3")); await c.sync(); })).resolves.toBeUndefined();
  });
});

describe("InvalidObjectPath: a proxy used after its Excel.run ended", () => {
  test("an untracked proxy's write fails at sync and changes nothing", async () => {
    const { run, wb } = setup(undefined, seed);
    const stale = await run(async (c) => c.workbook.worksheets.getItem("Sheet1").getRange("D1"));
    stale.values = [["late"]];
    expect((await failure(stale.context.sync())).code).toBe("InvalidObjectPath");
    expect(wb.cell("Sheet1", "D1").value).toBe(null);
  });

  test("a load of an untracked proxy fails the same way", async () => {
    const { run } = setup(undefined, seed);
    const stale = await run(async (c) => c.workbook.worksheets.getItem("Sheet1").getRange("B2"));
    stale.load("values");
    expect((await failure(stale.context.sync())).code).toBe("InvalidObjectPath");
  });

  test("a tracked proxy stays usable after its batch", async () => {
    const { run, wb } = setup(undefined, seed);
    const kept = await run(async (c) => {
      const r = c.workbook.worksheets.getItem("Sheet1").getRange("D1");
      c.trackedObjects.add(r);
      await c.sync();
      return r;
    });
    kept.values = [["later"]];
    await kept.context.sync();
    expect(wb.cell("Sheet1", "D1").value).toBe("later");
  });

  test("a batch that throws also ends its context", async () => {
    const { run } = setup(undefined, seed);
    let leaked: Excel.Range | undefined;
    await failure(run(async (c) => { leaked = c.workbook.worksheets.getItem("Sheet1").getRange("D1"); throw new Error("batch bug"); }));
    leaked!.values = [["x"]];
    expect((await failure(leaked!.context.sync())).code).toBe("InvalidObjectPath");
  });
});

test("tracking one proxy does not keep the other proxies of its batch usable", async () => {
  const { run, wb } = setup(undefined, seed);
  const [kept, dropped] = await run(async (c) => {
    const s = c.workbook.worksheets.getItem("Sheet1");
    const pair = [s.getRange("D1"), s.getRange("E1")] as const;
    c.trackedObjects.add(pair[0]);
    await c.sync();
    return pair;
  });
  kept.values = [["kept"]];
  await kept.context.sync();
  dropped.values = [["dropped"]];
  expect((await failure(dropped.context.sync())).code).toBe("InvalidObjectPath");
  expect([wb.cell("Sheet1", "D1").value, wb.cell("Sheet1", "E1").value]).toEqual(["kept", null]);
});
