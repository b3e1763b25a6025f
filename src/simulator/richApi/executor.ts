// Office.js's request executor answered by the simulator: each sync's message is decoded onto the simulator's
// queue, the simulator syncs once (its load/sync rules, errors and limits apply), and the results go back in the
// protocol's shape. Sizes are the real message bytes, and Excel's payload limit is checked on them.
import { SimError } from "../errors";
import type { SimRequestContext } from "../api/workbook";
import { utf8Length } from "../../shared/jsonBytes";
import { SimClientResult } from "../api/clientResult";
import { queueActions, type QueuedAction } from "./actions";
import { toWire } from "./encode";
import type { RichApiEventChannel } from "./events";
import { ObjectPathResolver } from "./objectPaths";
import { ActionResult, RequestExecutor, RequestMessage, ResponseError, ResponseMessage } from "./protocol";
import { UnmodelledRequest } from "./unmodelled";

/** The request flag Excel.run sets for RunOptions.delayForCellEdit (onBeforeExcelRun in excel-web-16.00.debug.js). */
const DELAY_FOR_CELL_EDIT = 64;

/** One sync as it crossed the wire. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  error?: string;
}

export interface ExecutorSettings {
  payloadLimitBytes: number;
  /** every sync's sizes are appended here */
  log: SyncRecord[];
  /** requests the simulator could not answer, by name (a test asserts it stays empty) */
  unmodelled: string[];
  /** the host's event channel: event (un)registrations in requests go to it */
  events: RichApiEventChannel;
  /** keeps each sync's request and response text (for tests that look at the protocol itself) */
  keepMessages?: Array<{ request: string; response: string }>;
}

export class SimulatorRequestExecutor implements RequestExecutor {
  private readonly resolver: ObjectPathResolver;
  /** The size of the response the last sync would have had, when it was refused for exceeding the limit. */
  private refusedResponseBytes: number | undefined;

  constructor(private readonly context: SimRequestContext, private readonly settings: ExecutorSettings) {
    this.resolver = new ObjectPathResolver(context);
  }

  async executeAsync(_customData: string, requestFlags: number, message: RequestMessage): Promise<ResponseMessage> {
    this.context.delayForCellEdit = (requestFlags & DELAY_FOR_CELL_EDIT) !== 0;
    const requestText = JSON.stringify(message.Body);
    const requestBytes = utf8Length(requestText);
    const counters = this.context.host.counters;
    const simulatorSyncs = counters.syncs;
    this.refusedResponseBytes = undefined;
    const body = await this.answer(message, requestBytes);
    const responseText = JSON.stringify(body);
    const record: SyncRecord = { requestBytes, responseBytes: utf8Length(responseText), actions: message.Body.Actions.length };
    // A response refused as too large weighed what was refused, as the direct path counts it; the wire carries only the error.
    const countedResponseBytes = this.refusedResponseBytes ?? record.responseBytes;
    // The simulator's counters get the real sizes in place of its own estimate, and a request refused before the
    // simulator saw it. A request with no workbook operation (Office.js releasing the references Excel.run kept)
    // is left out of them, as the direct path has no such round trip; `log` has every request.
    if (counters.syncs === simulatorSyncs && body.Error) {
      counters.syncs++;
      counters.operations.push(0);
      counters.requestBytes.push(record.requestBytes);
      counters.responseBytes.push(record.responseBytes);
    } else if (counters.syncs !== simulatorSyncs) {
      counters.requestBytes[counters.requestBytes.length - 1] = record.requestBytes;
      counters.responseBytes[counters.responseBytes.length - 1] = countedResponseBytes;
    }
    if (body.Error) record.error = body.Error.Code;
    this.settings.log.push(record);
    this.settings.keepMessages?.push({ request: requestText, response: responseText });
    // The parsed copy, as a host's answer arrives: nothing of the simulator's objects leaks into Office.js.
    return { HttpStatusCode: body.Error ? 400 : 200, Headers: {}, Body: JSON.parse(responseText) as ResponseMessage["Body"] };
  }

