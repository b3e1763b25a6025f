// Excel.Chart, ChartCollection, ChartSeries: https://learn.microsoft.com/javascript/api/excel/excel.chart
// A chart keeps the values it was given (series values are read from their ranges at the time they are set).
import { Rect, formatLocal } from "../../shared/a1";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument } from "../errors";
import { CellValue } from "../model/cell";
import { ChartModel, ChartSeriesModel } from "../model/objects";
import { SheetModel } from "../model/sheet";
import { BagShape, SimBag } from "./bag";
import { SimClientResult } from "./clientResult";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { asExcel, standsFor } from "./standIn";

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

const TITLE: BagShape = { typeName: "ChartTitle", scalars: ["text", "visible", "overlay"] };
const AXIS: BagShape = {
  typeName: "ChartAxis",
  scalars: ["minimum", "maximum", "numberFormat", "visible", "majorUnit", "displayUnit", "tickLabelPosition"],
  children: { title: { typeName: "ChartAxisTitle", scalars: ["text", "visible"] } },
};

function rangeRef(r: Excel.Range | string, sheet: SheetModel, context: SimRequestContextCore, location: string): { sheet: SheetModel; rect: Rect } {
  if (typeof r === "string") {
    const p = parseRangeArgument(r, location);
    return { sheet: p.sheet ? context.host.workbook.requireSheet(p.sheet, location) : sheet, rect: p.rect };
  }
  if (!(r instanceof SimRange)) throw invalidArgument(location);
  const ref = r._resolve();
  if (!ref) throw invalidArgument(location);
  return ref;
}

function flatValues(context: SimRequestContextCore, ref: { sheet: SheetModel; rect: Rect }): CellValue[] {
  return context.host.workbook.readValues(ref.sheet, ref.rect).flat();
}

/**
 * Builds series from a source range as Excel does: text headers become series names, a text first column the
 * categories. Each series remembers the cells it read (Excel's series formula).
 */
function seriesFromRange(grid: CellValue[][], seriesBy: string, source: { sheet: string; rect: Rect }): ChartSeriesModel[] {
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && grid.length > 0 && grid[0].length > grid.length);
  const g = byRows ? grid[0].map((_, j) => grid.map((row) => row[j])) : grid;
  if (g.length === 0) return [];
  const headerRow = g[0].every((v) => typeof v !== "number");
  const categoryColumn = g.slice(headerRow ? 1 : 0).every((row) => typeof row[0] !== "number") && g[0].length > 1;
  const body = g.slice(headerRow ? 1 : 0);
  const firstSeries = categoryColumn ? 1 : 0;
  const first = headerRow ? 1 : 0;
  // (i, j) of the series grid `g` back to the sheet: row i, column j, transposed when series run along rows
  const cells = (i0: number, i1: number, j: number) => {
    const { r0, c0 } = source.rect;
    const rect = byRows ? { r0: r0 + j, r1: r0 + j, c0: c0 + i0, c1: c0 + i1 } : { r0: r0 + i0, r1: r0 + i1, c0: c0 + j, c1: c0 + j };
    return { sheet: source.sheet, rect };
  };
  const out: ChartSeriesModel[] = [];
  for (let j = firstSeries; j < g[0].length; j++) {
    out.push({
      name: headerRow ? String(g[0][j] ?? "") : `Series${out.length + 1}`,
      values: body.map((r) => r[j]),
      xValues: categoryColumn ? body.map((r) => r[0]) : body.map((_, i) => i + 1),
      axisGroup: "Primary",
      hasDataLabels: false,
      refs: {
        ...(headerRow ? { name: cells(0, 0, j) } : {}),
        ...(body.length ? { values: cells(first, g.length - 1, j) } : {}),
        ...(categoryColumn && body.length ? { xValues: cells(first, g.length - 1, 0) } : {}),
      },
    });
  }
  return out;
}

