// Shared types of the rating model. Pure TypeScript: no Office, DOM, React or Node.

/** A cell as the Excel JavaScript API hands it over in `range.values`. */
export type CellValue = string | number | boolean | null | undefined;

/** Number-text conventions we read: thousands and decimal separators. */
export type Locale = "en" | "nl" | "de" | "hu";

export type Area = "client" | "fit" | "market";

/** A client list as read from a sheet: one header row, one row a client. */
export interface ClientTable {
  headers: string[];
  /** Row-major, as `range.values` returns it; every row has headers.length cells. */
  rows: CellValue[][];
  /** Same shape as rows, from `range.numberFormat`; tells dates and percents apart. Optional. */
  numberFormats?: string[][];
}

export interface RateOptions {
  /** The rating date for recency rules (its time of day is ignored). */
  asOf: Date;
  /** How numbers stored as text are written in this sheet. */
  locale: Locale;
  /**
   * false: no reason or flag text (`reasonAt` and `flagsAt` give "", `reasons` and `flags` are empty), for
   * callers that show only scores, grades and the Pareto summary (the panel's live preview, the portrait).
   */
  texts?: boolean;
}

/** A warning or note for the user: a code the panel translates, English text for logs and the CLI. */
export interface RatingWarning {
  code:
    | "missing-column"
    | "largest-client-share"
    | "knocked-out"
    | "missing-values"
    | "pareto-total-not-positive"
    | "pareto-excluded"
    | "value-too-large"
    | "ambiguous-dates"
    | "nothing-to-rate"
    | "no-profile-for-rows"
    | "no-pivot-layout"
    | "unsupported-excel"
    | "history-repeated-keys"
    | "history-full";
  message: string;
  params?: Record<string, string | number>;
}

export interface ParetoResult {
  valueColumn: string;
  effortColumn?: string;
  target: number; // e.g. 0.8
  /** Client indices (row positions in the table) in Pareto order: value desc, ties in sheet order. */
  order: Int32Array;
  /** Per Pareto position: value, share of total, cumulative share. */
  values: Float64Array;
  shares: Float64Array;
  cumShares: Float64Array;
  /** Per client index: value share (NaN where excluded), and Pareto class. */
  valueShareByClient: Float64Array;
  vitalFewByClient: Uint8Array; // 1 = vital few
  /** Clients left out: no readable value. */
  excluded: number[];
  /** Clients left out: a value too large to add up (beyond MAX_SUMMABLE, e.g. 1e308). */
  tooLarge: number[];
  /** Clients whose effort is too large to add up: no effort share. */
  effortTooLarge?: number[];
  total: number;
  vitalFewCount: number;
  vitalFewShare: number;
  largestIndex: number; // client index, -1 when none
  largestShare: number;
  largestWarning: boolean; // largestShare >= 0.25
  top20Count: number;
  top20Share: number;
  hhi: number;
  lossMakers: number; // clients with value < 0
  /** With an effort column: per client effort share (NaN if unreadable) and the costly-to-serve flag. */
  effortShareByClient?: Float64Array;
  costlyToServe?: Uint8Array; // effort share >= 2 x value share
  /** Set when total <= 0: a message instead of a chart. */
  error?: string;
}

export interface RatingResult {
  count: number;
  /** Grades of the scale of the profile each client was rated with, best first (first profile's scale for the totals). */
  gradeLabels: string[];
  /** Rounded to one decimal (half away from zero); NaN when no criterion counted. */
  scores: Float64Array;
  /** Per area, the same weighted mean over that area's criteria; NaN where none counted (market: NaN throughout without market criteria). */
  areaScores: { client: Float64Array; fit: Float64Array; market: Float64Array };
  /**
   * What each criterion scored, for clientContributions() (contributions.ts): `criterionScores[p][j][k]`
   * is criterion j of profile p for the k-th client that profile rates (NaN = missing or unreadable),
   * `memberPosition[client]` that k. Kept as the rating computed them, so no copy is made per client.
   */
  criterionScores: Float64Array[][];
  memberPosition: Int32Array;
  /** Per client: NEXT_STEPS index (0 keep, 1 develop, 2 fix, 3 reconsider), -1 when not rated. */
  nextSteps: Int8Array;
  /** Per client: the troublesome-client flags as bits (see TROUBLE_FLAGS in troublesome.ts). */
  troubleFlags: Uint8Array;
  /** With a potential column: potential minus current value, and current / potential (NaN where unreadable). */
  growth: { headroom: Float64Array; shareOfWallet: Float64Array } | null;
  /** The grade label per client ("" when the client is not rated: no profile applies). */
  grades: string[];
  knockedOut: Uint8Array;
  /**
   * One short cell of text per client: why this grade. Built when asked for, from what the rating kept (and a
   * knockout's cell, read from the table then), so a million clients hold no million strings; "" with `texts: false`.
   */
  reasonAt(client: number): string;
  /** One short cell of text per client: "knocked out", "costly to serve", "missing data" (comma-separated); built when asked for. */
  flagsAt(client: number): string;
  /** Every client's `reasonAt` in one array, made on first read and kept (empty with `texts: false`): for small tables and tests. */
  readonly reasons: string[];
  /** Every client's `flagsAt` in one array, made on first read and kept (empty with `texts: false`). */
  readonly flags: string[];
  gradeCounts: Record<string, number>;
  /** Index of the profile used per client, -1 when none applies. */
  profileIndex: Int32Array;
  missingColumns: string[];
  pareto: ParetoResult | null;
  warnings: RatingWarning[];
}
