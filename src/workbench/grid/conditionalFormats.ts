// Conditional formats evaluated for display: what fill, font colour or data bar each cell would show in Excel.
// An approximation for the workbench (data bars as a plain bar, no icon sets), not a second rating engine.
import { compareValues, compileCfFormula, constantOperand, Read } from "./cfFormula";
import type { Rect } from "../../shared/a1";
import { ViewConditionalFormat, ViewSheet } from "./sheetView";

export interface CellPaint {
  background?: string;
  color?: string;
  bold?: boolean;
  /** A data bar: how far across the cell (0..1) and its colour. */
  bar?: { fraction: number; color: string };
}

type RulePainter = (row: number, column: number) => CellPaint | undefined;

interface TextFormat {
  fill?: { color?: string };
  font?: { color?: string; bold?: boolean };
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

/** The API sub-object of a rule, whether the details hold it directly or under its name. */
function part(cf: ViewConditionalFormat, name: string): Record<string, unknown> {
  return asRecord(cf.details[name] ?? cf.details);
}

function formatPaint(format: unknown): CellPaint | undefined {
  const f = asRecord(format) as TextFormat;
  const paint: CellPaint = {};
  if (f.fill?.color) paint.background = f.fill.color;
  if (f.font?.color) paint.color = f.font.color;
  if (f.font?.bold) paint.bold = true;
  return Object.keys(paint).length ? paint : undefined;
}

function inRect(rect: Rect, row: number, column: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && column >= rect.c0 && column <= rect.c1;
}

function numbersIn(read: Read, rect: Rect): number[] {
  const values: number[] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = read(r, c);
      if (typeof v === "number" && Number.isFinite(v)) values.push(v);
    }
  }
  return values;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, p / 100));
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}

/** The value a colour-scale or data-bar criterion stands for, over the sorted numbers of its range. */
function criterionValue(criterion: Record<string, unknown>, sorted: number[], fallback: "min" | "max"): number {
  const type = String(criterion.type ?? "").toLowerCase();
  const n = Number(constantOperand(criterion.formula));
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  if (type === "number" && Number.isFinite(n)) return n;
  if (type === "percent" && Number.isFinite(n)) return min + ((max - min) * n) / 100;
  if (type === "percentile" && Number.isFinite(n)) return percentile(sorted, n);
  if (type.startsWith("lowest")) return min;
  if (type.startsWith("highest")) return max;
  return fallback === "min" ? min : max;
}