class SimChartSeries
  extends SimObject<ChartSeriesModel & { _chart?: ChartModel }>
  implements Pick<Excel.ChartSeries, "name" | "setValues" | "setXAxisValues" | "delete" | "getDimensionValues" | "chartType" | "axisGroup" | "hasDataLabels">
{
  declare readonly [standsFor]?: Excel.ChartSeries;
  constructor(context: SimRequestContextCore, private readonly resolver: () => { ref: ChartRef; series: ChartSeriesModel } | null) {
    super(context, "ChartSeries");
  }
  _resolve(): ChartSeriesModel | null { return this.resolver()?.series ?? null; }
  protected _scalarNames(): readonly string[] { return ["name", "chartType", "axisGroup", "hasDataLabels"]; }
  protected _readScalar(s: ChartSeriesModel, name: string): unknown {
    switch (name) {
      case "name": return s.name;
      case "chartType": return s.chartType ?? this.resolver()!.ref.chart.chartType;
      case "axisGroup": return s.axisGroup;
      case "hasDataLabels": return s.hasDataLabels;
    }
    return undefined;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) {
    this._set("name", v, (s) => {
      s.name = String(v);
      if (s.refs) delete s.refs.name;
    });
  }
  get chartType(): Excel.ChartType { return this._get("chartType"); }
  set chartType(v: Excel.ChartType) { this._set("chartType", v, (s) => (s.chartType = String(v))); }
  get axisGroup(): Excel.ChartAxisGroup | "Primary" | "Secondary" { return this._get("axisGroup"); }
  set axisGroup(v: Excel.ChartAxisGroup | "Primary" | "Secondary") {
    this._set("axisGroup", v, (s) => {
      if (v !== "Primary" && v !== "Secondary") throw invalidArgument("ChartSeries.axisGroup");
      s.axisGroup = v;
    });
  }
  get hasDataLabels(): boolean { return this._get("hasDataLabels"); }
  set hasDataLabels(v: boolean) { this._set("hasDataLabels", v, (s) => (s.hasDataLabels = Boolean(v))); }
  /** Values as text, like Excel's getDimensionValues (ExcelApi 1.12). */
  getDimensionValues(dimension: Excel.ChartSeriesDimension | "Categories" | "Values" | "XValues" | "YValues" | "BubbleSizes"): OfficeExtension.ClientResult<string[]> {
    const result = new SimClientResult<string[]>();
    this.context.enqueue("ChartSeries.getDimensionValues(...);", { call: "getDimensionValues", args: [dimension] }, () => {
      const s = this._require("ChartSeries.getDimensionValues");
      const list = dimension === "Categories" || dimension === "XValues" ? s.xValues : dimension === "Values" || dimension === "YValues" ? s.values : null;
      if (!list) throw invalidArgument("ChartSeries.getDimensionValues");
      const text = list.map((v) => (v === null || v === undefined ? "" : String(v)));
      return { response: text, commit: () => result.resolveWith(text) };
    });
    return result;
  }
  setValues(sourceData: Excel.Range): void {
    this.context.assertOwn(sourceData, "ChartSeries.setValues");
    this._call("setValues", ["range"], (s) => {
      const { ref } = this.resolver()!;
      const cells = rangeRef(sourceData, ref.sheet, this.context, "ChartSeries.setValues");
      s.values = flatValues(this.context, cells);
      s.refs = { ...s.refs, values: { sheet: cells.sheet.name, rect: cells.rect } };
    });
  }
  setXAxisValues(sourceData: Excel.Range): void {
    this.context.assertOwn(sourceData, "ChartSeries.setXAxisValues");
    this._call("setXAxisValues", ["range"], (s) => {
      const { ref } = this.resolver()!;
      const cells = rangeRef(sourceData, ref.sheet, this.context, "ChartSeries.setXAxisValues");
      s.xValues = flatValues(this.context, cells);
      s.refs = { ...s.refs, xValues: { sheet: cells.sheet.name, rect: cells.rect } };
    });
  }
  delete(): void {
    this._call("delete", [], (s) => {
      const { ref } = this.resolver()!;
      ref.chart.series = ref.chart.series.filter((x) => x !== s);
    });
  }
}

class SimChartSeriesCollection extends SimCollection<ChartSeriesModel, SimChartSeries> implements Pick<Excel.ChartSeriesCollection, "add" | "getItemAt"> {
  declare readonly [standsFor]?: Excel.ChartSeriesCollection;
  constructor(context: SimRequestContextCore, private readonly chart: () => ChartRef) {
    super(context, "ChartSeriesCollection");
  }
  protected _models(): ChartSeriesModel[] { return this.chart().chart.series; }
  protected _proxyFor(model: ChartSeriesModel): SimChartSeries {
    return new SimChartSeries(this.context, () => ({ ref: this.chart(), series: model }));
  }
  get count(): number { return this.items.length; }
  add(name?: string, index?: number): Excel.ChartSeries {
    let added: ChartSeriesModel | undefined;
    this.context.enqueue("ChartSeriesCollection.add(...);", { call: "add", args: [name ?? null, index ?? null] }, () => {
      const { chart, sheet } = this.chart();
      assertWritable(sheet, "ChartSeriesCollection.add");
      added = { name: name ?? `Series${chart.series.length + 1}`, values: [], xValues: [], axisGroup: "Primary", hasDataLabels: false };
      const at = index === undefined || index === null ? chart.series.length : index;
      if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw invalidArgument("ChartSeriesCollection.add");
      chart.series.splice(at, 0, added);
    });
    return asExcel(new SimChartSeries(this.context, () => {
      if (!added) throw new SimError("ItemNotFound", undefined, "ChartSeriesCollection.add");
      return { ref: this.chart(), series: added };
    }));
  }
  getItemAt(index: number): Excel.ChartSeries {
    return asExcel(new SimChartSeries(this.context, () => {
      const ref = this.chart();
      const s = ref.chart.series[index];
      if (!s) throw new SimError("ItemNotFound", undefined, "ChartSeriesCollection.getItemAt");
      return { ref, series: s };
    }));
  }
}

