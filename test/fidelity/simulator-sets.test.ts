// The simulator's requirement-set table is generated from @types/office-js's annotations (one source with the
// requirement-set checker): it must be what the generator writes today, and the simulator must use it.
import * as fs from "fs";
import { GENERATED, buildTable, renderTable } from "../../scripts/fidelity/simulator-sets";
import { requiredExcelApi } from "../../src/simulator/api/requirements";
import { parseApiSet } from "../../scripts/fidelity/api-annotations";

jest.setTimeout(60_000);

test("requirementSets.generated.ts is up to date with @types/office-js (run npx tsx scripts/fidelity/simulator-sets.ts)", () => {
  expect(fs.readFileSync(GENERATED, "utf8")).toBe(renderTable(buildTable()));
});

test.each([
  ["PivotTableCollection.add(...);", "1.8"],
  ["Range.getMergedAreasOrNullObject(...);", "1.13"],
  ["RangeAreas instantiate", "1.13"],
  ["Table.resize(...);", "1.13"],
  ["ChartSeries.axisGroup=...;", "1.8"],
  ["AutoFilter.apply(...);", "1.9"],
  ["WorkbookProtection.load(...);", "1.7"],
  ["WorksheetCollection.getCount();", "1.4"],
  ["Range.values=...;", undefined],
])("%s needs ExcelApi %s", (statement, version) => {
  expect(requiredExcelApi(statement)).toBe(version);
});

test("a write takes the annotation's 'for set' version where reading needs less", () => {
  const { members } = buildTable();
  const splits = Object.keys(members).filter((k) => k.endsWith("="));
  expect(splits.length).toBeGreaterThan(0);
  const [key] = splits;
  expect(requiredExcelApi(`${key}...;`)).toBe(members[key]);
  expect(parseApiSet("[Api set: ExcelApi 1.1 for get, 1.8 for set]", true)?.version).toBe("1.8");
});
