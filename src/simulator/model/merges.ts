// Merged areas of a sheet. Excel keeps a merged area's value in its top-left cell
// (https://learn.microsoft.com/office/vba/api/excel.range.merge: "The value of a merged range is specified
// in the cell of the range's upper-left corner"); merging discards the other cells' values and keeps formats.
import { Rect, intersect } from "../../shared/a1";
import { SheetModel } from "./sheet";

export function mergedAreasIn(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merges.filter((m) => intersect(m, rect) !== null);
}

/** The areas a merge of `rect` creates: one, or one per row when `across`; single cells are not merged. */
export function areasToMerge(rect: Rect, across: boolean): Rect[] {
  const areas = across ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i })) : [rect];
  return areas.filter((a) => a.r0 !== a.r1 || a.c0 !== a.c1);
}

/** Whether every merged area touching `rect` lies inside it (Excel cannot merge part of a merged area). */
export function coversWhole(sheet: SheetModel, rect: Rect): boolean {
  return mergedAreasIn(sheet, rect).every((m) => m.r0 >= rect.r0 && m.r1 <= rect.r1 && m.c0 >= rect.c0 && m.c1 <= rect.c1);
}

export function merge(sheet: SheetModel, areas: Rect[]): void {
  for (const area of areas) {
    sheet.merges = sheet.merges.filter((m) => intersect(m, area) === null);
    sheet.forEachIn(area, (r, c, cell) => {
      if (r === area.r0 && c === area.c0) return;
      cell.value = null;
      if (cell.formula !== undefined) delete cell.formula;
      if (cell.error !== undefined) delete cell.error;
    });
    sheet.merges.push({ ...area });
  }
}

export function unmerge(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
}

/** For writes: whether (row, column) is a merged area's cell other than its top-left one. */
export function hiddenByMerge(merges: Rect[]): (row: number, column: number) => boolean {
  if (merges.length === 0) return () => false;
  return (row, column) =>
    merges.some((m) => row >= m.r0 && row <= m.r1 && column >= m.c0 && column <= m.c1 && (row !== m.r0 || column !== m.c0));
}
