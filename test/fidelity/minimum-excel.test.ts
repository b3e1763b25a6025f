// Our Excel code on the oldest Excel the manifest admits: a host that claims only the manifest's
// ExcelApi version. The simulator refuses APIs above the claimed set (ApiNotFound), so a rating that
// succeeds there with its PivotTable proves nothing newer was called; the pivots are counted on a
// current host afterwards. Below the minimum the same rating fails: the minimum is not set too low.
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
  return { outcome, pivots, cells: cellValues(workbook, outcome.sheetName) };
}

/** Every cell value of the rated sheet, "row,col=value": the user's data and the owned columns. */
function cellValues(workbook: SimWorkbook, sheetName: string): string[] {
  const out: string[] = [];
  for (const [r, row] of workbook.sheet(sheetName).rows) for (const [c, cell] of row) out.push(`${r},${c}=${JSON.stringify(cell.value)}`);
  return out.sort();
}

const below = (version: string, than: string) => {
  const [a, b] = [version, than].map((v) => v.split(".").map(Number));
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
};
const unsupported = (outcome: Awaited<ReturnType<typeof rateOn>>["outcome"]) => outcome.warnings.filter((w) => w.code === "unsupported-excel");

test("at the manifest's ExcelApi version, the rating is the same as on a current Excel; what needs more is skipped with a warning", async () => {
  const minimum = readDeclaredSets(path.join(projectDir, "manifest.xml")).sets.ExcelApi;
  const [oldest, current] = [await rateOn(minimum), await rateOn("1.17")];
  // Whatever the minimum: the same clients, grades and cells on the rated sheet as on a current Excel.
  expect(oldest.outcome.clients).toBe(current.outcome.clients);
  expect(oldest.outcome.clients).toBeGreaterThan(0);
  expect(oldest.outcome.gradeCounts).toEqual(current.outcome.gradeCounts);
  expect(oldest.outcome.pareto).toEqual(current.outcome.pareto);
  expect(oldest.cells).toEqual(current.cells);
  // The PivotTable and the combined Pareto chart need ExcelApi 1.8.
  const expected = below(minimum, "1.8") ? { pivots: 0, warned: true } : { pivots: 1, warned: false };
  expect({ pivots: oldest.pivots, warned: unsupported(oldest.outcome).length > 0 }).toEqual(expected);
});

test("one version below the manifest's minimum the rating needs an API it lacks", async () => {
  const minimum = readDeclaredSets(path.join(projectDir, "manifest.xml")).sets.ExcelApi;
  const [major, minor] = minimum.split(".").map(Number);
  await expect(rateOn(`${major}.${minor - 1}`)).rejects.toThrow(/API you are trying to use could not be found/);
});

test("on a current Excel the PivotTable is built and no unsupported-Excel warning is given", async () => {
  const { outcome, pivots } = await rateOn("1.17");
  expect(pivots).toBe(1);
  expect(unsupported(outcome)).toEqual([]);
});
