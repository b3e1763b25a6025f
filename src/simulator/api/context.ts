// The request context: a queue of operations applied in order at sync(), as Office.js batches them.
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync
import { SimError } from "../errors";
import { WorkbookModel } from "../model/workbook";
import { jsonBytes } from "../../shared/jsonBytes";
import type { CellEditMode } from "./cellEdit";
import { SimCounters } from "./counters";
import { envelopeBytes } from "./envelope";
import type { SelectionEventHub } from "./events";
import { requiredExcelApi, supportsSet } from "./requirements";

const API_NOT_FOUND = "The API you are trying to use could not be found. It may be available in a newer version of Excel. See https://learn.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel/excel-api-requirement-sets.";
const STALE_OBJECT =
  "The object path is not valid: the object was created in an Excel.run batch that has ended. Track it (context.trackedObjects.add) to use it after its batch.";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * A sync that fails after applying its first `afterOperations` operations, as Excel does when an operation
 * inside a batch fails: what came before it stays applied, nothing is rolled back (see the traceMessages
 * example of https://learn.microsoft.com/javascript/api/office/officeextension.error).
 */
export interface PartWayFailure {
  /** 1-based, counted over the host's lifetime like failAtSync */
  sync: number;
  afterOperations: number;
}

export interface HostState {
  workbook: WorkbookModel;
  counters: SimCounters;
  payloadLimitBytes: number;
  failAtSync?: number;
  failPartWay?: PartWayFailure;
  requirementSets: Record<string, string>;
  /** Selection-changed handlers registered in this session. */
  events: SelectionEventHub;
  cellEdit: CellEditMode;
  /** Which Excel: limits that only Excel on the web has (the table column cell limit) apply to "web". */
  platform: "web" | "desktop";
}

/** What an applied operation hands back: data for the response and a step that publishes it after a successful sync. */
export interface OpResult {
  response?: unknown;
  commit?: () => void;
}

export interface QueuedOp {
  statement: string;
  payload: unknown;
  run: () => OpResult | void;
}

export interface Trackable {
  track(): unknown;
  untrack(): unknown;
}

// Operations on PivotTable fields that neither read nor write the pivot's output cells: a refresh they cause
// can wait until an operation that might (or the end of the sync), so five field changes render once.
const PIVOT_FIELD_OP = /^(PivotTableCollection|PivotTable|PivotHierarchyCollection|PivotHierarchy|RowColumnPivotHierarchyCollection|RowColumnPivotHierarchy|DataPivotHierarchyCollection|DataPivotHierarchy)[. ](?!delete\()/;

export class SimRequestContextCore {
  readonly host: HostState;
  private queue: QueuedOp[] = [];
  private ended = false;
  private trackedCount = 0;
  private readonly pendingRefreshes = new Map<string, () => void>();
  readonly trackedObjects = {
    add: (objects: Trackable | Trackable[]): void => {
      this.enqueue("trackedObjects.add", { track: true }, () => undefined);
      this.trackedCount++;
      for (const o of Array.isArray(objects) ? objects : [objects]) markTracked(o, true);
    },
    remove: (objects: Trackable | Trackable[]): void => {
      this.enqueue("trackedObjects.remove", { track: false }, () => undefined);
      for (const o of Array.isArray(objects) ? objects : [objects]) markTracked(o, false);
    },
  };
  debugInfo: Record<string, unknown> = {};
  /** Excel.run's RunOptions.delayForCellEdit for the batch this context belongs to. */
  delayForCellEdit = false;
  /**
   * The last sync's operations: what each handed back (by position) and the position of the one that failed
   * (-1: none, or the sync failed before its first). Read by richApi/, which answers Office.js's own requests.
   */
  lastSync: { responses: unknown[]; failedAt: number } = { responses: [], failedAt: -1 };

  constructor(host: HostState) {
    this.host = host;
  }

  /** `owner`: the proxy the operation acts on, for telling tracked from untracked ones after the batch ended. */
  enqueue(statement: string, payload: unknown, run: QueuedOp["run"], owner?: object): void {
    const needs = requiredExcelApi(statement);
    if (needs && !supportsSet(this.host.requirementSets, "ExcelApi", needs)) {
      run = () => { throw new SimError("ApiNotFound", API_NOT_FOUND); };
    } else if (this.ended && !(owner ? isTracked(owner) : this.trackedCount > 0)) {
      // Excel.run releases the objects of its batch when it ends; only tracked ones stay valid.
      // https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
      run = () => { throw new SimError("InvalidObjectPath", STALE_OBJECT); };
    }
    this.queue.push({ statement, payload, run });
  }

  /** Called by Excel.run when its batch is over. */
  end(): void {
    this.ended = true;
  }

  /** Excel.run(context, batch): a batch on the context of an earlier one (to remove an event handler added there). */
  reopen(): void {
    this.ended = false;
  }

  /** Office.js refuses, at the call, a proxy of another request context as an argument (InvalidRequestContext). */
  assertOwn(arg: unknown, location: string): void {
    const other = (arg as { context?: unknown } | null)?.context;
    if (other instanceof SimRequestContextCore && other !== this) {
      throw new SimError("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
    }
  }

  /** Runs `refresh` before the next operation that may see its effect; a later request with the same key replaces it. */
  deferRefresh(key: string, refresh: () => void): void {
    this.pendingRefreshes.set(key, refresh);
  }

  private flushRefreshes(): void {
    if (this.pendingRefreshes.size === 0) return;
    const refreshes = [...this.pendingRefreshes.values()];
    this.pendingRefreshes.clear();
    for (const refresh of refreshes) refresh();
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await Promise.resolve();
    const ops = this.queue;
    // Office.js makes no round trip when nothing is queued.
    if (ops.length === 0) return passThroughValue as T;
    this.queue = [];
    this.lastSync = { responses: [], failedAt: -1 };
    const counters = this.host.counters;
    counters.syncs++;
    const requestSize = jsonBytes(ops.map((op) => op.payload)) + envelopeBytes(ops.length);
    counters.requestBytes.push(requestSize);
    counters.operations.push(ops.length);
    const stopBefore = this.host.failPartWay?.sync === counters.syncs ? this.host.failPartWay.afterOperations : -1;
    try {
      await this.host.cellEdit.admit(this.delayForCellEdit);
    } catch (error) {
      counters.responseBytes.push(0);
      throw error;
    }
    if (this.host.failAtSync === counters.syncs) {
      counters.responseBytes.push(0);
      throw new SimError("GeneralException", undefined, "RequestContext.sync");
    }
    if (requestSize > this.host.payloadLimitBytes) {
      counters.responseBytes.push(0);
      throw new SimError("RequestPayloadSizeLimitExceeded", undefined, "RequestContext.sync");
    }
    const commits: Array<() => void> = [];
    const responses: unknown[] = [];
    for (const [index, op] of ops.entries()) {
      let result: OpResult | void;
      try {
        if (index === stopBefore) throw new SimError("GeneralException");
        if (!PIVOT_FIELD_OP.test(op.statement)) this.flushRefreshes();
        result = op.run();
      } catch (e) {
        this.lastSync.failedAt = index;
        this.flushRefreshes(); // the operations before the failing one stay applied
        counters.responseBytes.push(jsonBytes(responses));
        if (e instanceof SimError) throw e.withLocation(op.statement, op.statement);
        throw e;
      }
      this.lastSync.responses[index] = result?.response;
      if (result?.response !== undefined) responses.push(result.response);
      if (result?.commit) commits.push(result.commit);
    }
    this.flushRefreshes();
    const responseSize = jsonBytes(responses);
    counters.responseBytes.push(responseSize);
    if (responseSize > this.host.payloadLimitBytes) {
      throw new SimError("ResponsePayloadSizeLimitExceeded", undefined, "RequestContext.sync");
    }
    for (const commit of commits) commit();
    return passThroughValue as T;
  }
}

const trackedObjects = new WeakSet<object>();

function isTracked(o: object): boolean {
  return trackedObjects.has(o);
}

function markTracked(o: Trackable, tracked: boolean): void {
  if (tracked) trackedObjects.add(o);
  else trackedObjects.delete(o);
}
