// The Focus sheet: on one sheet, whom to keep, develop, fix and reconsider and whom to call, and
// why. Owned like the Pareto sheet (a workbook name on its A1; rebuilt under a temporary name and
// swapped in by the run's final sync). Everything on it comes from core's buildFocus; the words
// from core's decisionLabels in the first profile's language.
// Layout: the sections from A1 down in columns A:G, the scatter chart floating right of them from
// column J, its data from column AA.
import { decisionWords, fillIn, flagWords, NEXT_STEPS, type DecisionWords, type Focus, type FocusEntry, type FocusList, type Language, type NextStep, type Profile } from "../core";
import type { BlockWriter, OutCell } from "./blockWriter";
import { writeMigrationTable, type FocusHistory } from "./migrationTable";

export const FOCUS_SHEET_BASE: Record<Language, string> = { en: "Focus", nl: "Focus", de: "Fokus", hu: "Fókusz" };
/** Our names for the sheet in every language: a run in another language renames a sheet it named. */
export const FOCUS_SHEET_BASES: readonly string[] = [...new Set(Object.values(FOCUS_SHEET_BASE))];
const CHART_DATA_COL = 26; // column AA
const CHART_AT = ["J4", "Q24"] as const;
const VALUE = "#,##0.00";
const SCORE = "0.0";
const SHARE = "0.0%";
/** Column widths in points: names, score, grade, value, next step, reasons (up to 120 characters), extra. */
const COLUMN_POINTS = [150, 55, 55, 80, 75, 430, 80];

export interface FocusInput {
  sheetName: string;
  focus: Focus;
  profiles: Profile[];
  /** The rating date, for the subtitle. */
  ratingDate: string;
  goodFitGrades: string[];
  /** The Pareto effort column and the profile's flag limits, for the legend. */
  effortColumn?: string;
  /** Grade changes since the previous rating, written under everything else (migrationTable.ts). */
  history?: FocusHistory;
}

type Row = { cells: OutCell[]; formats: string[]; bold?: boolean };

/** The sheet's rows, top to bottom (pure, for tests). */
function focusSheetRows(input: FocusInput): Row[] {
  const { focus } = input;
  const language = input.profiles[0]?.language ?? "en";
  const words = decisionWords(language);
  const w = words.focus;
  const value = focus.valueColumn ?? "";
  const rows: Row[] = [];
  const text = (...cells: string[]): Row => ({ cells, formats: cells.map(() => "@") });
  const bold = (row: Row): Row => ({ ...row, bold: true });
  const blank = () => rows.push(text(""));

  rows.push(bold(text(w.title)));
  rows.push(text(fillIn(w.subtitle, { date: input.ratingDate, grades: input.goodFitGrades.join(", "), value })));
  blank();
  rows.push(bold(text(w.step, w.clients, w.what)));
  for (const step of NEXT_STEPS) {
    rows.push({ cells: [focus.stepNames[step], focus.counts[step], w.meaning[step]], formats: ["@", "0", "@"] });
  }

  const listSection = (title: string, meaning: string, list: FocusList, extra?: { header: string; cell: (e: FocusEntry) => OutCell; format: string }) => {
    blank();
    rows.push(bold(text(`${title} (${list.total})`)));
    if (meaning) rows.push(text(meaning));
    if (list.total === 0) {
      rows.push(text(w.none));
      return;
    }
    const c = w.columns;
    const header = [c.name, c.score, c.grade, fillIn(c.value, { value }), c.nextStep, c.reason];
    rows.push(bold(text(...(extra ? [...header, extra.header] : header))));
    for (const e of list.entries) {
      const cells: OutCell[] = [e.name, finite(e.score), e.grade, finite(e.value), e.nextStep, e.reason];
      const formats = ["@", SCORE, "@", VALUE, "@", "@"];
      if (extra) {
        cells.push(extra.cell(e));
        formats.push(extra.format);
      }
      rows.push({ cells, formats });
    }
    if (list.total > list.entries.length) rows.push(text(fillIn(w.more, { count: list.total - list.entries.length })));
  };
  const headroom = focus.developBy === "headroom" ? { header: w.columns.headroom, cell: (e: FocusEntry) => finite(e.headroom), format: VALUE } : undefined;
  const steps: [NextStep, typeof headroom][] = [["keep", undefined], ["develop", headroom], ["fix", undefined], ["reconsider", undefined]];
  for (const [step, extra] of steps) listSection(focus.stepNames[step], w.meaning[step], focus.lists[step], extra);
  if (focus.contactDueDays !== null) {
    listSection(w.contactDue, fillIn(w.contactDueMeaning, { days: focus.contactDueDays }), focus.lists.contactDue, {
      header: w.columns.lastContact,
      cell: (e) => (typeof e.detail === "number" ? e.detail : ""),
      format: "0",
    });
  }
  if (focus.ownGradeColumn !== null) {
    listSection(w.gutFeeling, fillIn(w.gutFeelingMeaning, { column: focus.ownGradeColumn }), focus.lists.gutFeeling, {
      header: w.columns.ownGrade,
      cell: (e) => String(e.detail ?? ""),
      format: "@",
    });
  }

  rows.push(...concentrationRows(focus, words, text, bold));
  rows.push(...marketRows(focus, words, text, bold));
  rows.push(...legendRows(input, words, language, text, bold));
  return rows;
}

