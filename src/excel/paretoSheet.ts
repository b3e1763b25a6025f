// The Pareto (80/20) sheet: summary, clients in Pareto order, chart data, PivotTable and charts.
// The sheet is the add-in's: found again through a workbook name, deleted and rebuilt on every run.
// Layout in columns, so any client count that fits a sheet fits here: the client list from A1 down
// (A:F), the summary in H:I, the charts floating below it, the PivotTable from Q1, chart data from W1.
import { ownedColumnHeaders, paretoClassWords, type Language } from "../core/labels";
import type { ParetoResult, RatingWarning } from "../core/types";
import type { BlockWriter, OutCell } from "./blockWriter";
import { rectAt, rectColumns, rectRows, type Rect } from "../shared/a1";
import { fill, sheetWords, textNumbers, vitalFewParams, type ParetoSheetWords } from "./sheetWords";

/** Above this many clients the chart shows the top ones and one "others" column. */
const CHART_CLIENTS = 50;
/** Points of the whale curve (cumulative share by rank), sampled evenly. */
const WHALE_POINTS = 200;
const TABLE_TOP_ROW = 0; // 0-based row of the client list's header (sheet row 1)
const SUMMARY_COL = 7; // column H
const PIVOT_COL = 16; // column Q
const CHART_DATA_COL = 22; // column W
const PARETO_CHART_AT = ["H17", "O33"] as const;
const WHALE_CHART_AT = ["H35", "O51"] as const;

export interface ParetoInput {
  sheetName: string;
  pareto: ParetoResult;
  clientNames: string[];
  /** Source of the PivotTable (client sheet: header row to last data row, data and owned columns). */
  pivotSource: { sheet: string; rect: Rect } | null;
  /** Why there is no pivotSource: the column (letters) inside the rated block that has no header. */
  pivotBlankHeader?: string;
  gradeHeader: string;
  /** Exact header texts of the name and value columns on the client sheet (the pivot's field names). */
  nameHeader: string;
  pivotValueHeader: string;
  valueShareHeader: string;
  /** Language of the sheet's words (the run's language). */
  language?: Language;
}

const pct = "0.0%";
/** The Pareto list's value format, for the PivotTable's sums too. */
const SUM_FORMAT = "#,##0.00";
/** Column widths in points: rank ("Helyezés" in bold), client, value, share, cumulative share (up to "Cumulatief waardeaandeel"), class; and the summary's labels. */
const LIST_WIDTHS = [60, 150, 80, 80, 145, 100];
const SUMMARY_LABEL_WIDTH = 290;
const SUMMARY_VALUE_WIDTH = 110;
/** The chart data's columns (client, value, cumulative share, target line), as wide as the list's. */
const CHART_DATA_WIDTHS = [150, 80, 145, 100];

/** Charts and PivotTable, queued once the sheet has its final name (they refer to it). */
export type QueueParetoObjects = (finalSheetName: string) => void;

/**
 * Writes the sheet's cells (the large table through the writer's chunking) on `input.sheetName`
 * and returns what queues its charts and PivotTable, for the run's final sync.
 */
