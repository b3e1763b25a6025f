// What the workbook says the add-in owns: ClientRater_* names on owned column headers and owned
// sheets, plus the owned-record custom XML part giving the rated sheet and its last data row.
import type { SimWorkbook } from "../../src/simulator";
import { FOCUS_SHEET_NAME, HISTORY_SHEET_NAME, NAME_PREFIX, OWNED_NS, PARETO_SHEET_NAME, PROFILE_SHEET_NAME, parseOwnedRecord, type OwnedRecord } from "../../src/excel/ownership";
import { readXmlRecord } from "../../src/excel/xmlRecord";

export interface OwnedArea {
  /** Sheets the add-in created (Pareto, Rating profile, Focus, Rating history). */
  sheets: Set<string>;
  /** Owned columns: sheet, column index, rows from header to last data row (0-based, inclusive). */
  columns: { sheet: string; col: number; r0: number; r1: number }[];
}

export function ownedRecordOf(wb: SimWorkbook): OwnedRecord | null {
  return (
    wb.customXmlParts
      .filter((p) => p.xml.includes(OWNED_NS))
      .map((p) => readXmlRecord(p.xml))
      .map((r) => (r.ok ? parseOwnedRecord(r.text) : null))
      .find((r) => r !== null) ?? null
  );
}

export function ownedArea(wb: SimWorkbook): OwnedArea {
  const sheets = new Set<string>();
  const columns: OwnedArea["columns"] = [];
  const record = ownedRecordOf(wb);
  for (const name of wb.names) {
    if (!name.name.startsWith(NAME_PREFIX) || !name.ref) continue;
    if ([PARETO_SHEET_NAME, PROFILE_SHEET_NAME, FOCUS_SHEET_NAME, HISTORY_SHEET_NAME].includes(name.name)) {
      sheets.add(name.ref.sheet);
      continue;
    }
    const { sheet, rect } = name.ref;
    const table = wb.sheet(sheet).tables.find((t) => rect.c0 >= t.rect.c0 && rect.c0 <= t.rect.c1 && rect.r0 === t.rect.r0);
    const lastRow = Math.max(record && record.sheet === sheet ? record.lastDataRow : rect.r1, table ? table.rect.r1 : rect.r1);
    columns.push({ sheet, col: rect.c0, r0: rect.r0, r1: lastRow });
  }
  return { sheets, columns };
}

export function isOwnedCell(area: OwnedArea, sheet: string, row: number, col: number): boolean {
  return area.sheets.has(sheet) || area.columns.some((o) => o.sheet === sheet && o.col === col && row >= o.r0 && row <= o.r1);
}

export function mergeOwned(a: OwnedArea, b: OwnedArea): OwnedArea {
  return { sheets: new Set([...a.sheets, ...b.sheets]), columns: [...a.columns, ...b.columns] };
}
