// Public types of src/excel (see docs/CONTRACTS.md).
import type { FocusEntry, FocusListKey, FocusWarning, Mover, MoverCounts, NextStep, Profile, TroubleFlag } from "../core";
import type { Language } from "../core/labels";
import type { ClientTable, Locale, RatingWarning } from "../core/types";

export interface ClientSheet {
  sheetName: string;
  tableName?: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the list's first column. */
  firstColumn: number;
  table: ClientTable;
  /** The grade now in the sheet for each client row ("" where none), for the panel's migration table. */
  existingGrades?: string[];
  /** Headers of the add-in's own columns found on this sheet. */
  ownedColumns: string[];
  /** Where the clients are, for the panel's portrait: the 0-based sheet row of each client (row of `table`) and the sheet column of each header. */
  layout?: { clientRows: number[]; columns: number[]; gradeColumn?: number };
}

export interface RateRequest {
  profiles?: Profile[];
  asOf?: Date;
  /**
   * A fixed rating date (YYYY-MM-DD), e.g. the CLI's --as-of: rates as of that day and stores it as
   * every profile's ratingDate, so the saved workbook rates the same again. `asOf` still wins if both are set.
   */
  ratingDate?: string;
  locale?: Locale;
  /** Language of everything the run writes (headers, reasons, flags, Pareto and profile sheets); else the first profile's, else English. */
  language?: Language;
  sheetName?: string;
  /** For APIs above the manifest's ExcelApi 1.13; everything called today is within it, so nothing asks yet. */
  isSetSupported?: (set: string, version: string) => boolean;
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** Where the owned columns are (letters, 1-based header row), for the panel to say what was written where. */
export interface ColumnPlacement {
  sheet: string;
  firstColumn: string;
  lastColumn: string;
  headerRow: number;
  /** Whether Excel now shows the first owned column selected. */
  selected: boolean;
  /**
   * Set when new columns do not start right beside the list: the cell ("P3") that holds a value, or the column
   * ("P:P") that holds only formatting, right of which they had to go.
   */
  pushedBy?: { address: string; holds: "value" | "format" };
}

export interface RateOutcome {
  sheetName: string;
  clients: number;
  gradeCounts: Record<string, number>;
  gradeLabels: string[];
  pareto: { value: string; vitalFew: number; vitalFewShare: number; largestShare: number; top20Share: number; hhi: number } | null;
  warnings: RatingWarning[];
  profiles: Profile[];
  usedDefaultProfile: boolean;
  placement: ColumnPlacement;
  /** The Focus sheet's lists and counts, for the panel (see docs/CONTRACTS.md); set by rateWorkbook. */
  focus?: FocusOutcome;
  /** Who moved since the latest earlier rating date in the history; absent on the first rating. */
  movers?: MoversOutcome;
}

/** This run against the latest earlier one in the "Rating history" sheet. */
export interface MoversOutcome {
  date: string;
  previousDate: string;
  counts: MoverCounts;
  /** The largest grade moves first, each with its 0-based row on the rated sheet (for selectClientRow). */
  biggest: (Mover & { row: number })[];
}

/** A client in a Focus list, with its 0-based row on the rated sheet (for selectClientRow). */
export interface FocusOutcomeEntry extends FocusEntry {
  row: number;
}

export interface FocusOutcome {
  /** The four steps as the sheet writes them (the profile's own names or the language's). */
  stepNames: Record<NextStep, string>;
  counts: Record<NextStep, number>;
  /** At most 10 entries a list, in the Focus sheet's order; `total` counts them all. */
  lists: Record<FocusListKey, { total: number; entries: FocusOutcomeEntry[] }>;
  flagCounts: Record<TroubleFlag, number>;
  /** Concentration and market-check warnings in the profile's language. */
  warnings: Pick<FocusWarning, "code" | "message">[];
}