function parseHex(color: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Excel's "automatic" font colour on a filled cell: dark on a light fill, light on a dark one. Without it the dark
 * theme's light text sat on the light grade fills, unreadable.
 */
export function automaticTextOn(background: string): string | undefined {
  const rgb = parseHex(background);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.map((x) => x / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 ? "#1b1b1b" : "#f0f0f0";
}

/**
 * A font colour set for a light sheet (the flagged rows' dark red) on the dark theme's unfilled cells: lightened
 * until it reads, as Excel's dark mode adjusts colours on a dark cell background. Light colours stay as they are.
 */
export function textOnDark(color: string): string {
  const rgb = parseHex(color);
  if (!rgb) return color;
  const [r, g, b] = rgb.map((x) => x / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.35 ? mixColors(color, "#ffffff", 0.55) : color;
}

export function mixColors(a: string, b: string, t: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return t < 0.5 ? a : b;
  const mix = ca.map((x, i) => Math.round(x + (cb[i] - x) * Math.min(1, Math.max(0, t))));
  return `#${mix.map((x) => x.toString(16).padStart(2, "0")).join("")}`;
}

function colorScalePainter(cf: ViewConditionalFormat, rect: Rect, read: Read): RulePainter {
  const criteria = asRecord(part(cf, "colorScale").criteria);
  const sorted = numbersIn(read, rect).sort((a, b) => a - b);
  const stops = (["minimum", "midpoint", "maximum"] as const)
    .map((key) => ({ key, c: asRecord(criteria[key]) }))
    .filter(({ c }) => typeof c.color === "string")
    .map(({ key, c }) => ({ value: criterionValue(c, sorted, key === "maximum" ? "max" : "min"), color: String(c.color) }))
    .sort((a, b) => a.value - b.value);
  return (row, column) => {
    const v = read(row, column);
    if (typeof v !== "number" || stops.length === 0) return undefined;
    if (v <= stops[0].value) return { background: stops[0].color };
    for (let i = 1; i < stops.length; i++) {
      if (v <= stops[i].value) {
        const span = stops[i].value - stops[i - 1].value;
        return { background: mixColors(stops[i - 1].color, stops[i].color, span > 0 ? (v - stops[i - 1].value) / span : 1) };
      }
    }
    return { background: stops[stops.length - 1].color };
  };
}

function dataBarPainter(cf: ViewConditionalFormat, rect: Rect, read: Read): RulePainter {
  const bar = part(cf, "dataBar");
  const sorted = numbersIn(read, rect).sort((a, b) => a - b);
  const low = Math.min(0, criterionValue(asRecord(bar.lowerBoundRule), sorted, "min"));
  const high = criterionValue(asRecord(bar.upperBoundRule), sorted, "max");
  const color = String(asRecord(bar.positiveFormat).fillColor ?? "#638EC6");
  const negative = String(asRecord(bar.negativeFormat).fillColor ?? "#FF0000");
  const base = Math.max(0, low); // bars grow from zero, or from the lower bound when it is positive
  return (row, column) => {
    const v = read(row, column);
    if (typeof v !== "number") return undefined;
    const raw = v >= 0 ? (high > base ? (v - base) / (high - base) : 0) : low < 0 ? v / low : 0;
    const fraction = Math.min(1, Math.max(0.02, raw));
    return { bar: { fraction, color: v < 0 ? negative : color } };
  };
}

const CELL_VALUE_TESTS: Record<string, (d1: number, d2: number) => boolean> = {
  equalto: (d) => d === 0,
  notequalto: (d) => d !== 0,
  greaterthan: (d) => d > 0,
  greaterthanorequal: (d) => d >= 0,
  lessthan: (d) => d < 0,
  lessthanorequal: (d) => d <= 0,
  between: (d1, d2) => d1 >= 0 && d2 <= 0,
  notbetween: (d1, d2) => d1 < 0 || d2 > 0,
};

function cellValuePainter(cf: ViewConditionalFormat, read: Read): RulePainter | null {
  const cellValue = part(cf, "cellValue");
  const rule = asRecord(cellValue.rule);
  const test = CELL_VALUE_TESTS[String(rule.operator ?? "").toLowerCase()];
  const paint = formatPaint(cellValue.format);
  if (!test || !paint) return null;
  const a = constantOperand(rule.formula1);
  const b = constantOperand(rule.formula2);
  return (row, column) => {
    const v = read(row, column);
    if (v === null || v === "") return undefined;
    return test(compareValues(v, a), compareValues(v, b)) ? paint : undefined;
  };
}

function textPainter(cf: ViewConditionalFormat, read: Read): RulePainter | null {
  const text = part(cf, "textComparison");
  const rule = asRecord(text.rule);
  const paint = formatPaint(text.format);
  const needle = String(rule.text ?? "").toLowerCase();
  const operator = String(rule.operator ?? "Contains").toLowerCase();
  if (!paint) return null;
  return (row, column) => {
    const v = read(row, column);
    const hay = v === null ? "" : String(v).toLowerCase();
    const hit =
      operator === "notcontains" ? !hay.includes(needle) : operator === "beginswith" ? hay.startsWith(needle) : operator === "endswith" ? hay.endsWith(needle) : hay.includes(needle);
    return hit ? paint : undefined;
  };
}

function customPainter(cf: ViewConditionalFormat, rect: Rect, read: Read): RulePainter | null {
  const custom = part(cf, "custom");
  const formula = asRecord(custom.rule).formula;
  const paint = formatPaint(custom.format);
  const test = typeof formula === "string" ? compileCfFormula(formula) : null;
  if (!test || !paint) return null;
  return (row, column) => (test(read, row - rect.r0, column - rect.c0) ? paint : undefined);
}

function topBottomPainter(cf: ViewConditionalFormat, rect: Rect, read: Read): RulePainter | null {
  const topBottom = part(cf, "topBottom");
  const rule = asRecord(topBottom.rule);
  const paint = formatPaint(topBottom.format);
  if (!paint) return null;
  const sorted = numbersIn(read, rect).sort((a, b) => b - a);
  const type = String(rule.type ?? "TopItems").toLowerCase();
  const rank = Number(rule.rank ?? 10);
  const count = type.endsWith("percent") ? Math.max(1, Math.floor((sorted.length * rank) / 100)) : rank;
  const bottom = type.startsWith("bottom");
  const edge = bottom ? sorted[Math.max(0, sorted.length - count)] : sorted[Math.min(sorted.length, count) - 1];
  return (row, column) => {
    const v = read(row, column);
    if (typeof v !== "number" || edge === undefined) return undefined;
    return (bottom ? v <= edge : v >= edge) ? paint : undefined;
  };
}

function rulePainter(cf: ViewConditionalFormat, rect: Rect, read: Read): RulePainter | null {
  switch (cf.type.toLowerCase()) {
    case "colorscale":
      return colorScalePainter(cf, rect, read);
    case "databar":
      return dataBarPainter(cf, rect, read);
    case "cellvalue":
      return cellValuePainter(cf, read);
    case "containstext":
      return textPainter(cf, read);
    case "custom":
      return customPainter(cf, rect, read);
    case "topbottom":
      return topBottomPainter(cf, rect, read);
    default:
      return null; // icon sets and presets are not drawn
  }
}

function merge(into: CellPaint, paint: CellPaint): void {
  // Rules are visited highest priority first: a property already set stays.
  if (paint.background && !into.background) into.background = paint.background;
  if (paint.color && !into.color) into.color = paint.color;
  if (paint.bold) into.bold = true;
  if (paint.bar && !into.bar) into.bar = paint.bar;
}

/**
 * Prepares every conditional format of a sheet (range statistics once) and returns a per-cell painter.
 * Rebuild it after the workbook changes.
 */
export function buildPainter(sheet: ViewSheet): (row: number, column: number) => CellPaint | undefined {
  const read: Read = (r, c) => {
    const cell = sheet.get(r, c);
    return cell ? cell.value : null;
  };
  const rules: Array<{ rect: Rect; paint: RulePainter }> = [];
  const ordered = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
  for (const cf of ordered) {
    for (const rect of cf.ranges) {
      const paint = rulePainter(cf, rect, read);
      if (paint) rules.push({ rect, paint });
    }
  }
  return (row, column) => {
    let result: CellPaint | undefined;
    for (const rule of rules) {
      if (!inRect(rule.rect, row, column)) continue;
      const paint = rule.paint(row, column);
      if (!paint) continue;
      result = result ?? {};
      merge(result, paint);
    }
    return result;
  };
}
