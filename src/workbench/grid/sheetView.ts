// The read-only view of the simulated workbook the grid draws from. Structural on purpose: it matches the
// simulator's model (SimWorkbook / SheetModel) without reaching into how the simulator builds it.
import type { Rect } from "../../shared/a1";

export type ViewCellValue = string | number | boolean | null;

export interface ViewCell {
  value: ViewCellValue;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string };
}

export interface ViewConditionalFormat {
  type: string;
  ranges: Rect[];
  priority: number;
  stopIfTrue?: boolean;
  details: Record<string, unknown>;
}

export interface ViewPivot {
  name: string;
  rowFields: string[];
  dataFields: Array<{ name: string }>;
  outputRect: Rect | null;
}

export interface ViewChart {
  name: string;
  chartType: string;
  title?: { text: string; visible: boolean };
  series: Array<{ name: string; values: unknown[]; xValues: unknown[]; chartType?: string; axisGroup?: string }>;
}

export interface ViewSheet {
  name: string;
  visibility?: string;
  get(row: number, column: number): ViewCell | undefined;
  usedRect(valuesOnly: boolean): Rect | null;
  columnWidths?: Map<number, number>;
  /** The sheet's selection, as Excel keeps one per sheet; the grid scrolls to it when it moves. */
  selection?: Rect;
  conditionalFormats: ViewConditionalFormat[];
  pivots: ViewPivot[];
  charts: ViewChart[];
}

export interface ViewWorkbook {
  sheetNames(): string[];
  /** The sheet Excel would show: Range.select() makes its sheet the active one. */
  activeSheet?(): { name: string } | undefined;
  sheet(name: string): ViewSheet;
}
