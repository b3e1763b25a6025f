// A chart of the model as a DrawingML chart part (xl/charts/chartN.xml, ECMA-376 Part 1, 21.2): one plot per
// chart type and axis group (a column chart with lines on a secondary axis is two plots sharing the area),
// each series with its series formula and the values it held as the formula's cache.
// Element order follows the schema's sequences exactly: Excel refuses a part whose children are out of order.
import { ChartModel, ChartSeriesModel, SeriesRef } from "../model/objects";
import { escapeXmlText } from "./xmlText";

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Office theme accents, written explicitly so every reader draws the same colours. */
const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

type Family = "bar" | "line" | "scatter" | "area" | "pie";

interface ChartType {
  family: Family;
  /** barDir for bars ("col" | "bar"), grouping for bars, lines and areas */
  barDir?: "col" | "bar";
  grouping?: "clustered" | "stacked" | "percentStacked" | "standard";
  markers?: boolean;
  lines?: boolean;
}

/** Excel.ChartType names to DrawingML plots; a type not listed is drawn as clustered columns. */
function chartTypeOf(name: string): ChartType {
  const stacking = /Stacked100$/.test(name) ? "percentStacked" : /Stacked$/.test(name) ? "stacked" : undefined;
  if (/^Column/.test(name)) return { family: "bar", barDir: "col", grouping: stacking ?? "clustered" };
  if (/^Bar/.test(name)) return { family: "bar", barDir: "bar", grouping: stacking ?? "clustered" };
  if (/^Line/.test(name)) return { family: "line", grouping: stacking ?? "standard", markers: /Markers/.test(name) };
  if (/^Area/.test(name)) return { family: "area", grouping: stacking ?? "standard" };
  if (/^XYScatter/.test(name)) return { family: "scatter", markers: !/NoMarkers$/.test(name), lines: /Lines/.test(name) };
  if (/^(Pie|Doughnut)/.test(name)) return { family: "pie" };
  return { family: "bar", barDir: "col", grouping: "clustered" };
}

export interface ChartXmlInput {
  chart: ChartModel;
  /** "'Sheet 1'!$A$2:$A$9" for cells a series reads, null when their sheet is gone (the cache alone is written) */
  formulaOf: (ref: SeriesRef) => string | null;
}

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

