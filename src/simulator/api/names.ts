// Excel.NamedItemCollection / NamedItem: https://learn.microsoft.com/javascript/api/excel/excel.nameditem
import { tryParseRect } from "../../shared/a1";
import { formatAddress, quoteSheet, splitSheet } from "../../shared/sheetName";
import { SimError, invalidArgument } from "../errors";
import { NameModel } from "../model/workbook";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { SimWorksheet } from "./worksheet";
import { asExcel, standsFor } from "./standIn";

function absolute(ref: NonNullable<NameModel["ref"]>): string {
  const local = formatAddress(ref.sheet, ref.rect).split("!")[1];
  const abs = local.replace(/([A-Z]+)?(\d+)?/g, (m, col, row) => (m ? `${col ? "$" + col : ""}${row ? "$" + row : ""}` : ""));
  return `=${quoteSheet(ref.sheet)}!${abs}`;
}

export class SimNamedItem extends SimObject<NameModel> implements Pick<Excel.NamedItem, "name" | "type" | "value" | "formula" | "visible" | "comment" | "getRange" | "getRangeOrNullObject" | "delete"> {
  declare readonly [standsFor]?: Excel.NamedItem;
  constructor(context: SimRequestContextCore, private readonly resolver: () => NameModel | null, orNull = false) {
    super(context, "NamedItem", orNull);
  }
  _resolve(): NameModel | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "type", "value", "formula", "visible", "comment", "scope"]; }
  protected _readScalar(n: NameModel, name: string): unknown {
    switch (name) {
      case "name": return n.name;
      case "type": return n.ref || n.formula === undefined ? (n.ref ? "Range" : "Error") : typeof n.formula === "string" && /^=?-?\d/.test(n.formula) ? "Double" : "String";
      case "value": return n.ref ? absolute(n.ref).slice(1) : n.formula ?? "#REF!";
      case "formula": return n.ref ? absolute(n.ref) : n.formula ?? "=#REF!";
      case "visible": return n.visible;
      case "comment": return n.comment;
      case "scope": return "Workbook";
    }
    return undefined;
  }
  get name(): string { return this._get("name"); }
  get type(): Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array" { return this._get("type"); }
  get value(): any { return this._get("value"); }
  get formula(): any { return this._get("formula"); }
  set formula(v: any) {
    this._set("formula", v, (n) => {
      const ref = parseReference(this.context, String(v).replace(/^=/, ""));
      if (ref) n.ref = ref;
      else {
        n.ref = null;
        n.formula = String(v);
      }
    });
  }
  get visible(): boolean { return this._get("visible"); }
  set visible(v: boolean) { this._set("visible", v, (n) => (n.visible = v)); }
  get comment(): string { return this._get("comment"); }
  set comment(v: string) { this._set("comment", v, (n) => (n.comment = v)); }
  private range(orNull: boolean): SimRange {
    return new SimRange(
      this.context,
      () => {
        const n = orNull ? this._resolve() : this._require("NamedItem.getRange");
        if (!n || !n.ref) {
          if (orNull) return null;
          throw new SimError("InvalidOperation", "The named item does not refer to a range.", "NamedItem.getRange");
        }
        const sheet = this.context.host.workbook.requireSheet(n.ref.sheet, "NamedItem.getRange");
        return { sheet, rect: n.ref.rect };
      },
      (find) => SimWorksheet.bound(this.context, find),
      orNull,
    );
  }
  getRange(): Excel.Range { return asExcel(this.range(false)); }
  getRangeOrNullObject(): Excel.Range { return asExcel(this.range(true)); }
  delete(): void {
    this._call("delete", [], (n) => {
      const wb = this.context.host.workbook;
      wb.names = wb.names.filter((x) => x !== n);
    });
  }
}

function parseReference(context: SimRequestContextCore, text: string): NameModel["ref"] {
  const { sheet, local } = splitSheet(text);
  const rect = tryParseRect(local);
  if (!rect || !sheet) return null;
  const s = context.host.workbook.findSheet(sheet);
  return s ? { sheet: s.name, rect } : null;
}

const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\?]*$/;

export class SimNamedItemCollection extends SimCollection<NameModel, SimNamedItem> implements Pick<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject"> {
  declare readonly [standsFor]?: Excel.NamedItemCollection;
  constructor(context: SimRequestContextCore) {
    super(context, "NamedItemCollection");
  }
  protected _models(): NameModel[] { return this.context.host.workbook.names; }
  protected _proxyFor(model: NameModel): SimNamedItem { return this.byName(model.name, false); }
  private byName(key: string, orNull: boolean): SimNamedItem {
    return new SimNamedItem(this.context, () => {
      const n = this.context.host.workbook.findName(key);
      if (!n && !orNull) throw new SimError("ItemNotFound", undefined, "NamedItemCollection.getItem");
      return n ?? null;
    }, orNull);
  }
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    this.context.assertOwn(reference, "NamedItemCollection.add");
    this.context.enqueue("NamedItemCollection.add(...);", { call: "add", args: [name, typeof reference === "string" ? reference : "range", comment ?? null] }, () => {
      const wb = this.context.host.workbook;
      if (typeof name !== "string" || !NAME_PATTERN.test(name) || tryParseRect(name) || /^[RrCc]$/.test(name) || name.length > 255) throw invalidArgument("NamedItemCollection.add");
      if (wb.findName(name)) throw new SimError("ItemAlreadyExists", undefined, "NamedItemCollection.add");
      let ref: NameModel["ref"] = null;
      let formula: string | undefined;
      if (reference instanceof SimRange) {
        const r = reference._resolve();
        if (!r) throw invalidArgument("NamedItemCollection.add");
        ref = { sheet: r.sheet.name, rect: r.rect };
      } else if (typeof reference === "string") {
        ref = parseReference(this.context, reference.replace(/^=/, ""));
        if (!ref) {
          if (/^=?[A-Za-z' ]*!/.test(reference)) throw invalidArgument("NamedItemCollection.add");
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        }
      } else throw invalidArgument("NamedItemCollection.add");
      wb.names.push({ name, ref, formula, comment: comment ?? "", visible: true });
    });
    return asExcel(this.byName(name, false));
  }
  getItem(name: string): Excel.NamedItem { return asExcel(this.byName(name, false)); }
  getItemOrNullObject(name: string): Excel.NamedItem { return asExcel(this.byName(name, true)); }
}
