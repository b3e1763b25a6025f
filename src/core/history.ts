// Comparing this run's grades with the previous run's: each client's trend, the grade migration
// matrix (previous grade in rows, current grade in columns) and the biggest movers. Pure; the
// workbook side (src/excel/historySheet.ts) supplies the previous run read from the history sheet.

/** A grade and score a client had in one run. */
export interface PastRating {
  score: number;
  grade: string;
}

/** One client of this run, as the comparison sees it. `key` is null when the client cannot be tracked (blank or repeated key). */
export interface CurrentRating {
  key: string | null;
  name: string;
  score: number;
  /** "" when the client is not rated (no profile applies). */
  grade: string;
  /** The client's own scale, best first: the order "up" and "down" are measured in. */
  grades: readonly string[];
}

export type Trend =
  | { kind: "up" | "down"; from: string; steps: number }
  | { kind: "same"; from: string }
  /** The previous grade is not on this client's scale (the scale changed): no direction. */
  | { kind: "changed"; from: string }
  | { kind: "new" }
  /** Not rated now, or a key that cannot be tracked. */
  | { kind: "none" };

export interface Mover {
  /** Index of the client in this run. */
  client: number;
  key: string;
  name: string;
  from: string;
  to: string;
  /** Grade steps, positive = better. */
  steps: number;
  scoreChange: number;
}

export interface GradeMigration {
  /** Previous grades, best first, then any grade not on the scale; the last row (null) is "new". */
  rows: (string | null)[];
  /** Current grades, best first, then any grade not on the scale; the last column (null) is "gone". */
  columns: (string | null)[];
  /** counts[r][c]: clients graded rows[r] last time and columns[c] now. counts[new][gone] is always 0. */
  counts: number[][];
}

export interface MoverCounts {
  up: number;
  down: number;
  same: number;
  changed: number;
  new: number;
  /** In the previous run, not in this one. */
  gone: number;
  /** Rated now but not comparable: a blank or repeated key. */
  untracked: number;
}

export interface HistoryComparison {
  trends: Trend[];
  migration: GradeMigration;
  counts: MoverCounts;
  /** The largest moves first (grade steps, then score change), at most `BIGGEST_MOVERS`. */
  biggest: Mover[];
}

const BIGGEST_MOVERS = 5;

/** The trend of one client: its grade now against `previous` on its scale. */
export function gradeTrend(previous: PastRating | undefined, current: string, grades: readonly string[]): Trend {
  if (current === "") return { kind: "none" };
  if (!previous || previous.grade === "") return { kind: "new" };
  if (previous.grade === current) return { kind: "same", from: previous.grade };
  const before = grades.indexOf(previous.grade);
  const now = grades.indexOf(current);
  if (before < 0 || now < 0) return { kind: "changed", from: previous.grade };
  return { kind: now < before ? "up" : "down", from: previous.grade, steps: Math.abs(before - now) };
}

/**
 * This run against the previous one. `previous` holds the clients of the previous run by key;
 * `order` is the grade order for the matrix (the first profile's scale, best first).
 */
export function compareRuns(current: readonly CurrentRating[], previous: ReadonlyMap<string, PastRating>, order: readonly string[]): HistoryComparison {
  const counts: MoverCounts = { up: 0, down: 0, same: 0, changed: 0, new: 0, gone: 0, untracked: 0 };
  const seen = new Set<string>();
  const pairs: [string | null, string | null][] = [];
  const movers: Mover[] = [];
  const trends = current.map((client, i): Trend => {
    if (client.grade === "") return { kind: "none" };
    if (client.key === null) {
      counts.untracked++;
      return { kind: "none" };
    }
    seen.add(client.key);
    const before = previous.get(client.key);
    const trend = gradeTrend(before, client.grade, client.grades);
    counts[trend.kind as Exclude<Trend["kind"], "none">]++;
    pairs.push([trend.kind === "new" ? null : before!.grade, client.grade]);
    if (trend.kind === "up" || trend.kind === "down") {
      const steps = trend.kind === "up" ? trend.steps : -trend.steps;
      movers.push({ client: i, key: client.key, name: client.name, from: trend.from, to: client.grade, steps, scoreChange: round1(client.score - before!.score) });
    }
    return trend;
  });
  for (const [key, past] of previous) {
    if (seen.has(key) || past.grade === "") continue;
    counts.gone++;
    pairs.push([past.grade, null]);
  }
  movers.sort((a, b) => Math.abs(b.steps) - Math.abs(a.steps) || Math.abs(b.scoreChange) - Math.abs(a.scoreChange) || a.client - b.client);
  return { trends, migration: migrationOf(pairs, order), counts, biggest: movers.slice(0, BIGGEST_MOVERS) };
}

function migrationOf(pairs: [string | null, string | null][], order: readonly string[]): GradeMigration {
  const extend = (list: string[], grade: string | null) => {
    if (grade !== null && !list.includes(grade)) list.push(grade);
  };
  const rowGrades = [...order];
  const columnGrades = [...order];
  for (const [from, to] of pairs) {
    extend(rowGrades, from);
    extend(columnGrades, to);
  }
  const rows = [...rowGrades, null];
  const columns = [...columnGrades, null];
  const counts = rows.map(() => columns.map(() => 0));
  for (const [from, to] of pairs) counts[rows.indexOf(from)][columns.indexOf(to)]++;
  return { rows, columns, counts };
}

const round1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : NaN);
