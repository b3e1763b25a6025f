// Worksheet.protection and Worksheet.freezePanes.
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
import { Rect } from "../../shared/a1";
import { parseRangeArgument } from "../rangeArgument";
import { SimError, invalidArgument } from "../errors";
import { SheetModel } from "../model/sheet";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";
import { SimRange } from "./range";
import { asExcel, standsFor } from "./standIn";

export class SimWorksheetProtection extends SimObject<SheetModel> implements Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect"> {
  declare readonly [standsFor]?: Excel.WorksheetProtection;
  constructor(context: SimRequestContextCore, private readonly resolver: () => SheetModel | null) {
    super(context, "WorksheetProtection");
  }
  _resolve(): SheetModel | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return ["protected", "options"]; }
  protected _readScalar(sheet: SheetModel, name: string): unknown {
    return name === "protected" ? sheet.protection.protected : { ...sheet.protection.options };
  }
  get protected(): boolean { return this._get("protected"); }
  get options(): Excel.WorksheetProtectionOptions { return this._get("options"); }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._call("protect", [options ?? null, password ? "***" : null], (sheet) => {
      if (sheet.protection.protected) throw new SimError("InvalidOperation", "The worksheet is already protected.", "WorksheetProtection.protect");
      sheet.protection = { protected: true, password, options: { ...(options as Record<string, boolean> | undefined) } };
    });
  }
  unprotect(password?: string): void {
    this._call("unprotect", [password ? "***" : null], (sheet) => {
      // A file's own password is known only as a hash: the simulator asks for one but cannot check it.
      const kept = sheet.protection;
      const needsPassword = kept.password !== undefined || /\b(hashValue|password)=/.test(kept.element ?? "");
      if (needsPassword && (!password || (kept.password !== undefined && kept.password !== password))) {
        throw invalidArgument("WorksheetProtection.unprotect", "The password you supplied is not correct.");
      }
      sheet.protection = { protected: false, options: {} };
    });
  }
}

export class SimFreezePanes extends SimObject<SheetModel> implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocationOrNullObject"> {
  declare readonly [standsFor]?: Excel.WorksheetFreezePanes;
  constructor(
    context: SimRequestContextCore,
    private readonly resolver: () => SheetModel | null,
    private readonly rangeFrom: (compute: (sheet: SheetModel) => Rect | null, orNull?: boolean) => SimRange,
  ) {
    super(context, "WorksheetFreezePanes");
  }
  _resolve(): SheetModel | null { return this.resolver(); }
  protected _scalarNames(): readonly string[] { return []; }
  protected _readScalar(): unknown { return undefined; }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument("WorksheetFreezePanes.freezeRows");
      sheet.frozen = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument("WorksheetFreezePanes.freezeColumns");
      sheet.frozen = { rows: 0, columns: count };
    });
  }
  /** The given range is the frozen top-left pane: rows and columns up to its bottom-right cell. */
  freezeAt(frozenRange: Excel.Range | string): void {
    this.context.assertOwn(frozenRange, "WorksheetFreezePanes.freezeAt");
    this._call("freezeAt", [typeof frozenRange === "string" ? frozenRange : "range"], (sheet) => {
      let rect: Rect | null = null;
      if (typeof frozenRange === "string") {
        rect = parseRangeArgument(frozenRange, "WorksheetFreezePanes.freezeAt").rect;
      } else if (frozenRange instanceof SimRange) rect = frozenRange._resolve()?.rect ?? null;
      if (!rect) throw invalidArgument("WorksheetFreezePanes.freezeAt");
      sheet.frozen = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (sheet) => (sheet.frozen = { rows: 0, columns: 0 }));
  }
  getLocationOrNullObject(): Excel.Range {
    return asExcel(this.rangeFrom((sheet) => {
      const { rows, columns } = sheet.frozen;
      if (!rows && !columns) return null;
      return { r0: 0, c0: 0, r1: Math.max(rows, 1) - 1, c1: Math.max(columns, 1) - 1 };
    }, true));
  }
}
