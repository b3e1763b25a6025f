// Requirement sets of the members the simulator implements above ExcelApi 1.1, so that a host claiming an
// older ExcelApi fails them as Excel does. Office.js from the CDN always has every method, so an old Excel
// rejects the request when it arrives: the call queues, and the sync fails with ApiNotFound.
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling#error-codes
// The versions come from @types/office-js's annotations (requirementSets.generated.ts), the same source the
// requirement-set checker of scripts/fidelity reads.
import { MEMBER_SETS, TYPE_SETS } from "./requirementSets.generated";

// Proxies made without a member call of their own: the member that makes them in the simulator.
const MADE_BY: Readonly<Record<string, string>> = {
  "RangeAreas instantiate": "Range.getMergedAreasOrNullObject",
};

function versionAtLeast(have: string, want: string): boolean {
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
  const write = member !== undefined && statement.startsWith(`${type}.${member}=`);
  const found = [TYPE_SETS[type], MEMBER_SETS[MADE_BY[statement] ?? ""]];
  if (member) found.push((write ? MEMBER_SETS[`${type}.${member}=`] : undefined) ?? MEMBER_SETS[`${type}.${member}`]);
  return found.filter((v): v is string => v !== undefined).reduce<string | undefined>((max, v) => (max === undefined || versionAtLeast(v, max) ? v : max), undefined);
}

export function supportsSet(sets: Record<string, string>, name: string, minVersion?: string): boolean {
  const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (have === undefined) return false;
  return minVersion === undefined || versionAtLeast(have, String(minVersion));
}
