// Microsoft's Excel client library (@microsoft/office-js's excel-web-16.00.debug.js) evaluated from its source
// text, each call a fresh copy with its own statics, behind a stand-in `window` so nothing reaches the page's
// or Node's globals. The caller reads the file (Node: fs), or hands the library already wrapped in that function
// (the workbench loads it as a script, since its page's CSP forbids `new Function`: see webpack.config.js).
import type { RequestExecutor } from "./protocol";

export interface OfficeJsLibrary {
  Excel: typeof Excel & { run: typeof Excel.run };
  OfficeExtension: typeof OfficeExtension & {
    SessionBase: { _overrideSession?: RequestSessionOverride };
  };
  /** Office's RichApiMessage event args from the entries Excel sends (OSF.DDA.RichApiMessageEventArgs). */
  richApiMessageArgs(entries: unknown[][]): unknown;
}

interface OfficeRuntime {
  OSF: { DDA: { RichApiMessageEventArgs: new (type: string, properties: Record<string, unknown>) => unknown } };
  Microsoft: { Office: { WebExtension: { Parameters: { Data: string }; EventType: { RichApiMessage: string } } } };
}

/** What Office.js asks of a session that stands in for the host (ClientRequestContext's url resolver). */
interface RequestSessionOverride {
  _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }>;
  _createRequestExecutorOrNull(): RequestExecutor;
}

/** The library's source as the body of `function (window) { with (window) { ... } }`. */
export type OfficeJsLibraryScript = (window: object) => void;

const compiled = new Map<string, OfficeJsLibraryScript>();

function compile(source: string): OfficeJsLibraryScript {
  let run = compiled.get(source);
  if (!run) {
    // The library is a classic script that treats `window` as its global object (it sets window.Microsoft and
    // reads Microsoft). `with` over a proxy of a fresh object gives it that: its globals land on the object,
    // and what it does not define (Promise, JSON, setTimeout) is read from the real global.
    run = new Function("window", `with (window) {\n${source}\n}`) as OfficeJsLibraryScript;
    compiled.set(source, run);
  }
  return run;
}

function definesOfficeRuntime(own: Record<PropertyKey, unknown>): own is Record<PropertyKey, unknown> & OfficeRuntime {
  const isObject = (value: unknown) => typeof value === "object" && value !== null;
  return isObject(own.OSF) && isObject(own.Microsoft);
}

export function loadOfficeJsLibrary(source: string | OfficeJsLibraryScript): OfficeJsLibrary {
  const run = typeof source === "function" ? source : compile(source);
  const own: Record<PropertyKey, unknown> = { navigator: { userAgent: "" } };
  const window: object = new Proxy(own, {
    has: (target, key) => key !== Symbol.unscopables,
    get: (target, key) => (key in target ? target[key] : key === "window" || key === "self" ? window : (globalThis as Record<PropertyKey, unknown>)[key]),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  run.call(window, window);
  if (!definesOfficeRuntime(own)) throw new Error("The Excel client library did not define OSF and Microsoft on its global object: not the library this host was written for.");
  const { OSF, Microsoft } = own;
  const { Parameters, EventType } = Microsoft.Office.WebExtension;
  return {
    Excel: own.Excel,
    OfficeExtension: own.OfficeExtension,
    richApiMessageArgs: (entries) => new OSF.DDA.RichApiMessageEventArgs(EventType.RichApiMessage, { [Parameters.Data]: entries }),
  } as OfficeJsLibrary;
}
