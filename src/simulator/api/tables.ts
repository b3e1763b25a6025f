// Excel.Table, TableCollection, TableColumn(s), TableRow(s): https://learn.microsoft.com/javascript/api/excel/excel.table
import { Rect, intersect, parseAddress, rectColumns } from "../address";
import { SimError, invalidArgument, shapeMismatch } from "../errors";
import { writeInput } from "../model/input";
import { TableModel } from "../model/objects";
import { SheetModel } from "../model/sheet";
import { SimCollection } from "./collection";
import { SimRequestContextCore } from "./context";
import { assertWritable } from "./guards";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { SimWorksheet } from "./worksheet";
import { assertColumnAddWithinLimit, resizeTable, resizeTarget } from "./tableLimits";

export interface TableRef {
  sheet: SheetModel;
  table: TableModel;
}

function headerNames(ref: TableRef): string[] {
  const { sheet, table } = ref;
  const out: string[] = [];
  for (let c = table.rect.c0; c <= table.rect.c1; c++) out.push(String(sheet.get(table.rect.r0, c)?.value ?? ""));
  return out;
}

function bodyRect(t: TableModel): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) };
}

/** Makes header texts unique and non-empty as Excel does ("Column1", "Name2"). */
export function fixHeaders(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((v, i) => {
    let name = v === null || v === undefined || v === "" ? `Column${i + 1}` : String(v);
    const base = name;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function workbookTables(context: SimRequestContextCore): TableRef[] {
  return context.host.workbook.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

function boundTable(context: SimRequestContextCore, find: () => TableRef | null, orNull = false): SimTable {
  let id: string | undefined;
  return new SimTable(context, () => {
    if (id !== undefined) {
      const found = workbookTables(context).find((t) => t.table.id === id);
      if (!found) throw new SimError("ItemNotFound", undefined, "Table");
      return found;
    }
    const t = find();
    if (t) id = t.table.id;
    return t;
  }, orNull);
}

export class SimTable
  extends SimObject<TableRef>
  implements Pick<Excel.Table, "name" | "id" | "showTotals" | "showHeaders" | "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "getTotalRowRange" | "delete" | "convertToRange" | "resize">
{
  private _columns?: SimTableColumnCollection;
  private _rows?: SimTableRowCollection;
  constructor(context: SimRequestContextCore, private readonly resolver: () => TableRef | null, orNull = false) {
    super(context, "Table", orNull);
  }
  _resolve(): TableRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["name", "id", "showTotals", "showHeaders", "style", "showBandedRows", "showFilterButton"]; }
  protected _readScalar({ table }: TableRef, name: string): unknown {
    switch (name) {
      case "name": return table.name;
      case "id": return table.id;
      case "showTotals": return table.showTotals;
      case "showHeaders": return table.showHeaders;
      case "style": return table.style;
      case "showBandedRows": return true;
      case "showFilterButton": return true;
    }
    return undefined;
  }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    if (name === "worksheet") return this.worksheet as unknown as SimObject<unknown>;
    return undefined;
  }
  get name(): string { return this._get("name"); }
  set name(v: string) {
    this._set("name", v, ({ table }) => {
      validateTableName(this.context, v, table);
      table.name = v;
    });
  }
  get id(): string { return this._get("id"); }
  get showTotals(): boolean { return this._get("showTotals"); }
  set showTotals(v: boolean) {
    this._set("showTotals", v, ({ table }) => {
      if (v === table.showTotals) return;
      table.showTotals = v;
      table.rect = { ...table.rect, r1: table.rect.r1 + (v ? 1 : -1) };
    });
  }
  get showHeaders(): boolean { return this._get("showHeaders"); }
  set showHeaders(v: boolean) { this._set("showHeaders", v, ({ table }) => (table.showHeaders = v)); }
  get style(): string { return this._get("style"); }
  set style(v: string) { this._set("style", v, ({ table }) => (table.style = v)); }

  get worksheet(): Excel.Worksheet {
    return SimWorksheet.bound(this.context, () => this._resolve()?.sheet ?? null) as unknown as Excel.Worksheet;
  }
  get columns(): Excel.TableColumnCollection {
    this._columns ??= new SimTableColumnCollection(this.context, () => this._require("Table.columns"), this);
    return this._columns as unknown as Excel.TableColumnCollection;
  }
  get rows(): Excel.TableRowCollection {
    this._rows ??= new SimTableRowCollection(this.context, () => this._require("Table.rows"), this);
    return this._rows as unknown as Excel.TableRowCollection;
  }

  /** @internal */
  rangeOf(compute: (ref: TableRef) => Rect | null, orNull = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const ref = this._resolve();
        if (!ref) return null;
        const rect = compute(ref);
        return rect ? { sheet: ref.sheet, rect } : null;
      },
      (find) => SimWorksheet.bound(this.context, find),
      orNull,
    );
  }
  getRange(): Excel.Range { return this.rangeOf(({ table }) => table.rect) as unknown as Excel.Range; }
  getHeaderRowRange(): Excel.Range { return this.rangeOf(({ table }) => ({ ...table.rect, r1: table.rect.r0 })) as unknown as Excel.Range; }
  getDataBodyRange(): Excel.Range { return this.rangeOf(({ table }) => bodyRect(table)) as unknown as Excel.Range; }
  getTotalRowRange(): Excel.Range {
    return this.rangeOf(({ table }) => {
      if (!table.showTotals) throw new SimError("InvalidOperation", undefined, "Table.getTotalRowRange");
      return { ...table.rect, r0: table.rect.r1 };
    }) as unknown as Excel.Range;
  }
  delete(): void {
    this._call("delete", [], ({ sheet, table }) => {
      assertWritable(sheet, "Table.delete");
      sheet.forEachIn(table.rect, (r, c) => sheet.remove(r, c));
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
  resize(newRange: Excel.Range | string): void {
    this.context.assertOwn(newRange, "Table.resize");
    const target = newRange as unknown as Parameters<typeof resizeTarget>[1];
    this._call("resize", [typeof newRange === "string" ? newRange : "range"], (ref) => resizeTable(ref, resizeTarget(ref, target), fixHeaders));
  }
  convertToRange(): Excel.Range {
    let rect: Rect | null = null;
    this._call("convertToRange", [], ({ sheet, table }) => {
      rect = table.rect;
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
    return this.rangeOf(() => rect) as unknown as Excel.Range;
  }
}

function validateTableName(context: SimRequestContextCore, name: string, self?: TableModel): void {
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || name.length > 255) {
    throw invalidArgument("Table.name");
  }
  const other = workbookTables(context).find((t) => t.table.name.toLowerCase() === name.toLowerCase());
  if ((other && other.table !== self) || context.host.workbook.findName(name)) throw new SimError("InvalidArgument", "A table with this name already exists.", "Table.name");
}

export class SimTableCollection
  extends SimCollection<TableRef, SimTable>
  implements Pick<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemAt">
{
  /** sheet: the worksheet the collection belongs to; null for workbook.tables */
  constructor(context: SimRequestContextCore, private readonly sheet: (() => SheetModel) | null) {
    super(context, "TableCollection");
  }
  protected _models(): TableRef[] {
    const all = workbookTables(this.context);
    if (!this.sheet) return all;
    const s = this.sheet();
    return all.filter((t) => t.sheet === s);
  }
  protected _proxyFor(model: TableRef): SimTable {
    return boundTable(this.context, () => model);
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    this.context.assertOwn(address, "TableCollection.add");
    let created: TableRef | undefined;
    this.context.enqueue("TableCollection.add(...);", { call: "add", args: [typeof address === "string" ? address : "range", hasHeaders] }, () => {
      created = this.addNow(address, hasHeaders);
    });
    return boundTable(this.context, () => {
      if (!created) throw new SimError("ItemNotFound", undefined, "TableCollection.add");
      return created;
    }) as unknown as Excel.Table;
  }
  private addNow(address: Excel.Range | string, hasHeaders: boolean): TableRef {
    const wb = this.context.host.workbook;
    let sheet: SheetModel;
    let rect: Rect;
    if (typeof address === "string") {
      const parsed = parseAddress(address, "TableCollection.add");
      sheet = parsed.sheet ? wb.requireSheet(parsed.sheet, "TableCollection.add") : this.sheet ? this.sheet() : wb.activeSheet();
      rect = parsed.rect;
    } else if (address instanceof SimRange) {
      const ref = address._resolve();
      if (!ref) throw invalidArgument("TableCollection.add");
      ({ sheet, rect } = ref);
    } else throw invalidArgument("TableCollection.add");
    assertWritable(sheet, "TableCollection.add");
    if (rectColumns(rect) > 16_384 || rect.r1 - rect.r0 > 1_048_574) throw invalidArgument("TableCollection.add");
    if (sheet.tables.some((t) => intersect(t.rect, rect))) throw new SimError("InvalidArgument", "A table can't overlap another table.", "TableCollection.add");
    if (sheet.pivots.some((p) => p.outputRect && intersect(p.outputRect, rect))) throw new SimError("InvalidArgument", "A table can't overlap a PivotTable report.", "TableCollection.add");
    if (!hasHeaders) {
      // Excel inserts a header row above the data ("Column1", "Column2", ...).
      wb.shift(sheet, { axis: "row", at: rect.r0, count: 1, band: [rect.c0, rect.c1] });
      for (let c = rect.c0; c <= rect.c1; c++) sheet.ensure(rect.r0, c).value = null;
      rect = { ...rect, r1: rect.r1 + 1 };
    }
    if (rect.r1 === rect.r0) rect = { ...rect, r1: rect.r0 + 1 }; // a table always has a data row
    const raw: unknown[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) raw.push(sheet.get(rect.r0, c)?.value ?? null);
    fixHeaders(raw).forEach((name, i) => {
      const cell = sheet.ensure(rect.r0, rect.c0 + i);
      cell.value = name;
      delete cell.formula;
    });
    let n = workbookTables(this.context).length + 1;
    while (wb.findTable(`Table${n}`)) n++;
    const table: TableModel = { id: wb.newId("table"), name: `Table${n}`, rect, showHeaders: true, showTotals: false, style: "TableStyleMedium2" };
    sheet.tables.push(table);
    return { sheet, table };
  }
  getItem(key: string): Excel.Table {
    return boundTable(this.context, () => {
      const t = this._models().find((m) => m.table.name.toLowerCase() === key.toLowerCase() || m.table.id === key);
      if (!t) throw new SimError("ItemNotFound", undefined, "TableCollection.getItem");
      return t;
    }) as unknown as Excel.Table;
  }
  getItemOrNullObject(key: string): Excel.Table {
    return boundTable(this.context, () => this._models().find((m) => m.table.name.toLowerCase() === key.toLowerCase() || m.table.id === key) ?? null, true) as unknown as Excel.Table;
  }
  getItemAt(index: number): Excel.Table {
    return boundTable(this.context, () => {
      const t = this._models()[index];
      if (!t) throw new SimError("ItemNotFound", undefined, "TableCollection.getItemAt");
      return t;
    }) as unknown as Excel.Table;
  }
  get count(): number {
    return this.items.length;
  }
}

interface ColumnRef extends TableRef {
  index: number;
}

export class SimTableColumn extends SimObject<ColumnRef> implements Pick<Excel.TableColumn, "name" | "index" | "getRange" | "getDataBodyRange" | "getHeaderRowRange" | "delete"> {
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
    return this.table.rangeOf(() => {
      const ref = this._require("TableColumn");
      return fn(ref);
    }) as unknown as Excel.Range;
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
    return new SimTableColumn(this.context, () => {
      const c = this.find(key);
      if (!c) throw new SimError("ItemNotFound", undefined, "TableColumnCollection.getItem");
      return c;
    }, this.owner) as unknown as Excel.TableColumn;
  }
  getItemOrNullObject(key: string | number): Excel.TableColumn {
    return new SimTableColumn(this.context, () => this.find(key), this.owner, true) as unknown as Excel.TableColumn;
  }
  getItemAt(index: number): Excel.TableColumn {
    return new SimTableColumn(this.context, () => {
      const t = this.table();
      if (!Number.isInteger(index) || index < 0 || index >= rectColumns(t.table.rect)) throw new SimError("ItemNotFound", undefined, "TableColumnCollection.getItemAt");
      return { ...t, index };
    }, this.owner) as unknown as Excel.TableColumn;
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
    return new SimTableColumn(this.context, () => {
      if (!added) throw new SimError("ItemNotFound", undefined, "TableColumnCollection.add");
      return this.find(added.name);
    }, this.owner) as unknown as Excel.TableColumn;
  }
}

interface RowRef extends TableRef {
  index: number;
}

export class SimTableRow extends SimObject<RowRef> implements Pick<Excel.TableRow, "index" | "values" | "getRange" | "delete"> {
  constructor(context: SimRequestContextCore, private readonly resolver: () => RowRef | null, private readonly owner: SimTable) {
    super(context, "TableRow");
  }
  _resolve(): RowRef | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["index", "values"]; }
  protected _readScalar(ref: RowRef, name: string): unknown {
    if (name === "index") return ref.index;
    const r = bodyRect(ref.table).r0 + ref.index;
    return [this.context.host.workbook.readValues(ref.sheet, { ...ref.table.rect, r0: r, r1: r })[0].map((v) => v ?? "")];
  }
  get index(): number { return this._get("index"); }
  get values(): any[][] { return this._get("values"); }
  set values(v: any[][]) {
    this._set("values", v, (ref) => {
      const cols = rectColumns(ref.table.rect);
      if (!Array.isArray(v) || v.length !== 1 || !Array.isArray(v[0]) || v[0].length !== cols) throw shapeMismatch("TableRow.values");
      assertWritable(ref.sheet, "TableRow.values");
      const r = bodyRect(ref.table).r0 + ref.index;
      v[0].forEach((x, j) => writeInput(ref.sheet.ensure(r, ref.table.rect.c0 + j), x));
    });
  }
  getRange(): Excel.Range {
    return this.owner.rangeOf(() => {
      const ref = this._require("TableRow.getRange");
      const r = bodyRect(ref.table).r0 + ref.index;
      return { ...ref.table.rect, r0: r, r1: r };
    }) as unknown as Excel.Range;
  }
  delete(): void {
    this._call("delete", [], (ref) => {
      assertWritable(ref.sheet, "TableRow.delete");
      const body = bodyRect(ref.table);
      if (body.r1 === body.r0) {
        ref.sheet.forEachIn(body, (r, c) => ref.sheet.remove(r, c)); // the last data row is emptied, not removed
        return;
      }
      this.context.host.workbook.shift(ref.sheet, { axis: "row", at: body.r0 + ref.index, count: -1, band: [ref.table.rect.c0, ref.table.rect.c1] });
    });
  }
}

export class SimTableRowCollection extends SimCollection<RowRef, SimTableRow> implements Pick<Excel.TableRowCollection, "add" | "getItemAt"> {
  constructor(context: SimRequestContextCore, private readonly table: () => TableRef, private readonly owner: SimTable) {
    super(context, "TableRowCollection");
  }
  protected _models(): RowRef[] {
    const t = this.table();
    const body = bodyRect(t.table);
    return Array.from({ length: body.r1 - body.r0 + 1 }, (_, index) => ({ ...t, index }));
  }
  protected _proxyFor(model: RowRef): SimTableRow {
    return this.rowAt(model.index);
  }
  private rowAt(index: number): SimTableRow {
    return new SimTableRow(this.context, () => {
      const m = this._models()[index];
      if (!m) throw new SimError("ItemNotFound", undefined, "TableRowCollection.getItemAt");
      return m;
    }, this.owner);
  }
  get count(): number { return this.items.length; }
  getItemAt(index: number): Excel.TableRow {
    return this.rowAt(index) as unknown as Excel.TableRow;
  }
  /** Adds rows at `index` (at the end when omitted); cells below the table move down. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, _alwaysInsert?: boolean): Excel.TableRow {
    let firstAdded = -1;
    this.context.enqueue("TableRowCollection.add(...);", { call: "add", args: [index ?? null, values ?? null] }, () => {
      const { sheet, table } = this.table();
      assertWritable(sheet, "TableRowCollection.add");
      const body = bodyRect(table);
      const bodyRows = body.r1 - body.r0 + 1;
      const cols = rectColumns(table.rect);
      const grid = values === undefined || values === null ? [new Array(cols).fill("")] : values;
      if (!Array.isArray(grid) || grid.length === 0 || grid.some((r) => !Array.isArray(r) || r.length !== cols)) throw shapeMismatch("TableRowCollection.add");
      const at = index === undefined || index === null ? bodyRows : index;
      if (!Number.isInteger(at) || at < 0 || at > bodyRows) throw invalidArgument("TableRowCollection.add");
      // An empty single data row (as a new table has) is filled instead of pushed down.
      const emptyFirst = bodyRows === 1 && at <= 1 && isRowEmpty(sheet, body.r0, table.rect.c0, table.rect.c1);
      const startRow = body.r0 + (emptyFirst ? 0 : at);
      firstAdded = emptyFirst ? 0 : at;
      const inserted = emptyFirst ? grid.length - 1 : grid.length;
      if (inserted > 0) {
        this.context.host.workbook.shift(sheet, { axis: "row", at: emptyFirst ? body.r0 + 1 : startRow, count: inserted, band: [table.rect.c0, table.rect.c1] });
        if ((at >= bodyRows && !table.showTotals) || emptyFirst) table.rect = { ...table.rect, r1: table.rect.r1 + inserted };
      }
      (grid as unknown[][]).forEach((row, i) => row.forEach((v, j) => {
        const cell = sheet.ensure(startRow + i, table.rect.c0 + j);
        cell.value = null;
        writeInput(cell, v as string | number | boolean);
      }));
    });
    return new SimTableRow(this.context, () => {
      if (firstAdded < 0) throw new SimError("ItemNotFound", undefined, "TableRowCollection.add");
      return { ...this.table(), index: firstAdded };
    }, this.owner) as unknown as Excel.TableRow;
  }
}

function isRowEmpty(sheet: SheetModel, row: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) {
    const cell = sheet.get(row, c);
    if (cell && (cell.value !== null && cell.value !== "" || cell.formula)) return false;
  }
  return true;
}
