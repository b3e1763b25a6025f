// Excel.TableColumn and TableColumnCollection: https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn
import { Rect, rectColumns } from "../../../shared/a1";
import { SimError, invalidArgument, shapeMismatch } from "../../errors";
import { writeInput } from "../../model/input";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { assertWritable } from "../guards";
import { SimObject } from "../object";
import type { SimTable } from "./table";
import { TableRef, bodyRect, headerNames } from "./tableRef";
import { asExcel, standsFor } from "../standIn";
import { assertColumnAddWithinLimit } from "../tableLimits";

interface ColumnRef extends TableRef {
  index: number;
}

export class SimTableColumn extends SimObject<ColumnRef> implements Pick<Excel.TableColumn, "name" | "index" | "getRange" | "getDataBodyRange" | "getHeaderRowRange" | "delete"> {
  declare readonly [standsFor]?: Excel.TableColumn;
  constructor(context: SimRequestContextCore, private readonly resolver: () => ColumnRef | null, private readonly table: SimTable, orNull = false) {
    super(context, "TableColumn", orNull);
  }
  _resolve(): ColumnRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "index", "id", "values"]; }
  protected _readScalar(ref: ColumnRef, name: string): unknown {
    const c = ref.table.rect.c0 + ref.index;
    if (name === "name") return headerNames(ref)[ref.index];
    if (name === "index") return ref.index;
    if (name === "id") return ref.index + 1;
    const out: unknown[][] = [];
    for (let r = ref.table.rect.r0; r <= ref.table.rect.r1; r++) out.push([ref.sheet.get(r, c)?.value ?? ""]);
    return out;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) {
    this._set("name", v, (ref) => {
      const names = headerNames(ref);
      if (names.some((n, i) => i !== ref.index && n.toLowerCase() === String(v).toLowerCase())) throw invalidArgument("TableColumn.name");
      ref.sheet.ensure(ref.table.rect.r0, ref.table.rect.c0 + ref.index).value = String(v);
    });
  }
  get index(): number { return this._get("index"); }
  get values(): any[][] { return this._get("values"); }
  private col(fn: (ref: ColumnRef) => Rect): Excel.Range {
    return asExcel(this.table.rangeOf(() => {
      const ref = this._require("TableColumn");
      return fn(ref);
    }));
  }
  getRange(): Excel.Range { return this.col(({ table, index }) => ({ ...table.rect, c0: table.rect.c0 + index, c1: table.rect.c0 + index })); }
  getHeaderRowRange(): Excel.Range { return this.col(({ table, index }) => ({ r0: table.rect.r0, r1: table.rect.r0, c0: table.rect.c0 + index, c1: table.rect.c0 + index })); }
  getDataBodyRange(): Excel.Range { return this.col(({ table, index }) => ({ ...bodyRect(table), c0: table.rect.c0 + index, c1: table.rect.c0 + index })); }
  delete(): void {
    this._call("delete", [], ({ sheet, table, index }) => {
      assertWritable(sheet, "TableColumn.delete");
      if (rectColumns(table.rect) === 1) throw new SimError("InvalidOperation", undefined, "TableColumn.delete");
      this.context.host.workbook.shift(sheet, { axis: "column", at: table.rect.c0 + index, count: -1, band: [table.rect.r0, table.rect.r1] });
    });
  }
}

export class SimTableColumnCollection
  extends SimCollection<ColumnRef, SimTableColumn>
  implements Pick<Excel.TableColumnCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemAt">
{
  declare readonly [standsFor]?: Excel.TableColumnCollection;
  constructor(context: SimRequestContextCore, private readonly table: () => TableRef, private readonly owner: SimTable) {
    super(context, "TableColumnCollection");
  }
  protected _models(): ColumnRef[] {
    const t = this.table();
    return headerNames(t).map((_, index) => ({ ...t, index }));
  }
  protected _proxyFor(model: ColumnRef): SimTableColumn {
    const name = headerNames(model)[model.index];
    return new SimTableColumn(this.context, () => this.find(name), this.owner);
  }
  private find(key: string | number): ColumnRef | null {
    const t = this.table();
    const names = headerNames(t);
    const index = typeof key === "number" ? key - 1 : names.findIndex((n) => n.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < names.length ? { ...t, index } : null;
  }
  get count(): number { return this.items.length; }
  getItem(key: string | number): Excel.TableColumn {
    return asExcel(new SimTableColumn(this.context, () => {
      const c = this.find(key);
      if (!c) throw new SimError("ItemNotFound", undefined, "TableColumnCollection.getItem");
      return c;
    }, this.owner));
  }
  getItemOrNullObject(key: string | number): Excel.TableColumn {
    return asExcel(new SimTableColumn(this.context, () => this.find(key), this.owner, true));
  }
  getItemAt(index: number): Excel.TableColumn {
    return asExcel(new SimTableColumn(this.context, () => {
      const t = this.table();
      if (!Number.isInteger(index) || index < 0 || index >= rectColumns(t.table.rect)) throw new SimError("ItemNotFound", undefined, "TableColumnCollection.getItemAt");
      return { ...t, index };
    }, this.owner));
  }
  /** Adds a column (at the right when index is omitted); values include the header as first row. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, name?: string): Excel.TableColumn {
    let added: { name: string } | undefined;
    this.context.enqueue("TableColumnCollection.add(...);", { call: "add", args: [index ?? null, values ?? null, name ?? null] }, () => {
      const t = this.table();
      const { sheet, table } = t;
      assertWritable(sheet, "TableColumnCollection.add");
      assertColumnAddWithinLimit(this.context, t);
      const count = rectColumns(table.rect);
      const at = index === undefined || index === null ? count : index;
      if (!Number.isInteger(at) || at < 0 || at > count) throw invalidArgument("TableColumnCollection.add");
      const rows = table.rect.r1 - table.rect.r0 + 1;
      if (values !== undefined && values !== null && (!Array.isArray(values) || values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== 1))) {
        throw shapeMismatch("TableColumnCollection.add");
      }
      this.context.host.workbook.shift(sheet, { axis: "column", at: table.rect.c0 + at, count: 1, band: [table.rect.r0, table.rect.r1] });
      if (at === count) table.rect = { ...table.rect, c1: table.rect.c1 + 1 };
      const c = table.rect.c0 + at;
      for (let r = table.rect.r0; r <= table.rect.r1; r++) sheet.remove(r, c);
      if (Array.isArray(values)) values.forEach((row, i) => writeInput(sheet.ensure(table.rect.r0 + i, c), row[0]));
      const existing = headerNames(t).filter((_, i) => i !== at);
      let header = name ?? (Array.isArray(values) ? String(values[0][0]) : "");
      if (!header) header = `Column${at + 1}`;
      const base = header;
      let n = 2;
      while (existing.some((e) => e.toLowerCase() === header.toLowerCase())) header = `${base}${n++}`;
      const headerCell = sheet.ensure(table.rect.r0, c);
      headerCell.value = header;
      delete headerCell.formula;
      added = { name: header };
    });
    return asExcel(new SimTableColumn(this.context, () => {
      if (!added) throw new SimError("ItemNotFound", undefined, "TableColumnCollection.add");
      return this.find(added.name);
    }, this.owner));
  }
}