export async function writeParetoSheet(context: Excel.RequestContext, writer: BlockWriter, input: ParetoInput, warnings: RatingWarning[]): Promise<QueueParetoObjects> {
  const { pareto: p, sheetName } = input;
  const ws = context.workbook.worksheets.getItem(sheetName);
  const nameOf = (i: number) => input.clientNames[i] ?? "";
  const w = sheetWords(input.language).pareto;
  const params = { ...vitalFewParams(input.language), value: p.valueColumn, target: targetText(input) };
  const summary: [string, OutCell, string][] = [
    [fill(w.title, params), "", "@"],
    [w.clientsWithValue, p.order.length, "0"],
    [fill(w.total, params), p.total, "#,##0.00"],
    [fill(w.vitalFewCount, params), p.vitalFewCount, "0"],
    [fill(w.vitalFewShare, params), p.vitalFewShare, pct],
    [w.largestClient, p.largestIndex >= 0 ? nameOf(p.largestIndex) : "", "@"],
    [w.largestShare, p.largestShare, pct],
    [w.top20Share, p.top20Share, pct],
    [w.hhi, p.hhi, "0.000"],
    [w.lossMakers, p.lossMakers, "0"],
    [w.excluded, p.excluded.length, "0"],
  ];
  if (p.tooLarge.length > 0) summary.push([w.tooLarge, p.tooLarge.length, "0"]);
  if (p.largestWarning) summary.push([w.warningLabel, w.concentrationWarning, "@"]);
  if (p.effortColumn && p.effortShareByClient) {
    let effort = 0;
    for (let k = 0; k < p.order.length; k++) if (p.vitalFewByClient[p.order[k]]) effort += finite(p.effortShareByClient[p.order[k]]);
    summary.push([fill(w.effortShare, { ...params, effort: p.effortColumn }), effort, pct]);
  }
  // Core's error is English for the API's callers; the sheet says it in the user's words.
  const problem = p.order.length === 0 ? w.noReadableValue : w.totalNotPositive;
  if (p.error) summary.push([w.noteLabel, problem, "@"]);
  await writer.write(sheetName, 0, SUMMARY_COL, summary.map((r) => [r[0], r[1]]), summary.map((r) => ["@", r[2]]));
  ws.getRangeByIndexes(0, SUMMARY_COL, 1, 1).format.font.bold = true;

  // Clients in Pareto order. Names are copied as text ("@" first), never as formulas.
  const n = p.order.length;
  // Share and class are the client sheet's own columns, so they carry its headers and words.
  const headers = ownedColumnHeaders(input.language);
  const classes = paretoClassWords(input.language);
  const rows: OutCell[][] = [[w.rank, w.client, p.valueColumn, headers.valueShare, w.cumulativeShare, headers.paretoClass]];
  const formats: string[][] = [["@", "@", "@", "@", "@", "@"]];
  for (let k = 0; k < n; k++) {
    const i = p.order[k];
    rows.push([k + 1, nameOf(i), p.values[k], finite(p.shares[k]), finite(p.cumShares[k]), p.vitalFewByClient[i] ? classes.vitalFew : classes.rest]);
    formats.push(["0", "@", "#,##0.00", pct, pct, "@"]);
  }
  await writer.write(sheetName, TABLE_TOP_ROW, 0, rows, formats);
  ws.getRangeByIndexes(TABLE_TOP_ROW, 0, 1, 6).format.font.bold = true;
  // Widths for the words, which run longer in German or Hungarian; set per column, not autofit over every row.
  LIST_WIDTHS.forEach((width, col) => (ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width));
  ws.getRangeByIndexes(0, SUMMARY_COL, 1, 1).format.columnWidth = SUMMARY_LABEL_WIDTH;
  ws.getRangeByIndexes(0, SUMMARY_COL + 1, 1, 1).format.columnWidth = SUMMARY_VALUE_WIDTH;

  if (p.total <= 0 || n === 0) {
    await writer.write(sheetName, summary.length + 1, SUMMARY_COL, [[problem]], [["@"]]);
    return () => undefined;
  }
  const chartRows = await writeChartData(writer, input);
  CHART_DATA_WIDTHS.forEach((width, i) => (ws.getRangeByIndexes(0, CHART_DATA_COL + i, 1, 1).format.columnWidth = width));
  const whale = p.lossMakers > 0 ? await writeWhaleData(writer, input) : null;
  const pivot = input.pivotSource;
  if (!input.pivotSource) {
    const column = input.pivotBlankHeader ?? "?";
    warnings.push({
      code: "no-pivot-layout",
      message: `No PivotTable: column ${column}, between the client list and the rating columns, has no header; a PivotTable needs a header on every column.`,
      params: { column },
    });
  }
  return (finalSheetName) => {
    const final = { ...input, sheetName: finalSheetName };
    const sheet = context.workbook.worksheets.getItem(finalSheetName);
    queueParetoChart(sheet, final, chartRows);
    if (whale) queueWhaleCurve(sheet, whale, wordsOf(input).whaleChartTitle);
    if (pivot) queuePivot(context, sheet, final, pivot);
  };
}

const finite = (x: number) => (Number.isFinite(x) ? x : 0);

/** The Pareto target as the language writes a percentage: "80%", "80 %". */
function targetText(input: ParetoInput): string {
  return textNumbers(input.language).percent(input.pareto.target);
}

function wordsOf(input: ParetoInput): ParetoSheetWords {
  return sheetWords(input.language).pareto;
}

/** Top CHART_CLIENTS clients (+ one "Others" column): label, value, cumulative share, target line. */
async function writeChartData(writer: BlockWriter, input: ParetoInput): Promise<number> {
  const p = input.pareto;
  const n = p.order.length;
  const shown = Math.min(n, CHART_CLIENTS);
  const w = wordsOf(input);
  const rows: OutCell[][] = [[w.client, p.valueColumn, w.cumulativeShare, fill(w.targetLine, { target: targetText(input) })]];
  for (let k = 0; k < shown; k++) rows.push([input.clientNames[p.order[k]] ?? "", p.values[k], finite(p.cumShares[k]), p.target]);
  if (n > shown) {
    let rest = 0;
    for (let k = shown; k < n; k++) rest += p.values[k];
    rows.push([fill(w.others, { count: n - shown }), rest, finite(p.cumShares[n - 1]), p.target]);
  }
  const formats = rows.map((_, r) => (r === 0 ? ["@", "@", "@", "@"] : ["@", SUM_FORMAT, pct, pct]));
  await writer.write(input.sheetName, TABLE_TOP_ROW, CHART_DATA_COL, rows, formats);
  return rows.length;
}