class SimChartAxes extends SimObject<ChartRef> implements Pick<Excel.ChartAxes, "getItem"> {
  declare readonly [standsFor]?: Excel.ChartAxes;
  private bags = new Map<string, SimBag<Excel.ChartAxis>>();
  constructor(context: SimRequestContextCore, private readonly resolver: () => ChartRef | null) {
    super(context, "ChartAxes");
  }
  _resolve(): ChartRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return []; }
  protected _readScalar(): unknown { return undefined; }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "categoryAxis") return this.axis("Category", "Primary");
    if (name === "valueAxis") return this.axis("Value", "Primary");
    if (name === "seriesAxis") return this.axis("Series", "Primary");
    return undefined;
  }
  private axis(type: string, group: string): SimBag<Excel.ChartAxis> {
    const key = `${type}/${group}`;
    if (!this.bags.has(key)) {
      this.bags.set(key, new SimBag<Excel.ChartAxis>(this.context, AXIS, () => {
        const ref = this._resolve();
        if (!ref) return null;
        ref.chart.axes[key] ??= { title: { text: "", visible: false }, visible: true };
        return ref.chart.axes[key];
      }));
    }
    return this.bags.get(key)!;
  }
  get categoryAxis(): Excel.ChartAxis { return asExcel(this.axis("Category", "Primary")); }
  get valueAxis(): Excel.ChartAxis { return asExcel(this.axis("Value", "Primary")); }
  get seriesAxis(): Excel.ChartAxis { return asExcel(this.axis("Series", "Primary")); }
  getItem(type: Excel.ChartAxisType | "Invalid" | "Category" | "Value" | "Series", group?: Excel.ChartAxisGroup | "Primary" | "Secondary"): Excel.ChartAxis {
    return asExcel(this.axis(String(type), String(group ?? "Primary")));
  }
}

