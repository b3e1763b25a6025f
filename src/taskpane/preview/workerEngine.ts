import { createCoalescer } from "./coalesce";
import type { FromWorker, ToWorker } from "./protocol";
import type { PreviewEngine, PreviewOptions, PreviewResult, SuggestionOutcome } from "./types";
import type { ClientStanding, Profile } from "../../core";

/** The preview in a Web Worker: the table is sent once and stays there; each change sends only the profiles. */
export function createWorkerEngine(worker: Worker): PreviewEngine {
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: PreviewResult) => void; reject: (e: Error) => void }>();
  const suggesting = new Map<number, { resolve: (r: SuggestionOutcome) => void; reject: (e: Error) => void }>();
  const standings = new Map<number, { resolve: (r: ClientStanding) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const suggester = suggesting.get(message.id);
    if (suggester) {
      suggesting.delete(message.id);
      if (message.type === "suggestion") suggester.resolve(message.outcome);
      else suggester.reject(new Error(message.type === "error" ? message.message : "unexpected reply"));
      return;
    }
    const asker = standings.get(message.id);
    if (asker) {
      standings.delete(message.id);
      if (message.type === "standing") asker.resolve(message.standing);
      else asker.reject(new Error(message.type === "error" ? message.message : "unexpected reply"));
      return;
    }
    const waiter = waiting.get(message.id);
    if (!waiter) return;
    waiting.delete(message.id);
    if (message.type === "result") waiter.resolve(message.result);
    else waiter.reject(new Error(message.type === "error" ? message.message : "unexpected reply"));
  };
  const post = (message: ToWorker) => worker.postMessage(message);
  const compute = createCoalescer<{ profiles: Profile[]; options: PreviewOptions }, PreviewResult>(
    ({ profiles, options }) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        post({ type: "compute", id, profiles, options });
      }),
  );
  return {
    setTable: (table, existingGrades) => post({ type: "table", table, existingGrades }),
    compute: (profiles, options) => compute({ profiles, options }),
    suggest: (profiles, options, request) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        suggesting.set(id, { resolve, reject });
        post({ type: "suggest", id, profiles, options, request });
      }),
    standing: (profiles, options, client) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        standings.set(id, { resolve, reject });
        post({ type: "standing", id, profiles, options, client });
      }),
    dispose: () => worker.terminate(),
  };
}