  private async answer(message: RequestMessage, requestBytes: number): Promise<ResponseMessage["Body"]> {
    if (requestBytes > this.settings.payloadLimitBytes) {
      return { Results: [], Error: errorOf(new SimError("RequestPayloadSizeLimitExceeded", undefined, "RequestContext.sync")) };
    }
    let queued: QueuedAction[];
    try {
      queued = queueActions(this.context, this.resolver, this.settings.events, message.Body);
    } catch (error) {
      if (error instanceof UnmodelledRequest) this.settings.unmodelled.push(error.message);
      throw error;
    }
    try {
      await this.context.sync();
    } catch (error) {
      if (!(error instanceof SimError)) throw error;
      const failedAt = this.context.lastSync.failedAt;
      const index = failedAt < 0 ? -1 : queued.findIndex((q) => failedAt >= q.operations[0] && failedAt < q.operations[1]);
      return withTraceIds({ Results: [], Error: errorOf(error, index) }, index < 0 ? [] : queued.slice(0, index));
    }
    const results = queued.flatMap((q) => resultOf(q, this.context.lastSync.responses, this.resolver));
    const body = withTraceIds({ Results: results }, queued);
    const responseBytes = utf8Length(JSON.stringify(body));
    if (responseBytes > this.settings.payloadLimitBytes) {
      this.refusedResponseBytes = responseBytes;
      return { Results: [], Error: errorOf(new SimError("ResponsePayloadSizeLimitExceeded", undefined, "RequestContext.sync")) };
    }
    return body;
  }
}

/** Excel lists the Trace actions it reached; the library runs a trace's callback (an event handler's registration) on its result. */
function withTraceIds(body: ResponseMessage["Body"], reached: QueuedAction[]): ResponseMessage["Body"] {
  const traceIds = reached.filter((q) => q.answer.kind === "trace").map((q) => q.action.Id);
  return traceIds.length === 0 ? body : { ...body, TraceIds: traceIds };
}

function resultOf(q: QueuedAction, responses: unknown[], resolver: ObjectPathResolver): ActionResult[] {
  const id = q.action.Id;
  switch (q.answer.kind) {
    case "none":
      return [];
    case "trace":
      return [{ ActionId: id }];
    case "instantiated": {
      if (q.answer.orNull && q.answer.object.isNullObject) return [{ ActionId: id, Value: null }];
      const value: Record<string, unknown> = {};
      const referenceId = resolver.referenceIdOf(q.answer.pathId);
      if (referenceId !== undefined) value._ReferenceId = referenceId;
      const key = q.answer.key && responses[q.answer.key.operation];
      if (q.answer.key && key !== undefined && key !== null) value[q.answer.key.wire] = key;
      if (Object.keys(value).length > 0) return [{ ActionId: id, Value: value }];
      return q.answer.orNull ? [{ ActionId: id, Value: {} }] : [];
    }
    case "loaded":
      return [{ ActionId: id, Value: toWire(responses[q.answer.operation], q.answer.object) }];
    case "result": {
      const value = clientResultValue(q.answer.result);
      return value === undefined ? [] : [{ ActionId: id, Value: value }];
    }
  }
}

/** A method's ClientResult value, once its sync ran; undefined for a method that returns nothing. */
function clientResultValue(result: unknown): unknown {
  return result instanceof SimClientResult ? (result.value as unknown) : undefined;
}

function errorOf(error: SimError, actionIndex = -1): ResponseError {
  const out: ResponseError = { Code: error.code, Message: error.message, HttpStatusCode: 400 };
  if (error.debugInfo.errorLocation) out.Location = error.debugInfo.errorLocation;
  if (actionIndex >= 0) out.ActionIndex = actionIndex;
  return out;
}