function concentrationRows(focus: Focus, words: DecisionWords, text: (...c: string[]) => Row, bold: (r: Row) => Row): Row[] {
  const w = words.focus;
  const rows: Row[] = [text(""), bold(text(w.concentration))];
  const concentration = focus.warnings.filter((x) => x.code === "largest-client-share" || x.code === "top20-share" || x.code === "hhi");
  if (focus.valueColumn === null) return rows;
  const shares = focus.concentration;
  if (shares) {
    rows.push({ cells: [w.largestShare, shares.largestShare], formats: ["@", SHARE] });
    rows.push({ cells: [w.top20Share, shares.top20Share], formats: ["@", SHARE] });
    rows.push({ cells: [w.hhi, shares.hhi], formats: ["@", "0.000"] });
  }
  if (!concentration.some((x) => x.code === "largest-client-share")) rows.push(text(fillIn(w.noConcentration, { value: focus.valueColumn })));
  for (const warning of concentration) rows.push(text(warning.message));
  return rows;
}

function marketRows(focus: Focus, words: DecisionWords, text: (...c: string[]) => Row, bold: (r: Row) => Row): Row[] {
  const w = words.focus;
  const check = focus.marketCheck;
  const rows: Row[] = [text(""), bold(text(w.market))];
  // No header over the share: the grade header spills over its empty neighbour.
  rows.push(bold(text(w.segment, w.clients, fillIn(w.topGradeShare, { grade: check.grade }))));
  const line = (label: string, s: typeof check.overall): Row => ({ cells: [label, s.clients, s.topGrade, s.share], formats: ["@", "0", "0", SHARE] });
  rows.push(line(w.allClients, check.overall));
  for (const s of check.segments) rows.push(line(s.segment, s));
  const warnings = [check.overall, ...check.segments].filter((s) => s.warning).map((s) => s.warning!.message);
  if (warnings.length === 0) rows.push(text(w.topGradeOk));
  for (const message of warnings) rows.push(text(message));
  return rows;
}

function legendRows(input: FocusInput, words: DecisionWords, language: Language, text: (...c: string[]) => Row, bold: (r: Row) => Row): Row[] {
  const w = words.focus;
  const profile = input.profiles[0];
  const flags = flagWords(language);
  const counts = input.focus.flagCounts;
  const rows: Row[] = [text(""), bold(text(w.legend)), bold(text(w.flag, w.clients, w.meaningHeader))];
  const line = (flag: string, count: OutCell, meaning: string): Row => ({ cells: [flag, count, meaning], formats: ["@", "0", "@"] });
  const value = input.focus.valueColumn ?? "";
  if (input.effortColumn) {
    rows.push(line(flags.costlyToServe, counts.effort, fillIn(words.legend.effort, { ratio: profile?.flags?.effortRatio ?? 2, column: input.effortColumn })));
  }
  const discount = profile?.flags?.discount;
  if (discount) rows.push(line(words.flags.discount, counts.discount, fillIn(words.legend.discount, { column: discount.column, limit: discount.above })));
  const late = profile?.flags?.latePayment;
  if (late) rows.push(line(words.flags.late, counts.late, fillIn(words.legend.late, { column: late.column, limit: late.above })));
  if (value) rows.push(line(words.flags.loss, counts.loss, fillIn(words.legend.loss, { column: value })));
  rows.push(line(flags.knockedOut, "", words.legend.knockedOut));
  rows.push(line(flags.missingData, "", words.legend.missingData));
  return rows;
}

