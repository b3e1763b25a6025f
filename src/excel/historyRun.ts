// A rating's part in the history, planned before the first write: the history read back, this run
// merged into it, the comparison with the latest earlier date (Trend cells, grade migration, movers)
// and the warning about keys that cannot be followed.
import { compareRuns, DEFAULT_HISTORY_RUNS, historyKeys, type CurrentRating, type HistoryComparison, type HistoryKeys, type Profile } from "../core";
import type { Language } from "../core/labels";
import type { CellValue, ClientTable, RatingResult, RatingWarning } from "../core/types";
import type { OutCell } from "./blockWriter";
import { estimateBytesPerRow } from "./chunks";
import { MAX_ROWS } from "../shared/a1";
import { firstRows, HISTORY_HEADER_ROW, mergeRun, previousRun, type HistoryTable } from "./historyTable";
import { fill } from "./sheetWords";
import { historyWords } from "./sheetWords/history";
import type { MoversOutcome } from "./types";

/** Client rows the history sheet has room for: Excel's rows less the notes and the header above them. */
export const HISTORY_ROOM = MAX_ROWS - HISTORY_HEADER_ROW - 1;

export interface HistoryPlan {
  date: string;
  /** The latest earlier rating date, null on the first rating. */
  previousDate: string | null;
  comparison: HistoryComparison | null;
  merged: HistoryTable;
  keys: HistoryKeys;
  keep: number;
  warnings: RatingWarning[];
}

/**
 * `stored`: the history as read before the run (historySheet.ts). `room`: how many client rows the sheet holds
 * (HISTORY_ROOM; smaller in tests). Clients already in the history keep their rows; new ones past the room are left
 * out, with a warning.
 */
export function planHistory(
  stored: HistoryTable,
  table: ClientTable,
  names: string[],
  result: RatingResult,
  profiles: Profile[],
  date: string,
  room = HISTORY_ROOM,
): HistoryPlan {
  const keys = historyKeys(table, profiles[0]);
  const keep = profiles[0]?.history?.keep ?? DEFAULT_HISTORY_RUNS;
  const previous = previousRun(stored, date);
  const current: CurrentRating[] = keys.keys.map((key, i) => ({
    key,
    name: names[i],
    score: result.scores[i],
    grade: result.grades[i] ?? "",
    grades: result.profileIndex[i] >= 0 ? profiles[result.profileIndex[i]].scale.grades : [],
  }));
  const comparison = previous ? compareRuns(current, previous.ratings, result.gradeLabels) : null;
  const all = mergeRun(stored, { date, keys: keys.keys, names, scores: result.scores, grades: result.grades }, keep);
  const merged = firstRows(all, room);
  const warnings: RatingWarning[] = [];
  const leftOut = all.keys.length - merged.keys.length;
  if (leftOut > 0) {
    const example = all.names[merged.keys.length];
    warnings.push({
      code: "history-full",
      message: `${leftOut} clients (such as "${example}") are left out of the rating history: it holds one row per client ever rated, and below its notes Excel's 1,048,576 rows leave room for ${room} clients, all taken.`,
      params: { count: leftOut, rows: room, example },
    });
  }
  if (keys.repeated.length > 0) {
    const example = keys.repeated[0];
    warnings.push({
      code: "history-repeated-keys",
      message: `${keys.repeatedClients} clients share their ${keys.header} with another row (such as "${example}"): they cannot be told apart and are left out of the rating history.`,
      params: { count: keys.repeatedClients, column: keys.header, example },
    });
  }
  return { date, previousDate: previous?.date ?? null, comparison, merged, keys, keep, warnings };
}

/**
 * What a cell of the stored history weighs, estimated from this run as the history will hold it (a
 * name as key and as name, which over-counts a shorter ID, then a score and a grade). Earlier runs
 * rated the same list, so their cells weigh about the same; a low estimate costs a re-read in halves.
 */
export function historyBytesPerCell(names: string[], result: RatingResult): number {
  const step = Math.max(1, Math.floor(names.length / 500));
  const sample: CellValue[][] = [];
  for (let i = 0; i < names.length; i += step) sample.push([names[i], names[i], result.scores[i], result.grades[i] ?? ""]);
  return estimateBytesPerRow(sample) / 4;
}

/** The Trend column's cells, in sheet order: "▲ from C", "▼ from A", "=", "new" (empty where not followed). */
export function trendCells(comparison: HistoryComparison, language: Language): OutCell[] {
  const words = historyWords(language).trend;
  return comparison.trends.map((trend) => {
    switch (trend.kind) {
      case "up":
      case "down":
      case "same":
      case "changed":
        return fill(words[trend.kind], { grade: trend.from });
      case "new":
        return words.new;
      default:
        return "";
    }
  });
}

/** The movers for the panel, each with its row on the rated sheet (see focusOutcome.ts). */
export function moversOutcome(plan: HistoryPlan, headerRow: number, clientRows: number[]): MoversOutcome | undefined {
  if (!plan.comparison || plan.previousDate === null) return undefined;
  return {
    date: plan.date,
    previousDate: plan.previousDate,
    counts: plan.comparison.counts,
    biggest: plan.comparison.biggest.map((m) => ({ ...m, row: headerRow + clientRows[m.client] })),
  };
}
