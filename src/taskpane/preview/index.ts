import { createInProcessEngine } from "./inProcessEngine";
import { createWorkerEngine } from "./workerEngine";
import type { PreviewEngine } from "./types";

export type { PreviewEngine, PreviewResult, PreviewOptions, GradeMigration, ParetoPreview, SuggestionOutcome } from "./types";
export { summarize } from "./summarize";

/** A Web Worker where the page has one; otherwise (jest, a worker that fails to start) on this thread. */
export function createPreviewEngine(): PreviewEngine {
  if (typeof Worker !== "undefined") {
    try {
      // Required lazily so the `import.meta` file is never loaded under CommonJS.
      const { startPreviewWorker } = require("./startWorker") as typeof import("./startWorker");
      return createWorkerEngine(startPreviewWorker());
    } catch {
      /* fall through */
    }
  }
  return createInProcessEngine();
}
