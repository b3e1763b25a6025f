// Excel.Workbook, Excel.Application and the RequestContext handed to Excel.run batches.
// https://learn.microsoft.com/javascript/api/excel/excel.workbook
// https://learn.microsoft.com/javascript/api/excel/excel.application
import { invalidArgument } from "../errors";
import { WorkbookModel } from "../model/workbook";
import { HostState, SimRequestContextCore } from "./context";
import { SimCustomXmlPartCollection } from "./customXml";
import { SimNamedItemCollection } from "./names";
import { SimObject } from "./object";
import { SimPivotTableCollection } from "./pivotTables/pivotTableCollection";
import { SimTableCollection } from "./tables/tableCollection";
import { SimWorkbookProtection } from "./workbookProtection";
import { SimWorksheet, SimWorksheetCollection } from "./worksheet";
import { asExcel, standsFor } from "./standIn";

class SimApplication extends SimObject<WorkbookModel> implements Pick<Excel.Application, "calculationMode" | "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync" | "calculate"> {
  declare readonly [standsFor]?: Excel.Application;
  constructor(context: SimRequestContextCore) {
    super(context, "Application");
  }
  _resolve(): WorkbookModel { return this.context.host.workbook; }
  protected _scalarNames(): readonly string[] { return ["calculationMode", "calculationEngineVersion", "calculationState"]; }
  protected _readScalar(wb: WorkbookModel, name: string): unknown {
    if (name === "calculationMode") return wb.calculationMode;
    if (name === "calculationEngineVersion") return 1;
    return "Done";
  }
  get calculationMode(): Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" { return this._get("calculationMode"); }
  set calculationMode(v: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual") {
    this._set("calculationMode", v, (wb) => {
      if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(v)) throw invalidArgument("Application.calculationMode");
      wb.calculationMode = v as WorkbookModel["calculationMode"];
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => void this.context.host.counters.suspendApiCalculation++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => void this.context.host.counters.suspendScreenUpdating++);
  }
  calculate(_calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this._call("calculate", [_calculationType], () => undefined);
  }
}

class SimWorkbookApi extends SimObject<WorkbookModel> implements Pick<Excel.Workbook, "getSelectedRange" | "getActiveCell"> {
  declare readonly [standsFor]?: Excel.Workbook;
  readonly worksheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly tables: Excel.TableCollection;
  readonly pivotTables: Excel.PivotTableCollection;
  readonly customXmlParts: Excel.CustomXmlPartCollection;
  readonly application: Excel.Application;
  readonly protection: Excel.WorkbookProtection;
  private readonly protectionProxy: SimWorkbookProtection;
  constructor(context: SimRequestContextCore, application: SimApplication) {
    super(context, "Workbook");
    this.protectionProxy = new SimWorkbookProtection(context);
    this.protection = asExcel(this.protectionProxy);
    this.worksheets = asExcel(new SimWorksheetCollection(context));
    this.names = asExcel(new SimNamedItemCollection(context));
    this.tables = asExcel(new SimTableCollection(context, null));
    this.pivotTables = asExcel(new SimPivotTableCollection(context, null));
    this.customXmlParts = asExcel(new SimCustomXmlPartCollection(context));
    this.application = asExcel(application);
  }
  _resolve(): WorkbookModel { return this.context.host.workbook; }
  protected _scalarNames(): readonly string[] { return ["name", "readOnly"]; }
  protected override _navigation(name: string): SimObject<unknown> | undefined {
    return name === "protection" ? this.protectionProxy : undefined;
  }
  protected _readScalar(_wb: WorkbookModel, name: string): unknown { return name === "name" ? "Book1.xlsx" : false; }
  get name(): string { return this._get("name"); }
  get readOnly(): boolean { return this._get("readOnly"); }
  private active(): SimWorksheet {
    return SimWorksheet.bound(this.context, () => this.context.host.workbook.activeSheet() ?? null);
  }
  getSelectedRange(): Excel.Range { return asExcel(this.active().rangeFrom((sheet) => sheet.selection)); }
  getActiveCell(): Excel.Range {
    return asExcel(this.active().rangeFrom(({ activeCell: { row, column } }) => ({ r0: row, r1: row, c0: column, c1: column })));
  }
}

/** The object a batch receives; src/excel code gets it as `Excel.RequestContext`. */
export class SimRequestContext extends SimRequestContextCore {
  declare readonly [standsFor]?: Excel.RequestContext;
  readonly application: Excel.Application;
  readonly workbook: Excel.Workbook;
  constructor(host: HostState) {
    super(host);
    const app = new SimApplication(this);
    this.application = asExcel(app);
    this.workbook = asExcel(new SimWorkbookApi(this, app));
  }
  load(object: { load(option?: unknown): unknown }, option?: unknown): void {
    object.load(option);
  }
}
