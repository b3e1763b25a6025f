import type { ClientStanding, ClientTable, Locale, Profile, RatingWarning, SuggestOptions, SuggestResult } from "../../core";

export interface PreviewOptions {
  asOf: Date;
  locale: Locale;
}

/** How many changed clients the preview names; the rest are counted. */
export const CHANGES_LISTED = 50;

export interface GradeChange {
  client: string;
  from: string;
  to: string;
  direction: "up" | "down" | "other";
}

/** How the new grades compare with the grades now in the sheet. */
export interface GradeMigration {
  up: number;
  same: number;
  down: number;
  /** No grade in the sheet, or a grade that is not on the new scale. */
  notComparable: number;
  /** Clients whose grade would change, in sheet order: the first CHANGES_LISTED of `changed`. */
  changes: GradeChange[];
  changed: number;
  /** Row labels: grades found in the sheet. Columns: PreviewResult.gradeLabels. */
  fromLabels: string[];
  matrix: number[][];
}

export interface ParetoPreview {
  valueColumn: string;
  clients: number;
  vitalFewCount: number;
  vitalFewValueShare: number;
  largestShare: number;
  largestWarning: boolean;
  top20Share: number;
  error?: string;
}

export interface PreviewResult {
  count: number;
  gradeLabels: string[];
  /** Per gradeLabels entry. */
  gradeCounts: number[];
  /** The grades now in the sheet per gradeLabels entry, and how many are on no current scale; null without grades. */
  sheetCounts: number[] | null;
  sheetOther: number;
  unrated: number;
  knockedOut: number;
  migration: GradeMigration | null;
  /** The sheet has grades, but not one per client row, so they cannot be compared client by client. */
  migrationUnavailable: boolean;
  pareto: ParetoPreview | null;
  warnings: RatingWarning[];
  missingColumns: string[];
}

/** Weights suggested from the data, and the grade moves from the current weights' grades if they were applied. */
export interface SuggestionOutcome {
  suggestion: SuggestResult;
  /** null when nothing was suggested. */
  moves: GradeMigration | null;
}

export interface PreviewEngine {
  /** Sends the parsed sheet once; later computations only send profiles. */
  setTable(table: ClientTable, existingGrades?: string[]): void;
  /** Rapid calls coalesce: while one runs only the latest waits, and superseded calls get the latest's result. */
  compute(profiles: Profile[], options: PreviewOptions): Promise<PreviewResult>;
  /** Weights suggested from the data (one request at a time; not coalesced with the previews). */
  suggest(profiles: Profile[], options: PreviewOptions, request: SuggestOptions): Promise<SuggestionOutcome>;
  /** Where client `client` stands in a rating of the whole sheet with `profiles` (for the portrait; not coalesced). */
  standing(profiles: Profile[], options: PreviewOptions, client: number): Promise<ClientStanding>;
  dispose(): void;
}
