// createExcelHost: Excel.run, the Excel-like namespace and the Office-like object over one workbook.
import { SimCounters, createCounters } from "./api/counters";
import { DEFAULT_PAYLOAD_LIMIT, HostState, type PartWayFailure } from "./api/context";
import { SimRequestContext } from "./api/workbook";
import { SelectionEventHub, selectionBefore } from "./api/events";
import { parseRangeArgument } from "./rangeArgument";
import { SimError } from "./errors";
import { WorkbookModel } from "./model/workbook";
import { supportsSet } from "./api/requirements";
import { StandIn, asExcel } from "./api/standIn";
import { CellEditMode } from "./api/cellEdit";

export interface ExcelHostOptions {
  /** default 5 MB, Excel on the web's request and response limit */
  payloadLimitBytes?: number;
  /** requirement sets the host claims, e.g. { ExcelApi: "1.12" }; default { ExcelApi: "1.17" } */
  requirementSets?: Record<string, string>;
  /** the n-th sync (1-based, counted over the host's lifetime) fails with GeneralException, applying nothing */
  failAtSync?: number;
  /** the given sync fails with GeneralException after applying its first `afterOperations` operations */
  failPartWay?: PartWayFailure;
  /** default "web" (as the payload limits): Excel on the web's own limits apply */
  platform?: "web" | "desktop";
}

/** Excel.run with or without RunOptions (delayForCellEdit is the one the simulator models). */
interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

interface SimSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: "succeeded" | "failed"; value: undefined }) => void): void;
}

interface SimOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: SimSettings };
    host: string;
    platform: string;
  };
  HostType: { Excel: "Excel" };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  actions: { associate(name: string, fn: unknown): void };
  readonly associated: Map<string, unknown>;
}

export interface ExcelHost {
  /** Excel.run(batch), and Excel.run(context, batch) on the context of an earlier batch. */
  run: ExcelRun & (<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>);
  /**
   * What a user's click or drag in the grid does: selects `address` ("Clients!B7", "B7:D9") on its sheet, makes
   * its top-left cell active and its sheet the active one, and raises the selection-changed events.
   */
  selectAsUser(address: string): void;
  /** Selection-changed handlers registered now. */
  readonly selectionHandlers: number;
  counters: SimCounters;
  excel: typeof Excel;
  office: SimOffice;
  /** The user typing in a cell: begin() enters cell-edit mode, end() leaves it. */
  cellEdit: Pick<CellEditMode, "begin" | "end" | "active" | "delayed">;
  install(): void;
  /** A request context of no Excel.run batch, for answering Office.js's own requests (richApi/). */
  newContext(): SimRequestContext;
}

export function createExcelHost(workbook: WorkbookModel, options: ExcelHostOptions = {}): ExcelHost {
  const counters = createCounters();
  const state: HostState = {
    workbook,
    counters,
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    failAtSync: options.failAtSync,
    failPartWay: options.failPartWay,
    requirementSets: options.requirementSets ?? { ExcelApi: "1.17" },
    events: new SelectionEventHub(),
    cellEdit: new CellEditMode(),
    platform: options.platform ?? "web",
  };
  const sets = state.requirementSets;
  if (workbook.sheets.length === 0) workbook.createSheet("Sheet1");

  const run: ExcelRun = async <T>(
    first: Excel.RunOptions | Excel.RequestContext | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === "function" ? first : second!;
    // run(context, batch): a context this host made earlier (to remove an event handler it added).
    const earlier = typeof first !== "function" && first instanceof SimRequestContext ? first : null;
    const context = earlier ?? new SimRequestContext(state);
    earlier?.reopen();
    if (!earlier) context.delayForCellEdit = typeof first === "function" ? false : (first as Excel.RunOptions).delayForCellEdit === true;
    try {
      const result = await batch(asExcel(context));
      // Excel.run syncs what the batch left queued.
      if (context.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      context.end();
    }
  };

  // What Excel code reads of the Excel namespace; handed out as `typeof Excel` like the proxies.
  const namespace: StandIn<typeof Excel> & Record<string, unknown> = {
    run,
    RequestContext: SimRequestContext,
    ErrorCodes: {
      accessDenied: "AccessDenied", generalException: "GeneralException", invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation", itemNotFound: "ItemNotFound", itemAlreadyExists: "ItemAlreadyExists",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      operationCellsExceedLimit: "OperationCellsExceedLimit",
    },
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet", cellValue: "CellValue", containsText: "ContainsText", topBottom: "TopBottom", presetCriteria: "PresetCriteria" },
    ChartType: { columnClustered: "ColumnClustered", line: "Line", lineMarkers: "LineMarkers", pie: "Pie", barClustered: "BarClustered", xyscatter: "XYScatter", pareto: "Pareto" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
    AggregationFunction: { sum: "Sum", count: "Count", average: "Average", max: "Max", min: "Min", automatic: "Automatic" },
    ShowAsCalculation: { none: "None", percentOfGrandTotal: "PercentOfGrandTotal", runningTotal: "RunningTotal", percentRunningTotal: "PercentRunningTotal" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
  };
  const excel = asExcel(namespace);

  const associated = new Map<string, unknown>();
  const office: SimOffice = {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string): boolean => supportsSet(sets, name, minVersion),
      },
      document: {
        settings: {
          get: (name) => (workbook.settings.has(name) ? JSON.parse(JSON.stringify(workbook.settings.get(name))) : null),
          set: (name, value) => void workbook.settings.set(name, JSON.parse(JSON.stringify(value))),
          remove: (name) => void workbook.settings.delete(name),
          saveAsync: (callback) => queueMicrotask(() => callback?.({ status: "succeeded", value: undefined })),
        },
      },
      host: "Excel",
      platform: state.platform === "web" ? "OfficeOnline" : "PC",
    },
    HostType: { Excel: "Excel" },
    onReady: async (callback) => {
      const info = { host: "Excel", platform: state.platform === "web" ? "OfficeOnline" : "PC" };
      callback?.(info);
      return info;
    },
    actions: { associate: (name, fn) => void associated.set(name, fn) },
    associated,
  };

  const selectAsUser = (address: string): void => {
    const { sheet: name, rect } = parseRangeArgument(address, "selectAsUser");
    const sheet = name === undefined ? workbook.activeSheet() : workbook.findSheet(name);
    if (!sheet || sheet.visibility !== "Visible") throw new SimError("ItemNotFound", undefined, "selectAsUser");
    const before = selectionBefore(workbook);
    sheet.selection = { ...rect };
    sheet.activeCell = { row: rect.r0, column: rect.c0 };
    workbook.activeSheetId = sheet.id;
    state.events.changed(sheet, before);
  };

  return {
    run: run as ExcelHost["run"],
    selectAsUser,
    get selectionHandlers() {
      return state.events.count;
    },
    counters,
    excel,
    office,
    cellEdit: state.cellEdit,
    newContext: () => new SimRequestContext(state),
    install() {
      Object.assign(globalThis, { Excel: excel, Office: office, OfficeExtension: { Error: SimError } });
    },
  };
}

