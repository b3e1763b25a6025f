// What the PivotTable proxies share: a PivotTable found with its sheet, its source's field names, and
// the refresh queued after a field change.
import { PivotModel } from "../../model/objects";
import { SheetModel } from "../../model/sheet";
import { SimRequestContextCore } from "../context";

export interface PivotRef {
  sheet: SheetModel;
  pivot: PivotModel;
}

export function allPivots(context: SimRequestContextCore): PivotRef[] {
  return context.host.workbook.allPivots();
}

export function sourceHeaders(context: SimRequestContextCore, pivot: PivotModel): string[] {
  const wb = context.host.workbook;
  const t = pivot.source.table ? wb.findTable(pivot.source.table) : undefined;
  const sheet = t ? t.sheet : wb.findSheet(pivot.source.sheet);
  const rect = t ? t.table.rect : pivot.source.rect;
  if (!sheet) return [];
  return wb.readValues(sheet, { ...rect, r1: rect.r0 })[0].map((v) => String(v ?? ""));
}

export function refresh(context: SimRequestContextCore, ref: PivotRef): void {
  context.deferRefresh(ref.pivot.id, () => {
    if (ref.sheet.pivots.includes(ref.pivot)) context.host.workbook.refreshPivot(ref.sheet, ref.pivot);
  });
}
