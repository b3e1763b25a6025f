// Plain data for the sheet-level objects the API exposes: tables, conditional formats, pivots, charts.
import { Rect } from "../../shared/a1";

export interface TableModel {
  id: string;
  name: string;
  rect: Rect; // includes the header row
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export type CfType = "ColorScale" | "IconSet" | "DataBar" | "CellValue" | "Custom" | "ContainsText" | "TopBottom" | "PresetCriteria";

export interface ConditionalFormatModel {
  id: string;
  type: CfType;
  ranges: Rect[];
  priority: number;
  stopIfTrue: boolean;
  /** the type-specific part, shaped like the Excel API's sub-object (colorScale, iconSet, cellValue...) */
  details: Record<string, unknown>;
}

interface PivotSource {
  sheet: string;
  rect: Rect;
  table?: string;
}

export interface PivotDataField {
  name: string;
  field: string;
  summarizeBy: string;
  showAs: { calculation: string; baseField?: string; baseItem?: string };
  numberFormat?: string;
}

export interface PivotModel {
  id: string;
  name: string;
  source: PivotSource;
  destRow: number;
  destColumn: number;
  rowFields: string[];
  dataFields: PivotDataField[];
  /** the rectangle the rendered pivot occupies, null before anything is rendered */
  outputRect: Rect | null;
}

/** Cells a chart series reads, as its series formula names them in Excel; moved and renamed with the sheet. */
export interface SeriesRef {
  sheet: string;
  rect: Rect;
}

export interface ChartSeriesModel {
  name: string;
  values: unknown[];
  xValues: unknown[];
  chartType?: string;
  axisGroup: string;
  hasDataLabels: boolean;
  /** where name, values and categories were read from; absent for what was set as a value (a name typed in) */
  refs?: { name?: SeriesRef; values?: SeriesRef; xValues?: SeriesRef };
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  series: ChartSeriesModel[];
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  axes: Record<string, { title: { text: string; visible: boolean }; minimum?: number; maximum?: number; numberFormat?: string; visible: boolean; tickLabelPosition?: string }>;
  position: { top: number; left: number; width: number; height: number; startCell?: string; endCell?: string };
  source?: { rect: Rect; seriesBy: string };
}
