// Conversions between exceljs styles and the model's simple fill/font (#RRGGBB colors).
import type ExcelJS from "exceljs";
import { CellFont } from "../model/cell";

export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return undefined;
  return "#" + argb.slice(-6).toUpperCase();
}

export function hexToArgb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

export function fillFromExcel(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  return argbToHex(fill.fgColor?.argb);
}

export function fillToExcel(color: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(color) }, bgColor: { indexed: 64 } as Partial<ExcelJS.Color> as ExcelJS.Color };
}

export function fontFromExcel(font: Partial<ExcelJS.Font> | undefined): CellFont | undefined {
  if (!font) return undefined;
  const out: CellFont = {};
  if (font.bold) out.bold = true;
  if (font.italic) out.italic = true;
  const color = argbToHex(font.color?.argb);
  if (color && color !== "#000000") out.color = color;
  return Object.keys(out).length ? out : undefined;
}

export function fontToExcel(base: Partial<ExcelJS.Font> | undefined, font: CellFont | undefined): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = { ...(base ?? {}) };
  delete out.bold;
  delete out.italic;
  if (font?.bold) out.bold = true;
  if (font?.italic) out.italic = true;
  if (font?.color) out.color = { argb: hexToArgb(font.color) };
  else if (base?.color?.argb) delete out.color;
  return out;
}

const ALIGN_FROM: Record<string, string> = { left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify", centerContinuous: "CenterAcrossSelection", distributed: "Distributed" };

export function alignmentFromExcel(a: Partial<ExcelJS.Alignment> | undefined): string | undefined {
  return a?.horizontal ? ALIGN_FROM[a.horizontal] : undefined;
}

export function alignmentToExcel(value: string): ExcelJS.Alignment["horizontal"] {
  const entry = Object.entries(ALIGN_FROM).find(([, v]) => v === value);
  return (entry?.[0] ?? "general") as ExcelJS.Alignment["horizontal"];
}

/** Column width: Excel stores characters of the default font (7 px each, 5 px padding); the API speaks points. */
export function widthCharsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

export function widthPointsToChars(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}
