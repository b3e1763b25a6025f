import { createCoalescer } from "./coalesce";
import type { FromWorker, ToWorker } from "./protocol";
import type { PreviewEngine, PreviewOptions, PreviewResult } from "./types";
import type { Profile } from "../../core";

/** The preview in a Web Worker: the table is sent once and stays there; each change sends only the profiles. */
export function createWorkerEngine(worker: Worker): PreviewEngine {
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: PreviewResult) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const waiter = waiting.get(message.id);
    if (!waiter) return;
    waiting.delete(message.id);
    if (message.type === "result") waiter.resolve(message.result);
    else waiter.reject(new Error(message.message));
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
    dispose: () => worker.terminate(),
  };
}
