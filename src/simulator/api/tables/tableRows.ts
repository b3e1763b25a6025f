// Excel.TableRow and TableRowCollection: https://learn.microsoft.com/javascript/api/excel/excel.tablerow
import { rectColumns } from "../../../shared/a1";
import { SimError, invalidArgument, shapeMismatch } from "../../errors";
import { writeInput } from "../../model/input";
import { SheetModel } from "../../model/sheet";
import { SimCollection } from "../collection";
import { SimRequestContextCore } from "../context";
import { assertWritable } from "../guards";
import { SimObject } from "../object";
import type { SimTable } from "./table";
import { TableRef, bodyRect } from "./tableRef";
import { asExcel, standsFor } from "../standIn";

interface RowRef extends TableRef {
  index: number;
}

export class SimTableRow extends SimObject<RowRef> implements Pick<Excel.TableRow, "index" | "values" | "getRange" | "delete"> {
  declare readonly [standsFor]?: Excel.TableRow;
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
    return asExcel(this.owner.rangeOf(() => {
      const ref = this._require("TableRow.getRange");
      const r = bodyRect(ref.table).r0 + ref.index;
      return { ...ref.table.rect, r0: r, r1: r };
    }));
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
  declare readonly [standsFor]?: Excel.TableRowCollection;
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
    return asExcel(this.rowAt(index));
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
    return asExcel(new SimTableRow(this.context, () => {
      if (firstAdded < 0) throw new SimError("ItemNotFound", undefined, "TableRowCollection.add");
      return { ...this.table(), index: firstAdded };
    }, this.owner));
  }
}

function isRowEmpty(sheet: SheetModel, row: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) {
    const cell = sheet.get(row, c);
    if (cell && (cell.value !== null && cell.value !== "" || cell.formula)) return false;
  }
  return true;
}