function queueParetoChart(ws: Excel.Worksheet, input: ParetoInput, rows: number): void {
  const chart = ws.charts.add("ColumnClustered", ws.getRangeByIndexes(TABLE_TOP_ROW, CHART_DATA_COL, rows, 4), "Columns");
  chart.title.text = wordsOf(input).paretoChartTitle;
  chart.setPosition(PARETO_CHART_AT[0], PARETO_CHART_AT[1]);
  for (const index of [1, 2]) {
    const series = chart.series.getItemAt(index);
    series.chartType = "Line";
    series.axisGroup = "Secondary";
  }
  // The "Others" row sums every client past the top CHART_CLIENTS: as a column it would dwarf them all (the
  // axis would run to its total), so the columns stop before it and the cumulative line alone reaches it.
  if (input.pareto.order.length > CHART_CLIENTS) {
    chart.series.getItemAt(0).setValues(ws.getRangeByIndexes(TABLE_TOP_ROW + 1, CHART_DATA_COL + 1, rows - 2, 1));
  }
  chart.axes.getItem("Value", "Primary").numberFormat = "#,##0";
  const shares = chart.axes.getItem("Value", "Secondary");
  shares.minimum = 0;
  // Cumulative shares pass 100% only when clients that lose money follow; then the axis finds its own top.
  if (!input.pareto.cumShares.subarray(0, CHART_CLIENTS).some((share) => share > 1)) shares.maximum = 1;
  shares.numberFormat = "0%";
}

async function writeWhaleData(writer: BlockWriter, input: ParetoInput): Promise<Rect> {
  const p = input.pareto;
  const n = p.order.length;
  const step = Math.max(1, Math.ceil(n / WHALE_POINTS));
  const w = wordsOf(input);
  const rows: OutCell[][] = [[w.rank, w.cumulativeShare]];
  for (let k = 0; k < n; k += step) rows.push([k + 1, finite(p.cumShares[k])]);
  if ((n - 1) % step !== 0) rows.push([n, finite(p.cumShares[n - 1])]);
  const top = TABLE_TOP_ROW + CHART_CLIENTS + 4;
  await writer.write(input.sheetName, top, CHART_DATA_COL, rows, rows.map((_, r) => (r === 0 ? ["@", "@"] : ["0", pct])));
  return rectAt(top, CHART_DATA_COL, rows.length, 2);
}

function queueWhaleCurve(ws: Excel.Worksheet, rect: Rect, title: string): void {
  const values = ws.getRangeByIndexes(rect.r0 + 1, rect.c0 + 1, rectRows(rect) - 1, 1);
  const chart = ws.charts.add("Line", values, "Columns");
  chart.title.text = title;
  // The curve is sampled (every step-th client): the axis shows each point's real rank, not 1, 2, 3...
  chart.series.getItemAt(0).setXAxisValues(ws.getRangeByIndexes(rect.r0 + 1, rect.c0, rectRows(rect) - 1, 1));
  chart.series.getItemAt(0).name = title;
  // One series named as the title: a legend would only repeat the title beside a narrower curve.
  chart.legend.visible = false;
  chart.axes.getItem("Value", "Primary").numberFormat = "0%";
  chart.setPosition(WHALE_CHART_AT[0], WHALE_CHART_AT[1]); // under the Pareto chart
}

function queuePivot(context: Excel.RequestContext, ws: Excel.Worksheet, input: ParetoInput, source: { sheet: string; rect: Rect }): void {
  const { sheet, rect } = source;
  const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(rect.r0, rect.c0, rectRows(rect), rectColumns(rect));
  const pivot = ws.pivotTables.add("ClientRaterPivot", range, ws.getRangeByIndexes(TABLE_TOP_ROW, PIVOT_COL, 1, 1));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(input.gradeHeader));
  const count = pivot.dataHierarchies.add(pivot.hierarchies.getItem(input.nameHeader));
  count.summarizeBy = "Count";
  count.numberFormat = "#,##0";
  const w = wordsOf(input);
  const value = { value: input.pareto.valueColumn };
  count.name = w.pivotClients;
  const sum = pivot.dataHierarchies.add(pivot.hierarchies.getItem(input.pivotValueHeader));
  sum.summarizeBy = "Sum";
  sum.numberFormat = SUM_FORMAT;
  sum.name = fill(w.pivotSum, value);
  // The value share column sums to the grade's share of the total; showAs makes it read as such.
  const share = pivot.dataHierarchies.add(pivot.hierarchies.getItem(input.valueShareHeader));
  share.summarizeBy = "Sum";
  share.showAs = { calculation: "PercentOfGrandTotal" } as Excel.ShowAsRule;
  share.numberFormat = pct;
  share.name = fill(w.pivotShare, value);
}
