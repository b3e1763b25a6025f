import { ColumnCache } from "../../core/columns";
import type { ClientTable } from "../../core/types";
import { createCoalescer } from "./coalesce";
import { standingOf } from "./standing";
import { summarize } from "./summarize";
import { suggestWithMoves } from "./suggestion";
import type { PreviewEngine } from "./types";

/** The preview on the calling thread: used where there is no Worker (jest, old hosts). */
export function createInProcessEngine(): PreviewEngine {
  let table: ClientTable = { headers: [], rows: [] };
  let existing: string[] | undefined;
  let cache = new ColumnCache(table);
  const compute = createCoalescer<Parameters<PreviewEngine["compute"]>, Awaited<ReturnType<PreviewEngine["compute"]>>>(
    // A macrotask gap lets rapid edits pile up and coalesce instead of each blocking the UI in turn.
    ([profiles, options]) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(summarize(table, existing, profiles, options, cache));
          } catch (error) {
            reject(error);
          }
        }, 0),
      ),
  );
  return {
    setTable(next, existingGrades) {
      table = next;
      cache = new ColumnCache(next);
      existing = existingGrades;
    },
    compute: (profiles, options) => compute([profiles, options]),
    suggest: (profiles, options, request) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(suggestWithMoves(table, profiles, options, request, cache));
          } catch (error) {
            reject(error);
          }
        }, 0),
      ),
    standing: (profiles, options, client) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(standingOf(table, profiles, options, client, cache));
          } catch (error) {
            reject(error);
          }
        }, 0),
      ),
    dispose() {},
  };
}
