// What the table proxies share: a table found with its sheet, its header texts and its data body.
import { Rect } from "../../../shared/a1";
import { TableModel } from "../../model/objects";
import { SheetModel } from "../../model/sheet";
import { SimRequestContextCore } from "../context";

export interface TableRef {
  sheet: SheetModel;
  table: TableModel;
}

export function headerNames(ref: TableRef): string[] {
  const { sheet, table } = ref;
  const out: string[] = [];
  for (let c = table.rect.c0; c <= table.rect.c1; c++) out.push(String(sheet.get(table.rect.r0, c)?.value ?? ""));
  return out;
}

export function bodyRect(t: TableModel): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) };
}

/** Makes header texts unique and non-empty as Excel does ("Column1", "Name2"). */
export function fixHeaders(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    let name = v === null || v === undefined || v === "" ? `Column${i + 1}` : String(v);
    const base = name;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function workbookTables(context: SimRequestContextCore): TableRef[] {
  return context.host.workbook.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}
