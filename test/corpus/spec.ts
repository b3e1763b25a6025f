// The vocabulary of the corpus: one readable description per messy workbook and what rating it must give.
import type { RaterErrorCode } from "../../src/core/errors";

/** A cell in a description: a plain value, or an object for formulas, formats and Excel errors. */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | { f: string; v?: string | number | boolean } // formula without or with leading "=", v = cached result
  | { v: string | number | boolean | null; fmt: string } // value with a number format
  | { error: "#N/A" | "#DIV/0!" | "#VALUE!" | "#REF!" | "#NAME?" };

export interface TableSpec {
  name: string;
  /** Top-left cell of the header row, e.g. "A1". */
  at: string;
  headers: string[];
  rows: CellSpec[][];
  totalsRow?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Rows written from `at` (default "A1"). */
  rows?: CellSpec[][];
  at?: string;
  /** More blocks of cells anywhere on the sheet (a stray value far below, notes to the right...). */
  blocks?: { at: string; rows: CellSpec[][] }[];
  tables?: TableSpec[];
  merges?: string[];
  /** 1-based row numbers. */
  hiddenRows?: number[];
  autoFilter?: string;
  protect?: boolean;
  /** Number formats applied to whole blocks of possibly blank cells: { "B2:B40": "#,##0.00" }. */
  formats?: Record<string, string>;
  hidden?: boolean;
  /** The user's own formatting around the list. */
  hiddenColumns?: string[];
  columnWidths?: Record<string, number>;
  freezeRows?: number;
  /** A user's conditional format: cells of `range` above `above` get a red fill. */
  conditionalFormats?: { range: string; above: number }[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Workbook-level names the user made, e.g. { Revenues: "Clients!$B$2:$B$5" }. */
  names?: Record<string, string>;
  /** Review > Protect Workbook: the workbook's structure is locked. */
  protectStructure?: boolean;
  /** Raw stored profile document (the JSON text the add-in keeps in its custom XML part). */
  storedProfileJson?: string;
  /** Built by code instead of a description: the one huge case. */
  custom?: "million-rows" | "thirty-thousand-rows";
}

export interface RatedExpectation {
  kind: "rated";
  clients?: number;
  /** Client name (first column of the data unless `nameColumn`) -> expected grade. */
  grades?: Record<string, string>;
  nameColumn?: string;
  /** Every warning code the rating gives, no more and no fewer (none when absent). */
  warnings?: string[];
  sheetName?: string;
  /** Client name -> parts its Reasons cell must and must not contain. */
  reasons?: Record<string, { includes?: string[]; excludes?: string[] }>;
  /** Every client of `grades` must appear on the Pareto sheet as the very same text, not a formula. */
  namesOnParetoSheet?: boolean;
}

export interface ErrorExpectation {
  kind: "error";
  code: RaterErrorCode;
  messageIncludes?: string;
}

/** Real files with no single right answer: only the invariants are checked. */
export interface AnyExpectation {
  kind: "any";
}

export interface CorpusCase {
  id: string;
  title: string;
  build: WorkbookSpec | (() => WorkbookSpec);
  /** Profiles to rate with; none = the stored profile or a default one built from the headers. */
  profiles?: unknown[];
  request?: { asOf?: Date; locale?: "en" | "nl" | "de" | "hu"; sheetName?: string };
  /** Rate once with these profiles before the snapshot: a sheet already rated by an older run. */
  preRate?: unknown[];
  /**
   * That earlier run fixed this rating date (the CLI's --as-of, the panel's fixed date); the checked
   * run then passes no date at all, as when a colleague rates the shared file again.
   */
  preRateDate?: string;
  /** What the user does between that earlier run and this one, through the Excel API. */
  userEdit?: "insert-column-B";
  expect: RatedExpectation | ErrorExpectation | AnyExpectation;
  /** The huge case: one run checked (all checks with CORPUS_FULL=1). */
  slow?: boolean;
  /** A large case: fail a sample of the syncs (first, middle, last three) instead of every one. */
  sampleFailures?: boolean;
  /** Real-world fixture file under test/fixtures to start from instead of `build`. */
  fixture?: string;
  /** The workbook as a saved file (made in code, see files.ts) to start from instead of `build`. */
  file?: () => Promise<Uint8Array>;
}
