// Our Excel code on the oldest Excel the manifest admits: a host that claims only the manifest's
// ExcelApi version. What needs more (PivotTable, the combined Pareto chart: ExcelApi 1.8) must be
// skipped with a warning, and rating must still succeed. The simulator refuses APIs above the claimed
// set (ApiNotFound), so the rating itself proves nothing newer was called; the pivots are counted on a
// current host afterwards.
import * as fs from "fs";
import * as path from "path";
import { rateWorkbook } from "../../src/excel";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { readDeclaredSets } from "../../scripts/fidelity/manifest-sets";

jest.setTimeout(120_000);

const projectDir = path.resolve(__dirname, "../..");

async function rateOn(excelApi: string) {
  const workbook = await SimWorkbook.fromXlsx(fs.readFileSync(path.join(projectDir, "assets/sample-clients.xlsx")));
  const host = createExcelHost(workbook, { requirementSets: { ExcelApi: excelApi } });
  const outcome = await host.run((context) =>
    rateWorkbook(context, {
      asOf: new Date("2023-01-15T00:00:00Z"),
      isSetSupported: (set, version) => host.office.context.requirements.isSetSupported(set, version),
    }),
  );
  const pivots = await createExcelHost(workbook).run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const counts = sheets.items.map((s) => s.pivotTables.getCount());
    await context.sync();
    return counts.reduce((sum, n) => sum + n.value, 0);
  });
  return { outcome, pivots };
}

test("at the manifest's ExcelApi version, rating succeeds and what needs more is skipped with a warning", async () => {
  const minimum = readDeclaredSets(path.join(projectDir, "manifest.xml")).sets.ExcelApi;
  const { outcome, pivots } = await rateOn(minimum);
  expect(outcome.clients).toBeGreaterThan(0);
  if (Number(minimum.split(".")[1]) < 8) {
    expect(pivots).toBe(0);
    expect(outcome.warnings.filter((w) => w.code === "unsupported-excel").length).toBeGreaterThan(0);
  }
});

test("on a current Excel the PivotTable is built and no unsupported-Excel warning is given", async () => {
  const { outcome, pivots } = await rateOn("1.17");
  expect(pivots).toBe(1);
  expect(outcome.warnings.filter((w) => w.code === "unsupported-excel")).toEqual([]);
});
