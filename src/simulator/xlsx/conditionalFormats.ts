// Conditional formats between the model (shaped like the Excel API's sub-objects) and exceljs rules.
import { formatLocal, tryParseRect } from "../../shared/a1";
import { CfType, ConditionalFormatModel } from "../model/objects";
import { argbToHex, hexToArgb } from "./styles";

type Json = Record<string, any>;

const CRITERION_TO_CFVO: Record<string, string> = { LowestValue: "min", HighestValue: "max", Number: "num", Percent: "percent", Percentile: "percentile", Formula: "formula", Automatic: "autoMin" };

function toCfvo(c: Json | undefined, fallback: string): Json {
  const type = CRITERION_TO_CFVO[c?.type] ?? fallback;
  const out: Json = { type };
  if (c?.formula !== undefined && c?.formula !== null && type !== "min" && type !== "max") {
    const f = String(c.formula).replace(/^=/, "");
    out.value = Number.isFinite(Number(f)) ? Number(f) : f;
  }
  return out;
}

function fromCfvo(c: Json | undefined): Json {
  const entry = Object.entries(CRITERION_TO_CFVO).find(([, v]) => v === c?.type);
  const type = entry?.[0] ?? (c?.type === "autoMax" ? "Automatic" : "LowestValue");
  return c?.value === undefined || c?.value === null ? { type } : { type, formula: `=${c.value}` };
}

const NUMBER_WORDS: Record<string, string> = { "3": "Three", "4": "Four", "5": "Five" };

function iconStyleToExcel(style: string): string {
  const m = /^(Three|Four|Five)(.*)$/.exec(style);
  if (!m) return "3TrafficLights1";
  const digit = Object.entries(NUMBER_WORDS).find(([, w]) => w === m[1])![0];
  return digit + m[2];
}

function iconStyleFromExcel(set: string | undefined): string {
  const m = /^([345])(.*)$/.exec(set ?? "3TrafficLights1");
  return m ? NUMBER_WORDS[m[1]] + m[2] : "ThreeTrafficLights1";
}

function styleToExcel(format: Json | undefined): Json {
  const style: Json = {};
  if (format?.fill?.color) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: hexToArgb(format.fill.color) } };
  if (format?.font && Object.keys(format.font).length) {
    style.font = {};
    if (format.font.bold) style.font.bold = true;
    if (format.font.italic) style.font.italic = true;
    if (format.font.color) style.font.color = { argb: hexToArgb(format.font.color) };
  }
  if (format?.numberFormat) style.numFmt = format.numberFormat;
  return style;
}

function styleFromExcel(style: Json | undefined): Json {
  const format: Json = {};
  const fill = argbToHex(style?.fill?.bgColor?.argb ?? style?.fill?.fgColor?.argb);
  if (fill) format.fill = { color: fill };
  const font: Json = {};
  if (style?.font?.bold) font.bold = true;
  if (style?.font?.italic) font.italic = true;
  const color = argbToHex(style?.font?.color?.argb);
  if (color) font.color = color;
  if (Object.keys(font).length) format.font = font;
  return format;
}

const OPERATORS: Record<string, string> = {
  Between: "between", NotBetween: "notBetween", EqualTo: "equal", NotEqualTo: "notEqual", GreaterThan: "greaterThan",
  LessThan: "lessThan", GreaterThanOrEqual: "greaterThanOrEqual", LessThanOrEqual: "lessThanOrEqual",
};

const formula = (f: unknown): string => String(f ?? "").replace(/^=/, "");

