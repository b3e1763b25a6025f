// Excel.ConditionalFormatCollection / ConditionalFormat: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat
// A new format gets priority 0 (highest) and pushes the others down, as Excel does
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority).
import { Rect, intersect } from "../../shared/a1";
import { SimError, invalidArgument } from "../errors";
import { CfType, ConditionalFormatModel } from "../model/objects";
import { SheetModel } from "../model/sheet";
import { BagShape, SimBag } from "./bag";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import { SimObject } from "./object";
import { SimRangeAreas } from "./rangeAreas";
import type { RangeRef, SimRange } from "./range";
import { asExcel, standsFor } from "./standIn";

const CF_TYPES: Record<string, CfType> = {
  colorscale: "ColorScale", iconset: "IconSet", databar: "DataBar", cellvalue: "CellValue", custom: "Custom",
  containstext: "ContainsText", topbottom: "TopBottom", presetcriteria: "PresetCriteria",
};

const FORMAT_SHAPE: BagShape = {
  typeName: "ConditionalRangeFormat",
  scalars: ["numberFormat"],
  children: {
    fill: { typeName: "ConditionalRangeFill", scalars: ["color"], colors: ["color"], methods: { clear: (t) => delete t.color } },
    font: { typeName: "ConditionalRangeFont", scalars: ["bold", "italic", "color", "strikeThrough", "underline"], colors: ["color"], methods: { clear: (t) => { for (const k of Object.keys(t)) delete t[k]; } } },
  },
};

const DETAIL_SHAPES: Partial<Record<CfType, { key: string; shape: BagShape }>> = {
  ColorScale: { key: "colorScale", shape: { typeName: "ColorScaleConditionalFormat", scalars: ["criteria", "threeColorScale"], derived: { threeColorScale: (t) => Boolean((t.criteria as Record<string, unknown> | undefined)?.midpoint) } } },
  IconSet: { key: "iconSet", shape: { typeName: "IconSetConditionalFormat", scalars: ["style", "reverseIconOrder", "showIconOnly", "criteria"] } },
  DataBar: {
    key: "dataBar",
    shape: {
      typeName: "DataBarConditionalFormat",
      scalars: ["axisColor", "axisFormat", "barDirection", "showDataBarOnly", "lowerBoundRule", "upperBoundRule"],
      children: {
        positiveFormat: { typeName: "ConditionalDataBarPositiveFormat", scalars: ["fillColor", "gradientFill", "borderColor"], colors: ["fillColor", "borderColor"] },
        negativeFormat: { typeName: "ConditionalDataBarNegativeFormat", scalars: ["fillColor", "borderColor", "matchPositiveFillColor", "matchPositiveBorderColor"], colors: ["fillColor", "borderColor"] },
      },
    },
  },
  CellValue: { key: "cellValue", shape: { typeName: "CellValueConditionalFormat", scalars: ["rule"], children: { format: FORMAT_SHAPE } } },
  Custom: {
    key: "custom",
    shape: { typeName: "CustomConditionalFormat", scalars: [], children: { rule: { typeName: "ConditionalFormatRule", scalars: ["formula", "formulaLocal"] }, format: FORMAT_SHAPE } },
  },
  ContainsText: { key: "textComparison", shape: { typeName: "TextConditionalFormat", scalars: ["rule"], children: { format: FORMAT_SHAPE } } },
  TopBottom: { key: "topBottom", shape: { typeName: "TopBottomConditionalFormat", scalars: ["rule"], children: { format: FORMAT_SHAPE } } },
  PresetCriteria: { key: "preset", shape: { typeName: "PresetCriteriaConditionalFormat", scalars: ["rule"], children: { format: FORMAT_SHAPE } } },
};

