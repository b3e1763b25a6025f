// Excel.RangeFormat, RangeFill, RangeFont: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
import { MAX_COLUMNS, MAX_ROWS, rectColumns } from "../../shared/a1";
import { invalidArgument } from "../errors";
import { Cell } from "../model/cell";
import { normalizeColor } from "../model/color";
import { autofitWidthPoints, shownLength } from "../model/autofit";
import { DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_ROW_HEIGHT_POINTS } from "../model/sheet";
import { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import { SimObject } from "./object";
import type { RangeRef } from "./range";
import { asExcel, standsFor } from "./standIn";

type Resolver = () => RangeRef | null;

/** Same value for every cell of the range, or null when they differ (Excel's rule for format reads). */
function uniform<T>(ref: RangeRef, read: (cell: Cell | undefined) => T): T | null {
  const { sheet, rect } = ref;
  let first: T | undefined;
  let seen = false;
  const cells = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
  if (cells > 1_000_000) return read(undefined);
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = read(sheet.get(r, c));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first ?? null;
}

/** Applies to every cell of the range, creating cells as needed (format lives on empty cells too). */
function eachCell(ref: RangeRef, location: string, apply: (cell: Cell) => void): void {
  assertWritable(ref.sheet, location);
  const { sheet, rect } = ref;
  // Whole rows/columns: only the used part gets the format (the model has no row or column styles).
  const whole = rect.r1 === MAX_ROWS - 1 || rect.c1 === MAX_COLUMNS - 1;
  const used = whole ? sheet.usedRect(false) : null;
  const r1 = rect.r1 === MAX_ROWS - 1 ? Math.min(rect.r1, used ? used.r1 : rect.r0) : rect.r1;
  const c1 = rect.c1 === MAX_COLUMNS - 1 ? Math.min(rect.c1, used ? used.c1 : rect.c0) : rect.c1;
  for (let r = rect.r0; r <= r1; r++) for (let c = rect.c0; c <= c1; c++) apply(sheet.ensure(r, c));
}

function color(value: string, location: string): string {
  const c = normalizeColor(value);
  if (!c) throw invalidArgument(location);
  return c;
}

export class SimRangeFill extends SimObject<RangeRef> implements Pick<Excel.RangeFill, "color" | "clear"> {
  declare readonly [standsFor]?: Excel.RangeFill;
  constructor(context: SimRequestContextCore, private readonly resolver: Resolver) {
    super(context, "RangeFill");
  }
  _resolve(): RangeRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["color"]; }
  protected _readScalar(ref: RangeRef): unknown {
    return uniform(ref, (c) => c?.fill ?? "#FFFFFF");
  }
  get color(): string { return this._get("color"); }
  set color(v: string) {
    this._set("color", v, (ref) => {
      const c = color(v, "RangeFill.color");
      eachCell(ref, "RangeFill.color", (cell) => (cell.fill = c));
    });
  }
  clear(): void {
    this._call("clear", [], (ref) => eachCell(ref, "RangeFill.clear", (cell) => cell.fill !== undefined && delete cell.fill));
  }
}

export class SimRangeFont extends SimObject<RangeRef> implements Pick<Excel.RangeFont, "bold" | "italic" | "color"> {
  declare readonly [standsFor]?: Excel.RangeFont;
  constructor(context: SimRequestContextCore, private readonly resolver: Resolver) {
    super(context, "RangeFont");
  }
  _resolve(): RangeRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["bold", "italic", "color", "name", "size"]; }
  protected _readScalar(ref: RangeRef, name: string): unknown {
    if (name === "bold") return uniform(ref, (c) => c?.font?.bold ?? false);
    if (name === "italic") return uniform(ref, (c) => c?.font?.italic ?? false);
    if (name === "color") return uniform(ref, (c) => c?.font?.color ?? "#000000");
    if (name === "name") return "Calibri";
    return 11;
  }
  get bold(): boolean { return this._get("bold"); }
  set bold(v: boolean) { this._set("bold", v, (ref) => eachCell(ref, "RangeFont.bold", (cell) => (cell.font = { ...cell.font, bold: v }))); }
  get italic(): boolean { return this._get("italic"); }
  set italic(v: boolean) { this._set("italic", v, (ref) => eachCell(ref, "RangeFont.italic", (cell) => (cell.font = { ...cell.font, italic: v }))); }
  get color(): string { return this._get("color"); }
  set color(v: string) {
    this._set("color", v, (ref) => {
      const c = color(v, "RangeFont.color");
      eachCell(ref, "RangeFont.color", (cell) => (cell.font = { ...cell.font, color: c }));
    });
  }
}

const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