/** One exceljs rule for a model format; null for types the file format mapping does not cover. */
export function cfToExcel(cf: ConditionalFormatModel): Json | null {
  const d = cf.details as Json;
  const base = { priority: cf.priority + 1, ...(cf.stopIfTrue ? { stopIfTrue: true } : {}) };
  switch (cf.type) {
    case "ColorScale": {
      const c = d.criteria ?? {};
      const points = [c.minimum, c.midpoint, c.maximum].filter(Boolean);
      return {
        ...base,
        type: "colorScale",
        cfvo: points.map((p: Json, i: number) => toCfvo(p, i === 0 ? "min" : i === points.length - 1 ? "max" : "percentile")),
        color: points.map((p: Json) => ({ argb: hexToArgb(p.color ?? "#FFFFFF") })),
      };
    }
    case "IconSet": {
      const criteria: Json[] = Array.isArray(d.criteria) ? d.criteria : [];
      const count = Number(Object.entries(NUMBER_WORDS).find(([, w]) => String(d.style ?? "").startsWith(w))?.[0] ?? 3);
      const cfvo = Array.from({ length: count }, (_, i) => (i === 0 ? { type: "percent", value: 0 } : toCfvo(criteria[i], "percent")));
      return { ...base, type: "iconSet", iconSet: iconStyleToExcel(String(d.style ?? "ThreeTrafficLights1")), reverse: Boolean(d.reverseIconOrder), showValue: !d.showIconOnly, cfvo };
    }
    case "DataBar":
      return {
        ...base,
        type: "dataBar",
        gradient: d.positiveFormat?.gradientFill !== false,
        showValue: !d.showDataBarOnly,
        cfvo: [toCfvo(d.lowerBoundRule, "min"), toCfvo(d.upperBoundRule, "max")],
        color: { argb: hexToArgb(d.positiveFormat?.fillColor ?? "#638EC6") },
      };
    case "CellValue": {
      const rule = d.rule ?? {};
      const formulae = [formula(rule.formula1), ...(rule.formula2 !== undefined && rule.formula2 !== null ? [formula(rule.formula2)] : [])];
      return { ...base, type: "cellIs", operator: OPERATORS[rule.operator] ?? "equal", formulae, style: styleToExcel(d.format) };
    }
    case "Custom":
      return { ...base, type: "expression", formulae: [formula(d.rule?.formula)], style: styleToExcel(d.format) };
    default:
      return null;
  }
}

export function cfFromExcel(id: string, ref: string, rule: Json): ConditionalFormatModel | null {
  const ranges = String(ref).split(/\s+/).map((a) => tryParseRect(a.replace(/\$/g, ""))).filter((r): r is NonNullable<typeof r> => r !== null);
  if (ranges.length === 0) return null;
  const common = { id, ranges, priority: Math.max(0, Number(rule.priority ?? 1) - 1), stopIfTrue: Boolean(rule.stopIfTrue) };
  const make = (type: CfType, details: Json): ConditionalFormatModel => ({ ...common, type, details });
  switch (rule.type) {
    case "colorScale": {
      const pts: Json[] = (rule.cfvo ?? []).map((c: Json, i: number) => ({ ...fromCfvo(c), color: argbToHex(rule.color?.[i]?.argb) ?? "#FFFFFF" }));
      const criteria = pts.length === 3 ? { minimum: pts[0], midpoint: pts[1], maximum: pts[2] } : { minimum: pts[0], maximum: pts[pts.length - 1] };
      return make("ColorScale", { criteria });
    }
    case "iconSet":
      return make("IconSet", {
        style: iconStyleFromExcel(rule.iconSet),
        reverseIconOrder: Boolean(rule.reverse),
        showIconOnly: rule.showValue === false,
        criteria: (rule.cfvo ?? []).map((c: Json, i: number) => (i === 0 ? {} : { ...fromCfvo(c), operator: "GreaterThanOrEqual" })),
      });
    case "dataBar":
      return make("DataBar", {
        barDirection: "Context",
        showDataBarOnly: rule.showValue === false,
        axisFormat: "Automatic",
        positiveFormat: { fillColor: argbToHex(rule.color?.argb) ?? "#638EC6", gradientFill: rule.gradient !== false },
        negativeFormat: { fillColor: "#FF0000" },
        lowerBoundRule: fromCfvo(rule.cfvo?.[0]),
        upperBoundRule: fromCfvo(rule.cfvo?.[1]),
      });
    case "cellIs": {
      const op = Object.entries(OPERATORS).find(([, v]) => v === rule.operator)?.[0] ?? "EqualTo";
      const f: unknown[] = rule.formulae ?? [];
      return make("CellValue", { rule: { formula1: `=${f[0] ?? ""}`, ...(f[1] !== undefined ? { formula2: `=${f[1]}` } : {}), operator: op }, format: styleFromExcel(rule.style) });
    }
    case "expression":
      return make("Custom", { rule: { formula: `=${rule.formulae?.[0] ?? ""}` }, format: styleFromExcel(rule.style) });
  }
  return null;
}

export function cfRef(cf: ConditionalFormatModel): string {
  return cf.ranges.map(formatLocal).join(" ");
}