function defaultDetails(type: CfType): Record<string, unknown> {
  if (type === "ColorScale") return { criteria: {} };
  if (type === "IconSet") {
    // Excel's defaults for a new three-icon set: 33rd and 67th percent thresholds
    const at = (n: number) => ({ type: "Percent", operator: "GreaterThanOrEqual", formula: `=${n}` });
    return { style: "ThreeTrafficLights1", reverseIconOrder: false, showIconOnly: false, criteria: [{}, at(33), at(67)] };
  }
  if (type === "DataBar") return { barDirection: "Context", showDataBarOnly: false, axisFormat: "Automatic", positiveFormat: { fillColor: "#638EC6", gradientFill: true }, negativeFormat: { fillColor: "#FF0000" }, lowerBoundRule: { type: "LowestValue" }, upperBoundRule: { type: "HighestValue" } };
  if (type === "Custom") return { rule: {}, format: {} };
  return { rule: {}, format: {} };
}

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class SimConditionalFormat
  extends SimObject<CfRef>
  implements Pick<Excel.ConditionalFormat, "id" | "priority" | "stopIfTrue" | "type" | "getRange" | "getRanges" | "delete">
{
  declare readonly [standsFor]?: Excel.ConditionalFormat;
  private details = new Map<string, SimBag>();
  constructor(context: SimRequestContextCore, private readonly resolver: () => CfRef | null, private readonly makeRange: (compute: (ref: RangeRef) => RangeRef | null, orNull?: boolean) => SimRange) {
    super(context, "ConditionalFormat");
    for (const [type, d] of Object.entries(DETAIL_SHAPES)) {
      Object.defineProperty(this, d!.key, { get: () => this.detail(type as CfType) });
      Object.defineProperty(this, d!.key + "OrNullObject", { get: () => this.detail(type as CfType) });
    }
  }
  _resolve(): CfRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["id", "priority", "stopIfTrue", "type"]; }
  protected _readScalar({ cf }: CfRef, name: string): unknown {
    if (name === "id") return cf.id;
    if (name === "priority") return cf.priority;
    if (name === "stopIfTrue") return cf.stopIfTrue;
    return cf.type;
  }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    const entry = Object.entries(DETAIL_SHAPES).find(([, d]) => d!.key === name);
    return entry ? this.detail(entry[0] as CfType) : undefined;
  }
  private detail(type: CfType): SimBag {
    if (!this.details.has(type)) {
      const d = DETAIL_SHAPES[type]!;
      this.details.set(type, new SimBag(this.context, d.shape, () => {
        const ref = this._resolve();
        if (!ref) return null;
        if (ref.cf.type !== type) throw new SimError("InvalidOperation", `The conditional format is of type ${ref.cf.type}, not ${type}.`, `ConditionalFormat.${d.key}`);
        return ref.cf.details;
      }, () => {
        const ref = this._resolve();
        if (ref) assertWritable(ref.sheet, `ConditionalFormat.${d.key}`);
      }));
    }
    return this.details.get(type)!;
  }
  get id(): string { return this._get("id"); }
  get type(): Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue" { return this._get("type"); }
  get priority(): number { return this._get("priority"); }
  set priority(v: number) {
    this._set("priority", v, ({ sheet, cf }) => {
      if (!Number.isInteger(v) || v < 0) throw invalidArgument("ConditionalFormat.priority");
      const ordered = sheet.conditionalFormats.filter((c) => c !== cf).sort((a, b) => a.priority - b.priority);
      ordered.splice(Math.min(v, ordered.length), 0, cf);
      ordered.forEach((c, i) => (c.priority = i));
    });
  }
  get stopIfTrue(): boolean { return this._get("stopIfTrue"); }
  set stopIfTrue(v: boolean) { this._set("stopIfTrue", v, ({ cf }) => (cf.stopIfTrue = Boolean(v))); }
  getRange(): Excel.Range {
    return asExcel(this.makeRange(() => {
      const ref = this._require("ConditionalFormat.getRange");
      if (ref.cf.ranges.length !== 1) throw new SimError("InvalidOperation", "The conditional format applies to several areas; use getRanges().", "ConditionalFormat.getRange");
      return { sheet: ref.sheet, rect: ref.cf.ranges[0] };
    }));
  }
  getRangeOrNullObject(): Excel.Range {
    return asExcel(this.makeRange(() => {
      const ref = this._resolve();
      return ref && ref.cf.ranges.length === 1 ? { sheet: ref.sheet, rect: ref.cf.ranges[0] } : null;
    }, true));
  }
  /** Returns a RangeAreas stand-in exposing `address` (comma-separated areas) and `areaCount` after load. */
  getRanges(): Excel.RangeAreas {
    return asExcel(new SimRangeAreas(this.context, () => {
      const ref = this._resolve();
      return ref && { sheet: ref.sheet, rects: ref.cf.ranges };
    }));
  }
  delete(): void {
    this._call("delete", [], ({ sheet, cf }) => {
      assertWritable(sheet, "ConditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
      renumber(sheet);
    });
  }
}

