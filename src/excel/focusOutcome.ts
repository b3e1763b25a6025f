// What the panel shows of the Focus view (RateOutcome.focus): the same lists as the Focus sheet,
// each entry with the client's row on the rated sheet so a tap can select it (selectClientRow).
import { NEXT_STEPS, type Focus, type FocusListKey } from "../core";
import type { FocusOutcome } from "./types";

const LIST_KEYS: readonly FocusListKey[] = [...NEXT_STEPS, "contactDue", "gutFeeling"];

/** `headerRow`: the rated list's header row (0-based); `clientRows[i]`: client i's row below it (1 = the first). */
export function focusOutcome(focus: Focus, headerRow: number, clientRows: number[]): FocusOutcome {
  const lists = Object.fromEntries(
    LIST_KEYS.map((key) => {
      const list = focus.lists[key];
      return [key, { total: list.total, entries: list.entries.map((e) => ({ ...e, row: headerRow + clientRows[e.client] })) }];
    }),
  ) as FocusOutcome["lists"];
  return {
    stepNames: focus.stepNames,
    counts: focus.counts,
    lists,
    flagCounts: focus.flagCounts,
    warnings: focus.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
