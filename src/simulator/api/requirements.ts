// Requirement sets of the members the simulator implements above ExcelApi 1.1, so that a host claiming an
// older ExcelApi fails them as Excel does. Office.js from the CDN always has every method, so an old Excel
// rejects the request when it arrives: the call queues, and the sync fails with ApiNotFound.
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling#error-codes
// Keys: "Type.member" or "Type" (every member of the type), matched against a queued statement.
const MEMBER_SETS: Record<string, string> = {
  CustomXmlPartCollection: "1.5",
  CustomXmlPart: "1.5",
  ConditionalFormatCollection: "1.6",
  WorkbookProtection: "1.7",
  PivotTableCollection: "1.8",
  PivotTable: "1.8",
  PivotHierarchyCollection: "1.8",
  PivotHierarchy: "1.8",
  RowColumnPivotHierarchyCollection: "1.8",
  RowColumnPivotHierarchy: "1.8",
  DataPivotHierarchyCollection: "1.8",
  DataPivotHierarchy: "1.8",
  "ChartSeries.axisGroup": "1.8",
  AutoFilter: "1.9",
  RangeAreas: "1.9",
  "RangeAreas instantiate": "1.13", // only Range.getMergedAreasOrNullObject makes one
  "Table.resize": "1.13",
};

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** The ExcelApi version a queued statement ("PivotTableCollection.add(...);", "ChartSeries.axisGroup=...;") needs, if above 1.1. */
export function requiredExcelApi(statement: string): string | undefined {
  const type = /^[A-Za-z]+/.exec(statement)?.[0] ?? "";
  const member = /^[A-Za-z]+\.([A-Za-z]+)/.exec(statement)?.[1];
  const instantiate = statement.startsWith(`${type} instantiate`) ? `${type} instantiate` : undefined;
  return (member && MEMBER_SETS[`${type}.${member}`]) ?? (instantiate && MEMBER_SETS[instantiate]) ?? MEMBER_SETS[type];
}

export function supportsSet(sets: Record<string, string>, name: string, minVersion?: string): boolean {
  const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (have === undefined) return false;
  return minVersion === undefined || versionAtLeast(have, String(minVersion));
}
