// Excel.WorkbookProtection (ExcelApi 1.7): Review > Protect Workbook, which locks the workbook's structure.
// https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
import { SimError, invalidArgument } from "../errors";
import { WorkbookModel } from "../model/workbook";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";
import { standsFor } from "./standIn";

export class SimWorkbookProtection extends SimObject<WorkbookModel> implements Pick<Excel.WorkbookProtection, "protected" | "protect" | "unprotect"> {
  declare readonly [standsFor]?: Excel.WorkbookProtection;
  constructor(context: SimRequestContextCore) {
    super(context, "WorkbookProtection");
  }
  _resolve(): WorkbookModel { return this.context.host.workbook; }
  protected _scalarNames(): readonly string[] { return ["protected"]; }
  protected _readScalar(wb: WorkbookModel): unknown { return wb.protection.protected; }
  get protected(): boolean { return this._get("protected"); }
  protect(password?: string): void {
    this._call("protect", [password ? "***" : null], (wb) => {
      if (wb.protection.protected) throw new SimError("InvalidOperation", "The workbook is already protected.", "WorkbookProtection.protect");
      wb.protection = { protected: true, ...(password ? { password } : {}) };
    });
  }
  unprotect(password?: string): void {
    this._call("unprotect", [password ? "***" : null], (wb) => {
      const kept = wb.protection;
      // A file's own password is known only as a hash: the simulator asks for one but cannot check it.
      const needsPassword = kept.password !== undefined || /\b(workbookHashValue|workbookPassword)=/.test(kept.element ?? "");
      if (needsPassword && (!password || (kept.password !== undefined && kept.password !== password))) {
        throw invalidArgument("WorkbookProtection.unprotect", "The password you supplied is not correct.");
      }
      wb.protection = { protected: false };
    });
  }
}