function renumber(sheet: SheetModel): void {
  [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).forEach((c, i) => (c.priority = i));
}

export class SimConditionalFormatCollection
  extends SimCollection<CfRef, SimConditionalFormat>
  implements Pick<Excel.ConditionalFormatCollection, "add" | "getItem" | "getItemAt" | "clearAll">
{
  declare readonly [standsFor]?: Excel.ConditionalFormatCollection;
  constructor(
    context: SimRequestContextCore,
    private readonly range: () => RangeRef | null,
    private readonly makeRange: (compute: (ref: RangeRef) => RangeRef | null, orNull?: boolean) => SimRange,
  ) {
    super(context, "ConditionalFormatCollection");
  }
  private requireRange(location: string): RangeRef {
    const r = this.range();
    if (!r) throw new SimError("ItemNotFound", undefined, location);
    return r;
  }
  protected _models(): CfRef[] {
    const { sheet, rect } = this.requireRange("ConditionalFormatCollection");
    return sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => intersect(r, rect)))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ sheet, cf }));
  }
  protected _proxyFor(model: CfRef): SimConditionalFormat {
    return this.proxyById(model.cf.id);
  }
  private proxyById(id: string, location = "ConditionalFormatCollection.getItem"): SimConditionalFormat {
    return new SimConditionalFormat(this.context, () => {
      const { sheet } = this.requireRange(location);
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw new SimError("ItemNotFound", undefined, location);
      return { sheet, cf };
    }, this.makeRange);
  }
  add(type: Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue"): Excel.ConditionalFormat {
    let id: string | undefined;
    this.context.enqueue("ConditionalFormatCollection.add(...);", { call: "add", args: [type] }, () => {
      const { sheet, rect } = this.requireRange("ConditionalFormatCollection.add");
      assertWritable(sheet, "ConditionalFormatCollection.add");
      const t = CF_TYPES[String(type).toLowerCase()];
      if (!t) throw invalidArgument("ConditionalFormatCollection.add");
      for (const cf of sheet.conditionalFormats) cf.priority++;
      const cf: ConditionalFormatModel = { id: this.context.host.workbook.newGuid(), type: t, ranges: [rect as Rect], priority: 0, stopIfTrue: false, details: defaultDetails(t) };
      sheet.conditionalFormats.push(cf);
      id = cf.id;
    });
    return asExcel(new SimConditionalFormat(this.context, () => {
      if (!id) throw new SimError("ItemNotFound", undefined, "ConditionalFormatCollection.add");
      const { sheet } = this.requireRange("ConditionalFormat");
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw new SimError("ItemNotFound", undefined, "ConditionalFormat");
      return { sheet, cf };
    }, this.makeRange));
  }
  getItem(id: string): Excel.ConditionalFormat {
    return asExcel(this.proxyById(id));
  }
  getItemAt(index: number): Excel.ConditionalFormat {
    return asExcel(new SimConditionalFormat(this.context, () => {
      const m = this._models()[index];
      if (!m) throw new SimError("ItemNotFound", undefined, "ConditionalFormatCollection.getItemAt");
      return m;
    }, this.makeRange));
  }
  /** Removes every conditional format that applies to any cell of the range (areas outside the range are kept). */
  clearAll(): void {
    this.context.enqueue("ConditionalFormatCollection.clearAll();", { call: "clearAll" }, () => {
      const { sheet, rect } = this.requireRange("ConditionalFormatCollection.clearAll");
      assertWritable(sheet, "ConditionalFormatCollection.clearAll");
      for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtract(r, rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
      renumber(sheet);
    });
  }
}

/** The parts of `a` outside `b`, as up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ ...a, r1: i.r0 - 1 });
  if (i.r1 < a.r1) out.push({ ...a, r0: i.r1 + 1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, r1: i.r1, c0: a.c0, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, r1: i.r1, c0: i.c1 + 1, c1: a.c1 });
  return out;
}
