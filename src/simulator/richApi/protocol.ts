// The RichApi messages Office.js's request context sends through its request executor, and the answers it
// reads back, as @microsoft/office-js 1.1.110's excel-web-16.00.debug.js builds and parses them
// (ClientRequestBase.buildRequestMessageBodyAndRequestFlags, ClientRequestContext.processRequestExecutorResponseMessage).

/** ObjectPathType: how an object is reached from its parent. */
export const PathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** ActionType: what a request asks of an object. */
export const ActionKind = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  ensureUnchanged: 6,
  recursiveQuery: 7,
  queryAsJson: 8,
  update: 9,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** parallel to Arguments: the object path id of an argument that is an Office.js object, 0 otherwise (arrays nest) */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: RequestBody;
}

export interface ActionResult {
  ActionId: number;
  Value?: unknown;
}

export interface ResponseError {
  Code: string;
  Message: string;
  Location?: string;
  /** index into the request's Actions of the action that failed */
  ActionIndex?: number;
  HttpStatusCode?: number;
}

export interface ResponseMessage {
  HttpStatusCode: number;
  Headers: Record<string, string>;
  /** TraceIds: the Trace actions the host reached (Office.js keeps their messages for an error's traceMessages) */
  Body: { Results: ActionResult[]; Error?: ResponseError; TraceIds?: number[] };
}

/** What Office.js calls to send a request (OfficeExtension's IRequestExecutor). */
export interface RequestExecutor {
  executeAsync(customData: string, requestFlags: number, requestMessage: RequestMessage): Promise<ResponseMessage>;
}