export class SimChart
  extends SimObject<ChartRef>
  implements Pick<Excel.Chart, "name" | "id" | "chartType" | "top" | "left" | "width" | "height" | "setPosition" | "delete" | "activate">
{
  declare readonly [standsFor]?: Excel.Chart;
  private kids = new Map<string, unknown>();
  constructor(context: SimRequestContextCore, private readonly resolver: () => ChartRef | null, orNull = false) {
    super(context, "Chart", orNull);
  }
  _resolve(): ChartRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "id", "chartType", "top", "left", "width", "height"]; }
  protected _readScalar({ chart }: ChartRef, name: string): unknown {
    if (name === "name") return chart.name;
    if (name === "id") return chart.id;
    if (name === "chartType") return chart.chartType;
    return chart.position[name as "top" | "left" | "width" | "height"];
  }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "title") return this.titleBag();
    if (name === "legend") return this.legendBag();
    return undefined;
  }
  private kid<T>(key: string, make: () => T): T {
    if (!this.kids.has(key)) this.kids.set(key, make());
    return this.kids.get(key) as T;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) { this._set("name", v, ({ chart }) => (chart.name = String(v))); }
  get id(): string { return this._get("id"); }
  get chartType(): Excel.ChartType { return this._get("chartType"); }
  set chartType(v: Excel.ChartType) { this._set("chartType", v, ({ chart }) => (chart.chartType = String(v))); }
  get top(): number { return this._get("top"); }
  set top(v: number) { this._set("top", v, ({ chart }) => (chart.position.top = v)); }
  get left(): number { return this._get("left"); }
  set left(v: number) { this._set("left", v, ({ chart }) => (chart.position.left = v)); }
  get width(): number { return this._get("width"); }
  set width(v: number) { this._set("width", v, ({ chart }) => (chart.position.width = v)); }
  get height(): number { return this._get("height"); }
  set height(v: number) { this._set("height", v, ({ chart }) => (chart.position.height = v)); }
  private titleBag(): SimBag<Excel.ChartTitle> {
    return this.kid("title", () => new SimBag<Excel.ChartTitle>(this.context, TITLE, () => this._resolve()?.chart.title ?? null));
  }
  private legendBag(): SimBag<Excel.ChartLegend> {
    return this.kid("legend", () => new SimBag<Excel.ChartLegend>(this.context, { typeName: "ChartLegend", scalars: ["visible", "position"] }, () => this._resolve()?.chart.legend ?? null));
  }
  get title(): Excel.ChartTitle { return asExcel(this.titleBag()); }
  get legend(): Excel.ChartLegend { return asExcel(this.legendBag()); }
  get axes(): Excel.ChartAxes {
    return asExcel(this.kid("axes", () => new SimChartAxes(this.context, () => this._resolve())));
  }
  get series(): Excel.ChartSeriesCollection {
    return asExcel(this.kid("series", () => new SimChartSeriesCollection(this.context, () => this._require("Chart.series"))));
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.context.assertOwn(startCell, "Chart.setPosition");
    this.context.assertOwn(endCell, "Chart.setPosition");
    this._call("setPosition", [typeof startCell === "string" ? startCell : "range", typeof endCell === "string" ? endCell : null], ({ sheet, chart }) => {
      const start = rangeRef(startCell, sheet, this.context, "Chart.setPosition");
      chart.position.startCell = formatLocal({ ...start.rect, r1: start.rect.r0, c1: start.rect.c0 });
      chart.position.top = start.rect.r0 * 15;
      chart.position.left = start.rect.c0 * 48;
      if (endCell !== undefined) {
        const end = rangeRef(endCell, sheet, this.context, "Chart.setPosition");
        chart.position.endCell = formatLocal({ ...end.rect, r0: end.rect.r1, c0: end.rect.c1 });
        chart.position.height = (end.rect.r1 + 1 - start.rect.r0) * 15;
        chart.position.width = (end.rect.c1 + 1 - start.rect.c0) * 48;
      }
    });
  }
  delete(): void {
    this._call("delete", [], ({ sheet, chart }) => {
      assertWritable(sheet, "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
  activate(): void {
    this._call("activate", [], () => undefined);
  }
}

export class SimChartCollection extends SimCollection<ChartRef, SimChart> implements Pick<Excel.ChartCollection, "add" | "getItem" | "getItemAt" | "getItemOrNullObject"> {
  declare readonly [standsFor]?: Excel.ChartCollection;
  constructor(context: SimRequestContextCore, private readonly sheet: () => SheetModel) {
    super(context, "ChartCollection");
  }
  protected _models(): ChartRef[] {
    const sheet = this.sheet();
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected _proxyFor(model: ChartRef): SimChart { return this.byId(model.chart.id); }
  private byId(id: string): SimChart {
    return new SimChart(this.context, () => {
      const c = this._models().find((m) => m.chart.id === id);
      if (!c) throw new SimError("ItemNotFound", undefined, "Chart");
      return c;
    });
  }
  get count(): number { return this.items.length; }
  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows" = "Auto"): Excel.Chart {
    this.context.assertOwn(sourceData, "ChartCollection.add");
    let id: string | undefined;
    this.context.enqueue("ChartCollection.add(...);", { call: "add", args: [type, "range", seriesBy] }, () => {
      const sheet = this.sheet();
      assertWritable(sheet, "ChartCollection.add");
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw invalidArgument("ChartCollection.add");
      const src = rangeRef(sourceData, sheet, this.context, "ChartCollection.add");
      const wb = this.context.host.workbook;
      const chart: ChartModel = {
        id: wb.newGuid(),
        name: `Chart ${sheet.charts.length + 1}`,
        chartType: String(type),
        series: seriesFromRange(wb.readValues(src.sheet, src.rect), seriesBy, { sheet: src.sheet.name, rect: src.rect }),
        title: { text: "", visible: false },
        legend: { visible: true, position: "Right" },
        axes: {},
        position: { top: 0, left: 0, width: 360, height: 216 },
        source: { rect: src.rect, seriesBy },
      };
      sheet.charts.push(chart);
      id = chart.id;
    });
    return asExcel(new SimChart(this.context, () => {
      const c = this._models().find((m) => m.chart.id === id);
      if (!c) throw new SimError("ItemNotFound", undefined, "ChartCollection.add");
      return c;
    }));
  }
  getItem(name: string): Excel.Chart {
    return asExcel(new SimChart(this.context, () => {
      const c = this._models().find((m) => m.chart.name === name);
      if (!c) throw new SimError("ItemNotFound", undefined, "ChartCollection.getItem");
      return c;
    }));
  }
  getItemOrNullObject(name: string): Excel.Chart {
    return asExcel(new SimChart(this.context, () => this._models().find((m) => m.chart.name === name) ?? null, true));
  }
  getItemAt(index: number): Excel.Chart {
    return asExcel(new SimChart(this.context, () => {
      const c = this._models()[index];
      if (!c) throw new SimError("ItemNotFound", undefined, "ChartCollection.getItemAt");
      return c;
    }));
  }
}