function richText(text: string, size?: number): string {
  const props = size ? `<a:pPr><a:defRPr sz="${size}" b="0"/></a:pPr>` : "";
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>${props}<a:r>${size ? `<a:rPr lang="en-US" sz="${size}" b="0"/>` : ""}<a:t>${escapeXmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size?: number): string {
  return `<c:title>${richText(text, size)}<c:overlay val="0"/></c:title>`;
}

function isNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function numData(values: unknown[], formula: string | null, formatCode = "General"): string {
  const points = values.map((v, i) => (isNumber(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  const cache = `<c:formatCode>${escapeXmlText(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}`;
  return formula ? `<c:numRef><c:f>${escapeXmlText(formula)}</c:f><c:numCache>${cache}</c:numCache></c:numRef>` : `<c:numLit>${cache}</c:numLit>`;
}

function strData(values: unknown[], formula: string | null): string {
  const points = values.map((v, i) => (v === null || v === undefined ? "" : `<c:pt idx="${i}"><c:v>${escapeXmlText(String(v))}</c:v></c:pt>`)).join("");
  const cache = `<c:ptCount val="${values.length}"/>${points}`;
  return formula ? `<c:strRef><c:f>${escapeXmlText(formula)}</c:f><c:strCache>${cache}</c:strCache></c:strRef>` : `<c:strLit>${cache}</c:strLit>`;
}

/** Categories as numbers when every one is a number (ranks), else as text. */
function categories(values: unknown[], formula: string | null): string {
  return values.length && values.every(isNumber) ? numData(values, formula) : strData(values, formula);
}

function seriesName(s: ChartSeriesModel, input: ChartXmlInput): string {
  const formula = s.refs?.name ? input.formulaOf(s.refs.name) : null;
  if (!formula) return `<c:tx><c:v>${escapeXmlText(s.name)}</c:v></c:tx>`;
  return `<c:tx><c:strRef><c:f>${escapeXmlText(formula)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXmlText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
}

function shapeProperties(family: Family, type: ChartType, colour: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  if (family === "bar" || family === "area" || family === "pie") return `<c:spPr>${fill}</c:spPr>`;
  if (family === "scatter" && !type.lines) return `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>`;
  return `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>`;
}

function marker(type: ChartType, colour: string): string {
  if (!type.markers) return `<c:marker>${val("symbol", "none")}</c:marker>`;
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return `<c:marker>${val("symbol", "circle")}${val("size", 5)}<c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`;
}

const DATA_LABELS = `<c:dLbls>${val("showLegendKey", 0)}${val("showVal", 1)}${val("showCatName", 0)}${val("showSerName", 0)}${val("showPercent", 0)}${val("showBubbleSize", 0)}</c:dLbls>`;

/** One <c:ser> in its plot's element order (CT_BarSer, CT_LineSer, CT_ScatterSer, CT_AreaSer, CT_PieSer). */
function seriesXml(s: ChartSeriesModel, index: number, type: ChartType, input: ChartXmlInput): string {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  const formula = (ref: SeriesRef | undefined) => (ref ? input.formulaOf(ref) : null);
  const head = `${val("idx", index)}${val("order", index)}${seriesName(s, input)}${shapeProperties(type.family, type, colour)}`;
  const labels = s.hasDataLabels ? DATA_LABELS : "";
  const values = numData(s.values, formula(s.refs?.values));
  switch (type.family) {
    case "bar":
      return `<c:ser>${head}${val("invertIfNegative", 0)}${labels}<c:cat>${categories(s.xValues, formula(s.refs?.xValues))}</c:cat><c:val>${values}</c:val></c:ser>`;
    case "line":
      return `<c:ser>${head}${marker(type, colour)}${labels}<c:cat>${categories(s.xValues, formula(s.refs?.xValues))}</c:cat><c:val>${values}</c:val>${val("smooth", 0)}</c:ser>`;
    case "scatter":
      return `<c:ser>${head}${marker({ ...type, markers: true }, colour)}${labels}<c:xVal>${categories(s.xValues, formula(s.refs?.xValues))}</c:xVal><c:yVal>${values}</c:yVal>${val("smooth", 0)}</c:ser>`;
    case "area":
    case "pie":
      return `<c:ser>${head}${labels}<c:cat>${categories(s.xValues, formula(s.refs?.xValues))}</c:cat><c:val>${values}</c:val></c:ser>`;
  }
}

interface Plot {
  type: ChartType;
  secondary: boolean;
  series: Array<{ series: ChartSeriesModel; index: number }>;
}

function plots(chart: ChartModel): Plot[] {
  const out: Plot[] = [];
  chart.series.forEach((series, index) => {
    const type = chartTypeOf(series.chartType ?? chart.chartType);
    const secondary = series.axisGroup === "Secondary" && type.family !== "pie";
    const key = JSON.stringify(type);
    let plot = out.find((p) => JSON.stringify(p.type) === key && p.secondary === secondary);
    if (!plot) out.push((plot = { type, secondary, series: [] }));
    plot.series.push({ series, index });
  });
  // a secondary plot needs a primary one to share its area with
  if (out.length && out.every((p) => p.secondary)) out.forEach((p) => (p.secondary = false));
  return out;
}

type AxisSettings = ChartModel["axes"][string] | undefined;

function scaling(axis: AxisSettings): string {
  const max = isNumber(axis?.maximum) ? val("max", axis!.maximum!) : "";
  const min = isNumber(axis?.minimum) ? val("min", axis!.minimum!) : "";
  return `<c:scaling>${val("orientation", "minMax")}${max}${min}</c:scaling>`;
}

function axisTitle(axis: AxisSettings): string {
  return axis?.title.text ? title(axis.title.text, 1000) : "";
}

function numberFormat(axis: AxisSettings): string {
  return axis?.numberFormat
    ? `<c:numFmt formatCode="${escapeXmlText(axis.numberFormat)}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
}

// Excel.ChartAxisTickLabelPosition to ST_TickLblPos
const LABEL_POSITIONS: Record<string, string> = { NextToAxis: "nextTo", High: "high", Low: "low", None: "none" };

const ticks = (axis: AxisSettings) =>
  `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", LABEL_POSITIONS[axis?.tickLabelPosition ?? ""] ?? "nextTo")}`;

/** CT_CatAx: axId, scaling, delete, axPos, [gridlines], title, numFmt, ticks, crossAx, crosses, auto, lblAlgn, lblOffset, noMultiLvlLbl. */
function categoryAxis(id: number, cross: number, axis: AxisSettings, hidden: boolean, position: string): string {
  return `<c:catAx>${val("axId", id)}${scaling(axis)}${val("delete", hidden || axis?.visible === false ? 1 : 0)}${val("axPos", position)}` +
    `${axisTitle(axis)}${numberFormat(axis)}${ticks(axis)}${val("crossAx", cross)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
}

/** CT_ValAx: axId, scaling, delete, axPos, majorGridlines, title, numFmt, ticks, crossAx, crosses, crossBetween. */
function valueAxis(id: number, cross: number, axis: AxisSettings, position: string, options: { gridlines: boolean; crosses: "autoZero" | "max"; between: "between" | "midCat" }): string {
  return `<c:valAx>${val("axId", id)}${scaling(axis)}${val("delete", axis?.visible === false ? 1 : 0)}${val("axPos", position)}` +
    `${options.gridlines ? "<c:majorGridlines/>" : ""}${axisTitle(axis)}${numberFormat(axis)}${ticks(axis)}${val("crossAx", cross)}${val("crosses", options.crosses)}` +
    `${val("crossBetween", options.between)}</c:valAx>`;
}

function plotXml(plot: Plot, axisIds: [number, number], input: ChartXmlInput): string {
  const series = plot.series.map(({ series: s, index }) => seriesXml(s, index, plot.type, input)).join("");
  const axes = axisIds.map((id) => val("axId", id)).join("");
  const { type } = plot;
  switch (type.family) {
    case "bar": {
      const overlap = type.grouping === "clustered" ? "" : val("overlap", 100);
      return `<c:barChart>${val("barDir", type.barDir!)}${val("grouping", type.grouping!)}${val("varyColors", 0)}${series}${val("gapWidth", 60)}${overlap}${axes}</c:barChart>`;
    }
    case "line":
      return `<c:lineChart>${val("grouping", type.grouping!)}${val("varyColors", 0)}${series}${val("marker", 1)}${axes}</c:lineChart>`;
    case "area":
      return `<c:areaChart>${val("grouping", type.grouping!)}${val("varyColors", 0)}${series}${axes}</c:areaChart>`;
    case "scatter":
      return `<c:scatterChart>${val("scatterStyle", "lineMarker")}${val("varyColors", 0)}${series}${axes}</c:scatterChart>`;
    case "pie":
      return `<c:pieChart>${val("varyColors", 1)}${series}${val("firstSliceAng", 0)}</c:pieChart>`;
  }
}

const LEGEND_POSITIONS: Record<string, string> = { Right: "r", Left: "l", Top: "t", Bottom: "b", Corner: "tr" };

export function chartXml(input: ChartXmlInput): string {
  const { chart } = input;
  const all = plots(chart);
  const primaryIds: [number, number] = [10001, 10002];
  const secondaryIds: [number, number] = [10003, 10004];
  const body = all.map((p) => plotXml(p, p.secondary ? secondaryIds : primaryIds, input)).join("");
  const axes = chart.axes;
  const xy = (secondary: boolean) => all.find((p) => p.secondary === secondary)?.type.family === "scatter";
  let axisXml = "";
  if (all.some((p) => !p.secondary && p.type.family !== "pie")) {
    const [cat, value] = primaryIds;
    axisXml += xy(false)
      ? valueAxis(cat, value, axes["Category/Primary"], "b", { gridlines: false, crosses: "autoZero", between: "midCat" })
      : categoryAxis(cat, value, axes["Category/Primary"], false, "b");
    axisXml += valueAxis(value, cat, axes["Value/Primary"], "l", { gridlines: true, crosses: "autoZero", between: xy(false) ? "midCat" : "between" });
  }
  if (all.some((p) => p.secondary)) {
    const [cat, value] = secondaryIds;
    axisXml += xy(true)
      ? valueAxis(cat, value, axes["Category/Secondary"], "b", { gridlines: false, crosses: "autoZero", between: "midCat" }).replace(val("delete", 0), val("delete", 1))
      : categoryAxis(cat, value, axes["Category/Secondary"], true, "b");
    axisXml += valueAxis(value, cat, axes["Value/Secondary"], "r", { gridlines: false, crosses: "max", between: xy(true) ? "midCat" : "between" });
  }
  const titleXml = chart.title.text ? `${title(chart.title.text, 1400)}${val("autoTitleDeleted", 0)}` : val("autoTitleDeleted", 1);
  const legend = chart.legend.visible === false ? "" : `<c:legend>${val("legendPos", LEGEND_POSITIONS[chart.legend.position] ?? "r")}<c:overlay val="0"/></c:legend>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>${val("roundedCorners", 0)}<c:chart>${titleXml}` +
    `<c:plotArea><c:layout/>${body}${axisXml}</c:plotArea>${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart></c:chartSpace>`;
}
