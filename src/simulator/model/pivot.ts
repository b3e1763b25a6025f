// Computes a PivotTable's output (compact layout: "Row Labels", one column per data field, "Grand Total"),
// the way Excel lays out a new PivotTable: row items sorted ascending.
import { Rect } from "../../shared/a1";
import { CellValue } from "./cell";
import { PivotDataField, PivotModel } from "./objects";
import { PivotCaptions } from "./pivotCaptions";

export type Grid = CellValue[][];

function summarize(values: CellValue[], how: string): number {
  const nums = values.filter((v): v is number => typeof v === "number");
  switch (how.toLowerCase()) {
    case "count":
      return values.filter((v) => v !== null && v !== "").length;
    case "countnumbers":
      return nums.length;
    case "average":
      return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : 0;
    case "max":
      return nums.length ? Math.max(...nums) : 0;
    case "min":
      return nums.length ? Math.min(...nums) : 0;
    case "product":
      return nums.reduce((a, b) => a * b, 1);
    default:
      return nums.reduce((a, b) => a + b, 0);
  }
}

function compareItems(a: CellValue, b: CellValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return String(a ?? "").localeCompare(String(b ?? ""), "en", { sensitivity: "base" });
}

function applyShowAs(column: number[], total: number, field: PivotDataField): number[] {
  const calc = field.showAs.calculation.toLowerCase();
  if (calc === "percentofgrandtotal" || calc === "percentofcolumntotal") return column.map((v) => (total === 0 ? 0 : v / total));
  if (calc === "runningtotal") {
    let acc = 0;
    return column.map((v) => (acc += v));
  }
  if (calc === "percentrunningtotal") {
    let acc = 0;
    return column.map((v) => (total === 0 ? 0 : (acc += v) / total));
  }
  if (calc === "rankascending" || calc === "rankdecending" || calc === "rankdescending") {
    const sorted = [...column].sort((a, b) => (calc === "rankascending" ? a - b : b - a));
    return column.map((v) => sorted.indexOf(v) + 1);
  }
  return column;
}

export function defaultDataFieldName(summarizeBy: string, field: string): string {
  const label = summarizeBy.toLowerCase() === "countnumbers" ? "Count" : summarizeBy.charAt(0).toUpperCase() + summarizeBy.slice(1);
  return `${label} of ${field}`;
}

/** A pivot's source, read column by column: only the fields the pivot uses are read. */
export interface PivotSource {
  headers: string[];
  rowCount: number;
  /** the values below the header of source column `index` (-1: a missing field, all null) */
  column(index: number): CellValue[];
}

/** The rendered pivot as a grid of values (header row first). */
export function renderPivot(pivot: PivotModel, source: PivotSource, captions: PivotCaptions): Grid {
  const columns = new Map<number, CellValue[]>();
  const values = (name: string): CellValue[] => {
    const index = source.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (!columns.has(index)) columns.set(index, index < 0 ? new Array(source.rowCount).fill(null) : source.column(index));
    return columns.get(index)!;
  };
  const rowField = pivot.rowFields[0];
  const dataFields = pivot.dataFields;
  if (!rowField && dataFields.length === 0) return [];
  const header: CellValue[] = [rowField ? captions.rowHeader : null, ...dataFields.map((d) => d.name)];
  if (!rowField) return [header.slice(1), dataFields.map((d) => summarize(values(d.field), d.summarizeBy))];
  const keys = values(rowField);
  const groups = new Map<string, { item: CellValue; rows: number[] }>();
  keys.forEach((item, i) => {
    const key = typeof item === "string" ? item.toLowerCase() : String(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { item: item === null || item === "" ? "(blank)" : item, rows: [] }));
    group.rows.push(i);
  });
  const items = [...groups.values()].sort((a, b) => compareItems(a.item, b.item));
  const results = dataFields.map((d) => {
    const column = values(d.field);
    const raw = items.map((g) => summarize(g.rows.map((i) => column[i]), d.summarizeBy));
    const total = summarize(column, d.summarizeBy);
    return { values: applyShowAs(raw, total, d), total: d.showAs.calculation.toLowerCase() === "none" ? total : applyShowAs([total], total, d)[0] };
  });
  const grid: Grid = [header];
  items.forEach((g, i) => grid.push([g.item, ...results.map((c) => c.values[i])]));
  grid.push([captions.grandTotal, ...results.map((c) => c.total)]);
  return grid;
}

export function gridRect(destRow: number, destColumn: number, grid: Grid): Rect | null {
  if (grid.length === 0) return null;
  return { r0: destRow, c0: destColumn, r1: destRow + grid.length - 1, c1: destColumn + Math.max(...grid.map((r) => r.length)) - 1 };
}
