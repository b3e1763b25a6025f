// Excel.run of Microsoft's own client library, with the simulator answering as the Excel host: the add-in's
// code builds its requests through Office.js (its argument checks, load rules and request JSON), and every
// request is executed on the simulator's workbook.
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "../host";
import type { WorkbookModel } from "../model/workbook";
import { SimulatorRequestExecutor, type SyncRecord } from "./executor";
import { loadOfficeJsLibrary, type OfficeJsLibraryScript } from "./library";
import { DEFAULT_PAYLOAD_LIMIT } from "../api/context";
import { RichApiEventChannel } from "./events";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface OfficeJsHost {
  /** Excel.run of the real library: run(batch), run(options, batch), run(context, batch). */
  run: {
    <T>(batch: Batch<T>): Promise<T>;
    <T>(optionsOrContext: Excel.RunOptions | Excel.RequestContext, batch: Batch<T>): Promise<T>;
  };
  /** Every sync, in order, with its real request and response bytes. */
  readonly syncs: SyncRecord[];
  /** Requests the simulator had no model for (each also failed its sync). */
  readonly unmodelled: string[];
  /** The simulator underneath (selectAsUser, cell edit, Office-like object). */
  readonly simulator: ExcelHost;
  /** The library's own namespaces (Excel.ErrorCodes, OfficeExtension.Error). */
  readonly library: { Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
  /** The simulator's host with Excel.run going through Office.js: what existing tests take, run the other way. */
  readonly asExcelHost: ExcelHost;
  /** Keeps the text of each request and response from now on (off by default: a full-grid rating is large). */
  keepMessages(): Array<{ request: string; response: string }>;
}

export function createOfficeJsHost(workbook: WorkbookModel, librarySource: string | OfficeJsLibraryScript, options: ExcelHostOptions = {}): OfficeJsHost {
  const simulator = createExcelHost(workbook, { ...options, payloadLimitBytes: Number.POSITIVE_INFINITY });
  const library = loadOfficeJsLibrary(librarySource);
  const syncs: SyncRecord[] = [];
  const unmodelled: string[] = [];
  const events = new RichApiEventChannel(library, unmodelled);
  const settings = { payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT, log: syncs, unmodelled, events, keepMessages: undefined as Array<{ request: string; response: string }> | undefined };
  // Every request context the library makes (Excel.run's included) gets an executor of its own over a
  // simulator context of its own, as each Office.js context is its own session of object paths.
  library.OfficeExtension.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "simulator://workbook", headers: {} }),
    _createRequestExecutorOrNull: () => new SimulatorRequestExecutor(simulator.newContext(), settings),
  };
  const run = ((first: unknown, second?: unknown) =>
    second === undefined ? library.Excel.run(first as Batch<unknown>) : library.Excel.run(first as Excel.RunOptions, second as Batch<unknown>)) as OfficeJsHost["run"];
  const asExcelHost: ExcelHost = {
    run: run as ExcelHost["run"],
    selectAsUser: (address) => simulator.selectAsUser(address),
    get selectionHandlers() {
      return simulator.selectionHandlers;
    },
    counters: simulator.counters,
    excel: simulator.excel,
    office: simulator.office,
    cellEdit: simulator.cellEdit,
    newContext: () => simulator.newContext(),
    install() {
      simulator.install();
      Object.assign(globalThis, { Excel: Object.assign(Object.create(simulator.excel) as object, { run }) });
    },
  };
  return {
    run,
    asExcelHost,
    syncs,
    unmodelled,
    simulator,
    library,
    keepMessages() {
      settings.keepMessages = [];
      return settings.keepMessages;
    },
  };
}
