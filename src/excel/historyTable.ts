// The rating history as data (pure): what the "Rating history" sheet holds, merging one run into it,
// the previous run to compare with, and the sheet's cells. historySheet.ts reads and writes it.
//
// Sheet layout: title, notes (how clients are followed, how many ratings are kept, the dates dropped),
// then a header row (key, client, and per rating date oldest first "<date> Score", "<date> Grade")
// and one row per client ever rated. Followed by name, the key is the name: no second column. Wide, one column pair per date, so 100,000 clients stay
// 100,000 rows and the number of dates kept (at most 1,000) stays within Excel's 16,384 columns.
import { fill } from "./sheetWords";
import type { HistoryWords } from "./sheetWords/history";
import type { OutCell } from "./blockWriter";
import type { PastRating } from "../core";

export interface HistoryTable {
  /** Rating dates, YYYY-MM-DD, oldest first. */
  dates: string[];
  keys: string[];
  names: string[];
  /** scores[d][r], grades[d][r]: the rating of client r on dates[d] (NaN and "" where it was not rated). */
  scores: number[][];
  grades: string[][];
  /** Dates dropped over the limit, oldest first. */
  dropped: string[];
}

export interface HistoryRun {
  date: string;
  /** Per client of this run; null keys (blank or repeated) are not recorded. */
  keys: (string | null)[];
  names: string[];
  scores: ArrayLike<number>;
  /** "" for a client not rated. */
  grades: string[];
}

export const EMPTY_HISTORY: HistoryTable = { dates: [], keys: [], names: [], scores: [], grades: [], dropped: [] };

/** Rows above the header: title, how clients are followed, how many are kept, the dates dropped. */
export const HISTORY_HEADER_ROW = 4;
const ISO_DAY = /(\d{4}-\d{2}-\d{2})/;
const STARTS_WITH_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The latest date before `date` and its ratings by key, or null when there is none. */
export function previousRun(table: HistoryTable, date: string): { date: string; ratings: Map<string, PastRating> } | null {
  let d = -1;
  table.dates.forEach((x, i) => {
    if (x < date) d = i;
  });
  if (d < 0) return null;
  const ratings = new Map<string, PastRating>();
  table.keys.forEach((key, r) => {
    const grade = table.grades[d][r];
    if (grade !== "") ratings.set(key, { grade, score: table.scores[d][r] });
  });
  return { date: table.dates[d], ratings };
}

/**
 * The history with `run` recorded: a date already there is replaced (rating twice on a day = once),
 * new keys get rows at the end, clients not in the run keep their rows, names follow the latest run,
 * and over `keep` dates the oldest go (never the run's own date).
 */
export function mergeRun(table: HistoryTable, run: HistoryRun, keep: number): HistoryTable {
  const keys = [...table.keys];
  const names = [...table.names];
  const rowOf = new Map(keys.map((k, r) => [k, r]));
  const rowsOfRun = run.keys.map((key, i) => {
    if (key === null || run.grades[i] === "") return -1;
    let r = rowOf.get(key);
    if (r === undefined) {
      r = keys.length;
      keys.push(key);
      names.push(run.names[i]);
      rowOf.set(key, r);
    } else {
      names[r] = run.names[i];
    }
    return r;
  });
  const scores = new Array<number>(keys.length).fill(NaN);
  const grades = new Array<string>(keys.length).fill("");
  rowsOfRun.forEach((r, i) => {
    if (r < 0) return;
    scores[r] = run.scores[i];
    grades[r] = run.grades[i];
  });
  const pad = <T>(column: T[], blank: T) => [...column, ...new Array<T>(keys.length - column.length).fill(blank)];
  const columns = table.dates
    .map((date, d) => ({ date, scores: pad(table.scores[d], NaN), grades: pad(table.grades[d], "") }))
    .filter((c) => c.date !== run.date);
  columns.push({ date: run.date, scores, grades });
  columns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dropped = [...table.dropped];
  while (columns.length > keep) {
    const oldest = columns.findIndex((c) => c.date !== run.date);
    dropped.push(columns.splice(oldest, 1)[0].date);
  }
  return { dates: columns.map((c) => c.date), keys, names, scores: columns.map((c) => c.scores), grades: columns.map((c) => c.grades), dropped: [...new Set(dropped)].sort() };
}

