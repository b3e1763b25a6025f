// A handful of range rules at any row count (at most 8): fills by grade band, a colour scale on the
// score, data bars on the value share, a highlight on flagged rows. Rules sit on owned columns only,
// so the user's cells keep their look and "Remove ratings" finds every rule again.
import { columnLetters, type Rect } from "../shared/a1";
import { parseAddress } from "../shared/sheetName";
import type { ColumnPlan } from "./columnPlan";
import type { OwnedKey } from "./ownership";

const MAX_GRADE_BANDS = 5;
const BAND_FILLS = ["#C6EFCE", "#DDEBF7", "#FFEB9C", "#FCE4D6", "#FFC7CE"];

/** Grades split into at most MAX_GRADE_BANDS consecutive bands, best first. */
export function gradeBands(grades: string[]): string[][] {
  const bands = Math.min(MAX_GRADE_BANDS, grades.length);
  const out: string[][] = Array.from({ length: bands }, () => []);
  grades.forEach((g, i) => out[Math.floor((i * bands) / grades.length)].push(g));
  return out;
}

/** Fill colours for the bands: best green, worst red, spread between. */
function bandFill(band: number, bands: number): string {
  if (bands === 1) return BAND_FILLS[0];
  return BAND_FILLS[Math.round((band * (BAND_FILLS.length - 1)) / (bands - 1))];
}

const quoteFormulaText = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function queueConditionalFormats(context: Excel.RequestContext, plan: ColumnPlan, grades: string[]): number {
  const rows = plan.lastDataRow - plan.firstDataRow + 1;
  if (rows <= 0) return 0;
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const colOf = (key: OwnedKey) => plan.columns.find((c) => c.key === key)!.col;
  const dataRange = (col: number) => ws.getRangeByIndexes(plan.firstDataRow, col, rows, 1);
  let count = 0;

  const gradeCol = colOf("grade");
  const gradeCell = `$${columnLetters(gradeCol)}${plan.firstDataRow + 1}`;
  const bands = gradeBands(grades);
  bands.forEach((band, i) => {
    const cf = dataRange(gradeCol).conditionalFormats.add("Custom");
    const tests = band.map((g) => `${gradeCell}=${quoteFormulaText(g)}`);
    cf.custom.rule.formula = tests.length === 1 ? `=${tests[0]}` : `=OR(${tests.join(",")})`;
    cf.custom.format.fill.color = bandFill(i, bands.length);
    count++;
  });

  const scale = dataRange(colOf("score")).conditionalFormats.add("ColorScale");
  scale.colorScale.criteria = {
    minimum: { formula: undefined, type: "LowestValue", color: "#F8696B" },
    midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
    maximum: { formula: undefined, type: "HighestValue", color: "#63BE7B" },
  } as Excel.ConditionalColorScaleCriteria;
  count++;

  const bars = dataRange(colOf("valueShare")).conditionalFormats.add("DataBar");
  bars.dataBar.positiveFormat.fillColor = "#5B9BD5";
  count++;

  // Flagged rows: the run of adjacent owned columns around Flags (just Flags if the user split them).
  const flagsCol = colOf("flags");
  const cols = new Set(plan.columns.map((c) => c.col));
  let from = flagsCol;
  let to = flagsCol;
  while (cols.has(from - 1)) from--;
  while (cols.has(to + 1)) to++;
  const flagged = ws.getRangeByIndexes(plan.firstDataRow, from, rows, to - from + 1).conditionalFormats.add("Custom");
  const flagsCell = `$${columnLetters(flagsCol)}${plan.firstDataRow + 1}`;
  flagged.custom.rule.formula = `=LEN(${flagsCell})>0`;
  flagged.custom.format.font.color = "#9C0006";
  count++;
  return count;
}

/** A rule on a sheet as loaded: its proxy (to delete it), type and single area (null: several areas). */
export interface RuleInfo {
  item: Excel.ConditionalFormat;
  type: string;
  rect: Rect | null;
}

const OUR_TYPES = new Set(["Custom", "ColorScale", "DataBar"]);

/** Queues loading every rule of a sheet (type only; their areas need one more sync, see queueRuleAreas). */
export function queueRuleList(context: Excel.RequestContext, sheet: string): Excel.ConditionalFormatCollection {
  return context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats.load("items/type");
}

/** Queues loading the area of each listed rule; the result is readable after the next sync. */
export function queueRuleAreas(list: Excel.ConditionalFormatCollection): () => RuleInfo[] {
  const pending = list.items.map((item) => ({ item, type: String(item.type), range: item.getRangeOrNullObject().load("address") }));
  return () => pending.map((p) => ({ item: p.item, type: p.type, rect: p.range.isNullObject ? null : parseAddress(p.range.address).rect }));
}

/**
 * Deletes the rules that are ours: of a type we add, on one area lying entirely inside owned columns.
 * A user's rule that merely overlaps owned columns (A2:Z50) is never cut or removed.
 */
export function queueDeleteOwnedRules(rules: RuleInfo[], ownedCols: number[]): void {
  const owned = new Set(ownedCols);
  // Last first: Office.js addresses a loaded item it got no id for by its position (getItemAt), and a
  // deletion moves every later rule up one place.
  for (const r of [...rules].reverse()) {
    if (!r.rect || !OUR_TYPES.has(r.type)) continue;
    let inside = true;
    for (let c = r.rect.c0; c <= r.rect.c1 && inside; c++) inside = owned.has(c);
    if (inside) r.item.delete();
  }
}