export class SimRangeFormat
  extends SimObject<RangeRef>
  implements Pick<Excel.RangeFormat, "columnWidth" | "useStandardWidth" | "rowHeight" | "horizontalAlignment" | "wrapText" | "autofitColumns" | "autofitRows">
{
  declare readonly [standsFor]?: Excel.RangeFormat;
  private _fill?: SimRangeFill;
  private _font?: SimRangeFont;
  constructor(context: SimRequestContextCore, private readonly resolver: Resolver) {
    super(context, "RangeFormat");
  }
  _resolve(): RangeRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["columnWidth", "useStandardWidth", "rowHeight", "horizontalAlignment", "wrapText"]; }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "fill") return this.fillProxy();
    if (name === "font") return this.fontProxy();
    return undefined;
  }
  protected _readScalar(ref: RangeRef, name: string): unknown {
    const { sheet, rect } = ref;
    if (name === "columnWidth") {
      const first = sheet.columnWidths.get(rect.c0) ?? DEFAULT_COLUMN_WIDTH_POINTS;
      for (let c = rect.c0 + 1; c <= Math.min(rect.c1, rect.c0 + rectColumns(rect)); c++) if ((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS) !== first) return null;
      return first;
    }
    if (name === "useStandardWidth") {
      const standard = (c: number) => !sheet.columnWidths.has(c);
      const first = standard(rect.c0);
      for (let c = rect.c0 + 1; c <= rect.c1; c++) if (standard(c) !== first) return null;
      return first;
    }
    if (name === "rowHeight") return sheet.rowHeights.get(rect.r0) ?? DEFAULT_ROW_HEIGHT_POINTS;
    if (name === "horizontalAlignment") return uniform(ref, (c) => c?.horizontalAlignment ?? "General");
    return uniform(ref, (c) => c?.wrapText ?? false);
  }
  private fillProxy(): SimRangeFill {
    this._fill ??= new SimRangeFill(this.context, this.resolver);
    return this._fill;
  }
  private fontProxy(): SimRangeFont {
    this._font ??= new SimRangeFont(this.context, this.resolver);
    return this._font;
  }
  get fill(): Excel.RangeFill { return asExcel(this.fillProxy()); }
  get font(): Excel.RangeFont { return asExcel(this.fontProxy()); }
  get columnWidth(): number { return this._get("columnWidth"); }
  set columnWidth(v: number) {
    this._set("columnWidth", v, ({ sheet, rect }) => {
      if (typeof v !== "number" || v < 0) throw invalidArgument("RangeFormat.columnWidth");
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, v);
    });
  }
  get useStandardWidth(): boolean { return this._get("useStandardWidth"); }
  /** ExcelApi 1.7: "only intended to be set to true. Setting it to false has no effect." */
  set useStandardWidth(v: boolean) {
    this._set("useStandardWidth", v, ({ sheet, rect }) => {
      if (typeof v !== "boolean") throw invalidArgument("RangeFormat.useStandardWidth");
      if (v) for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.delete(c);
    });
  }
  get rowHeight(): number { return this._get("rowHeight"); }
  set rowHeight(v: number) {
    this._set("rowHeight", v, ({ sheet, rect }) => {
      if (typeof v !== "number" || v < 0) throw invalidArgument("RangeFormat.rowHeight");
      if (rect.r1 - rect.r0 > 100_000) return;
      for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, v);
    });
  }
  get horizontalAlignment(): Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed" {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed") {
    this._set("horizontalAlignment", v, (ref) => {
      if (!ALIGNMENTS.includes(v)) throw invalidArgument("RangeFormat.horizontalAlignment");
      eachCell(ref, "RangeFormat.horizontalAlignment", (cell) => (cell.horizontalAlignment = v === "General" ? undefined : v));
    });
  }
  get wrapText(): boolean { return this._get("wrapText"); }
  set wrapText(v: boolean) {
    this._set("wrapText", v, (ref) => {
      if (typeof v !== "boolean") throw invalidArgument("RangeFormat.wrapText");
      eachCell(ref, "RangeFormat.wrapText", (cell) => (v ? (cell.wrapText = true) : delete cell.wrapText));
    });
  }
  /** Width from the longest displayed text (model/autofit.ts). */
  autofitColumns(): void {
    this._call("autofitColumns", [], ({ sheet, rect }) => {
      const longest = new Map<number, number>();
      for (const [r, row] of sheet.rows) {
        if (r < rect.r0 || r > rect.r1) continue;
        for (const [c, cell] of row) {
          if (c < rect.c0 || c > rect.c1) continue;
          const len = shownLength(cell);
          longest.set(c, Math.max(longest.get(c) ?? 0, len));
        }
      }
      for (let c = rect.c0; c <= rect.c1 && c - rect.c0 < 16_384; c++) {
        const len = longest.get(c);
        sheet.columnWidths.set(c, len === undefined ? DEFAULT_COLUMN_WIDTH_POINTS : autofitWidthPoints(len));
      }
    });
  }
  autofitRows(): void {
    this._call("autofitRows", [], () => undefined);
  }
}