/** The first `count` client rows of the history (every date kept). */
export function firstRows(table: HistoryTable, count: number): HistoryTable {
  if (table.keys.length <= count) return table;
  return {
    ...table,
    keys: table.keys.slice(0, count),
    names: table.names.slice(0, count),
    scores: table.scores.map((column) => column.slice(0, count)),
    grades: table.grades.map((column) => column.slice(0, count)),
  };
}

export interface HistoryCells {
  /** Title and notes, one cell a row, from A1. */
  notes: string[];
  header: string[];
  rows: OutCell[][];
  formats: string[];
}

/** The sheet's cells: notes, header and one row per client (scores as numbers, blanks as ""). */
export function historyCells(table: HistoryTable, words: HistoryWords, keyHeader: string, byName: boolean, keep: number): HistoryCells {
  const notes = [
    words.title,
    fill(byName ? words.noteByName : words.note, { key: keyHeader }),
    fill(words.keeps, { keep }),
    table.dropped.length > 0 ? fill(words.dropped, { keep, dates: table.dropped.join(", ") }) : "",
  ];
  const header = [keyHeader, ...(byName ? [] : [words.client]), ...table.dates.flatMap((date) => [fill(words.score, { date }), fill(words.grade, { date })])];
  const formats = ["@", ...(byName ? [] : ["@"]), ...table.dates.flatMap(() => ["0.0", "@"])];
  const rows = table.keys.map((key, r) => {
    const row: OutCell[] = byName ? [key] : [key, table.names[r]];
    for (let d = 0; d < table.dates.length; d++) {
      const s = table.scores[d][r];
      row.push(Number.isFinite(s) ? s : "", table.grades[d][r]);
    }
    return row;
  });
  return { notes, header, rows, formats };
}

/**
 * The table back from the sheet's values (from A1): the header is the first row with a cell right of
 * column A that starts with a date; the first such cell starts the dates, and a column between it and
 * the key holds the names.
 */
export function parseHistory(values: unknown[][]): HistoryTable {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  const firstDate = (row: unknown[] | undefined) => (row ?? []).findIndex((v, c) => c >= 1 && c <= 2 && STARTS_WITH_DAY.test(text(v)));
  const headerRow = values.findIndex((row, i) => i < 20 && firstDate(row) >= 1);
  if (headerRow < 0) return EMPTY_HISTORY;
  const dateStart = firstDate(values[headerRow]);
  const dropped = new Set<string>();
  for (let r = 1; r < headerRow; r++) for (const m of text(values[r]?.[0]).matchAll(/\d{4}-\d{2}-\d{2}/g)) dropped.add(m[0]);
  const header = values[headerRow];
  const pairs = new Map<string, { score: number; grade: number }>();
  for (let c = dateStart; c < header.length; c++) {
    const m = ISO_DAY.exec(text(header[c]));
    if (!m) continue;
    const pair = pairs.get(m[1]);
    if (!pair) pairs.set(m[1], { score: c, grade: -1 });
    else if (pair.grade < 0) pair.grade = c;
  }
  const dates = [...pairs.keys()].filter((d) => pairs.get(d)!.grade >= 0).sort();
  const keys: string[] = [];
  const names: string[] = [];
  const scores: number[][] = dates.map(() => []);
  const grades: string[][] = dates.map(() => []);
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const key = text(row[0]);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
    names.push(dateStart === 2 ? text(row[1]) : key);
    dates.forEach((date, d) => {
      const { score, grade } = pairs.get(date)!;
      const s = row[score];
      scores[d].push(typeof s === "number" ? s : NaN);
      grades[d].push(text(row[grade]));
    });
  }
  return { dates, keys, names, scores, grades, dropped: [...dropped].sort() };
}