const finite = (x: number): OutCell => (Number.isFinite(x) ? x : "");

/** Queues the chart once the sheet has its final name (it refers to it). */
export type QueueFocusObjects = (finalSheetName: string) => void;

/** Writes the sheet's cells on `input.sheetName` (a temporary name); returns what queues the chart. */
export async function writeFocusSheet(context: Excel.RequestContext, writer: BlockWriter, input: FocusInput): Promise<QueueFocusObjects> {
  const rows = focusSheetRows(input);
  // Runs of rows of one width, each its own block: no padding cells, so a long line of text spills
  // over the empty cells to its right as Excel shows text, instead of being cut at column B.
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && rows[end].cells.length === rows[start].cells.length) end++;
    const run = rows.slice(start, end);
    await writer.write(input.sheetName, start, 0, run.map((r) => r.cells), run.map((r) => r.formats));
    start = end;
  }
  const ws = context.workbook.worksheets.getItem(input.sheetName);
  rows.forEach((r, i) => {
    if (r.bold) ws.getRangeByIndexes(i, 0, 1, r.cells.length).format.font.bold = true;
  });
  COLUMN_POINTS.forEach((points, col) => (ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points));
  if (input.history) await writeMigrationTable(context, writer, input.sheetName, rows.length + 1, input.history, input.profiles[0]?.language ?? "en");
  const series = await writeChartData(writer, input);
  return (finalSheetName) => queueScatter(context, finalSheetName, input, series);
}

interface SeriesBlock {
  name: string;
  row: number;
  col: number;
  count: number;
}

/** Per next step two columns (score, value) from CHART_DATA_COL, a header row with the step's name. */
async function writeChartData(writer: BlockWriter, input: FocusInput): Promise<SeriesBlock[]> {
  const blocks: SeriesBlock[] = [];
  const words = decisionWords(input.profiles[0]?.language).focus;
  for (const [s, step] of NEXT_STEPS.entries()) {
    const points = input.focus.chart[step];
    if (points.length === 0) continue;
    const col = CHART_DATA_COL + 2 * s;
    const name = input.focus.stepNames[step];
    const cells: OutCell[][] = [[`${name}: ${words.chartX}`, `${name}: ${fillIn(words.chartY, { value: input.focus.valueColumn ?? "" })}`]];
    for (const p of points) cells.push([p.score, p.value]);
    await writer.write(input.sheetName, 0, col, cells, cells.map((_, r) => (r === 0 ? ["@", "@"] : [SCORE, VALUE])));
    blocks.push({ name, row: 1, col, count: points.length });
  }
  return blocks;
}

function queueScatter(context: Excel.RequestContext, sheetName: string, input: FocusInput, series: SeriesBlock[]): void {
  if (series.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheetName);
  const words = decisionWords(input.profiles[0]?.language).focus;
  const first = series[0];
  const chart = ws.charts.add("XYScatter", ws.getRangeByIndexes(first.row, first.col + 1, first.count, 1), "Columns");
  chart.title.text = words.chartTitle;
  chart.setPosition(CHART_AT[0], CHART_AT[1]);
  chart.axes.categoryAxis.title.text = words.chartX;
  chart.axes.valueAxis.title.text = fillIn(words.chartY, { value: input.focus.valueColumn ?? "" });
  // Values run below zero (clients losing money): the score labels go under the plot, not through the points at zero.
  chart.axes.categoryAxis.tickLabelPosition = "Low";
  chart.axes.valueAxis.numberFormat = "#,##0";
  series.forEach((block, i) => {
    const s = i === 0 ? chart.series.getItemAt(0) : chart.series.add(block.name);
    s.name = block.name;
    s.setXAxisValues(ws.getRangeByIndexes(block.row, block.col, block.count, 1));
    s.setValues(ws.getRangeByIndexes(block.row, block.col + 1, block.count, 1));
  });
}
