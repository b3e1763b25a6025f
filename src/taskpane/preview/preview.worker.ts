import { ColumnCache } from "../../core/columns";
import type { ClientTable } from "../../core/types";
import type { FromWorker, ToWorker } from "./protocol";
import { standingOf } from "./standing";
import { summarize } from "./summarize";
import { suggestWithMoves } from "./suggestion";

// The parsed sheet lives here, sent once; every compute message carries only the profiles. Its columns,
// once parsed, stay in the cache until the next sheet.
let table: ClientTable = { headers: [], rows: [] };
let cache = new ColumnCache(table);
let existingGrades: string[] | undefined;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === "table") {
    table = message.table;
    cache = new ColumnCache(table);
    existingGrades = message.existingGrades;
    return;
  }
  try {
    if (message.type === "suggest") {
      const outcome = suggestWithMoves(table, message.profiles, message.options, message.request, cache);
      scope.postMessage({ type: "suggestion", id: message.id, outcome });
      return;
    }
    if (message.type === "standing") {
      scope.postMessage({ type: "standing", id: message.id, standing: standingOf(table, message.profiles, message.options, message.client, cache) });
      return;
    }
    scope.postMessage({ type: "result", id: message.id, result: summarize(table, existingGrades, message.profiles, message.options, cache) });
  } catch (error) {
    scope.postMessage({ type: "error", id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
