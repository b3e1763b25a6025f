// Excel.CustomXmlPartCollection / CustomXmlPart: https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart
import { SimError, invalidArgument } from "../errors";
import { CustomXmlPartModel } from "../model/workbook";
import { SimClientResult } from "./clientResult";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";
import { asExcel, standsFor } from "./standIn";

/** The namespace of the root element, "" when it has none. */
export function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*([^>]*)>/.exec(xml.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, ""));
  if (!root) return "";
  const prefix = root[1] ? root[1].slice(0, -1) : null;
  const attr = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /xmlns\s*=\s*["']([^"']*)["']/;
  return attr.exec(root[2])?.[1] ?? "";
}

/** A light well-formedness check: one root element and balanced tags. */
function isWellFormedXml(xml: string): boolean {
  const body = xml.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, "").trim();
  if (!body.startsWith("<")) return false;
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = tag.exec(body))) {
    if (stack.length === 0 && body.slice(last, m.index).trim()) return false;
    last = m.index + m[0].length;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else {
      if (stack.length === 0) roots++;
      if (!m[3]) stack.push(m[2]);
    }
  }
  return stack.length === 0 && roots === 1 && !body.slice(last).trim();
}

export class SimCustomXmlPart extends SimObject<CustomXmlPartModel> implements Pick<Excel.CustomXmlPart, "id" | "namespaceUri" | "getXml" | "setXml" | "delete"> {
  declare readonly [standsFor]?: Excel.CustomXmlPart;
  constructor(context: SimRequestContextCore, private readonly resolver: () => CustomXmlPartModel | null, orNull = false) {
    super(context, "CustomXmlPart", orNull);
  }
  _resolve(): CustomXmlPartModel | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["id", "namespaceUri"]; }
  protected _readScalar(p: CustomXmlPartModel, name: string): unknown {
    return name === "id" ? p.id : rootNamespace(p.xml);
  }
  get id(): string { return this._get("id"); }
  get namespaceUri(): string { return this._get("namespaceUri"); }
  getXml(): OfficeExtension.ClientResult<string> {
    const result = new SimClientResult<string>();
    this.context.enqueue("CustomXmlPart.getXml();", { call: "getXml" }, () => {
      const xml = this._require("CustomXmlPart.getXml").xml;
      return { response: xml, commit: () => result.resolveWith(xml) };
    });
    return result;
  }
  setXml(xml: string): void {
    this._call("setXml", [xml], (p) => {
      if (!isWellFormedXml(xml)) throw invalidArgument("CustomXmlPart.setXml");
      p.xml = xml;
    });
  }
  delete(): void {
    this._call("delete", [], (p) => {
      const wb = this.context.host.workbook;
      wb.customXmlParts = wb.customXmlParts.filter((x) => x !== p);
    });
  }
}

class SimCustomXmlPartScopedCollection
  extends SimCollection<CustomXmlPartModel, SimCustomXmlPart>
  implements Pick<Excel.CustomXmlPartScopedCollection, "getItem" | "getItemOrNullObject" | "getOnlyItem" | "getOnlyItemOrNullObject">
{
  declare readonly [standsFor]?: Excel.CustomXmlPartScopedCollection;
  constructor(context: SimRequestContextCore, private readonly filter: (p: CustomXmlPartModel) => boolean) {
    super(context, "CustomXmlPartScopedCollection");
  }
  protected _models(): CustomXmlPartModel[] { return this.context.host.workbook.customXmlParts.filter(this.filter); }
  protected _proxyFor(model: CustomXmlPartModel): SimCustomXmlPart { return partById(this.context, model.id, false); }
  getItem(id: string): Excel.CustomXmlPart {
    return asExcel(new SimCustomXmlPart(this.context, () => {
      const p = this._models().find((m) => m.id === id);
      if (!p) throw new SimError("ItemNotFound", undefined, "CustomXmlPartScopedCollection.getItem");
      return p;
    }));
  }
  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return asExcel(new SimCustomXmlPart(this.context, () => this._models().find((m) => m.id === id) ?? null, true));
  }
  /** Fails with InvalidOperation... Excel: "ItemNotFound" when empty and "InvalidOperation" when several. */
  getOnlyItem(): Excel.CustomXmlPart {
    return asExcel(new SimCustomXmlPart(this.context, () => {
      const all = this._models();
      if (all.length === 0) throw new SimError("ItemNotFound", undefined, "CustomXmlPartScopedCollection.getOnlyItem");
      if (all.length > 1) throw new SimError("InvalidOperation", "The collection contains more than one item.", "CustomXmlPartScopedCollection.getOnlyItem");
      return all[0];
    }));
  }
  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return asExcel(new SimCustomXmlPart(this.context, () => {
      const all = this._models();
      if (all.length > 1) throw new SimError("InvalidOperation", "The collection contains more than one item.", "CustomXmlPartScopedCollection.getOnlyItemOrNullObject");
      return all[0] ?? null;
    }, true));
  }
}

function partById(context: SimRequestContextCore, id: string, orNull: boolean): SimCustomXmlPart {
  return new SimCustomXmlPart(context, () => {
    const p = context.host.workbook.customXmlParts.find((x) => x.id === id);
    if (!p && !orNull) throw new SimError("ItemNotFound", undefined, "CustomXmlPartCollection.getItem");
    return p ?? null;
  }, orNull);
}

export class SimCustomXmlPartCollection
  extends SimCollection<CustomXmlPartModel, SimCustomXmlPart>
  implements Pick<Excel.CustomXmlPartCollection, "add" | "getItem" | "getItemOrNullObject" | "getByNamespace">
{
  declare readonly [standsFor]?: Excel.CustomXmlPartCollection;
  constructor(context: SimRequestContextCore) {
    super(context, "CustomXmlPartCollection");
  }
  protected _models(): CustomXmlPartModel[] { return this.context.host.workbook.customXmlParts; }
  protected _proxyFor(model: CustomXmlPartModel): SimCustomXmlPart { return partById(this.context, model.id, false); }
  add(xml: string): Excel.CustomXmlPart {
    let id: string | undefined;
    this.context.enqueue("CustomXmlPartCollection.add(...);", { call: "add", args: [xml] }, () => {
      if (typeof xml !== "string" || !isWellFormedXml(xml)) throw invalidArgument("CustomXmlPartCollection.add");
      const wb = this.context.host.workbook;
      id = wb.newGuid();
      wb.customXmlParts.push({ id, xml });
    });
    return asExcel(new SimCustomXmlPart(this.context, () => {
      const p = id ? this.context.host.workbook.customXmlParts.find((x) => x.id === id) : undefined;
      if (!p) throw new SimError("ItemNotFound", undefined, "CustomXmlPartCollection.add");
      return p;
    }));
  }
  getItem(id: string): Excel.CustomXmlPart { return asExcel(partById(this.context, id, false)); }
  getItemOrNullObject(id: string): Excel.CustomXmlPart { return asExcel(partById(this.context, id, true)); }
  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    return asExcel(new SimCustomXmlPartScopedCollection(this.context, (p) => rootNamespace(p.xml) === namespaceUri));
  }
}
