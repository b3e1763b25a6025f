// A client's portrait for the panel: how one row of the sheet is rated (score, grade, each criterion's
// points), where it stands among all clients (Pareto rank and value share, next step) and which
// troublesome flags it carries, each with the figures that raised it.
import { findColumn } from "./headers";
import { goodFitGrades, nextStepOf, NEXT_STEPS, type NextStep } from "./nextStep";
import type { Profile } from "./profile";
import { DEFAULT_EFFORT_RATIO, FLAG_DISCOUNT, FLAG_EFFORT, FLAG_LATE, FLAG_LOSS } from "./troublesome";
import type { CellValue, ClientTable, RateOptions, RatingResult } from "./types";
import { readNumber } from "./values";
import { quantileCutoffs, rateOneClient, type GradeCutoffs, type OneClientRating } from "./whatIf";

/** The sheet a portrait is taken from and the profiles it is rated with; the quantile cut-offs come from a full rating. */
export interface PortraitBasis {
  table: ClientTable;
  profiles: Profile[];
  options: RateOptions;
  cutoffs: GradeCutoffs;
}

export function portraitBasis(table: ClientTable, profiles: Profile[], options: RateOptions, cutoffs: GradeCutoffs): PortraitBasis {
  return { table, profiles, options, cutoffs };
}

/**
 * What a client's portrait needs from a rating of the whole sheet, as it depends on every client: the quantile
 * cut-offs, the Pareto standing and the full rating's flags. Small enough to cross from the preview worker per selection.
 */
export interface ClientStanding {
  cutoffs: GradeCutoffs;
  pareto: ParetoStanding | null;
  /** The full rating's troublesome-flag bits (FLAG_*) for this client. */
  troubleFlags: number;
  /** The much-effort flag's figures, when the full rating raised it. */
  effort: { column: string; effortShare: number; valueShare: number } | null;
  /** The Pareto value column, when the full rating flagged the client as losing money. */
  lossColumn: string | null;
}

/** Client `client`'s standing in `result`, a rating of the whole sheet with `profiles`. */
export function clientStanding(result: RatingResult, profiles: Profile[], client: number): ClientStanding {
  const pareto = result.pareto;
  const bits = result.troubleFlags[client] ?? 0;
  let standing: ParetoStanding | null = null;
  if (pareto && !pareto.error) {
    const position = pareto.order.indexOf(client);
    if (position >= 0) {
      standing = { rank: position + 1, of: pareto.order.length, valueShare: pareto.shares[position], vitalFew: pareto.vitalFewByClient[client] === 1, column: pareto.valueColumn };
    }
  }
  const effort =
    pareto && bits & FLAG_EFFORT && pareto.effortShareByClient && pareto.effortColumn
      ? { column: pareto.effortColumn, effortShare: pareto.effortShareByClient[client], valueShare: pareto.valueShareByClient[client] }
      : null;
  return { cutoffs: quantileCutoffs(result, profiles), pareto: standing, troubleFlags: bits, effort, lossColumn: pareto && bits & FLAG_LOSS ? pareto.valueColumn : null };
}

/** Why a flag is raised, with the client's own figures (shares 0 to 1). */
export type FlagReason =
  | { flag: "effort"; column: string; effortShare: number; valueShare: number; ratio: number }
  | { flag: "discount" | "late"; column: string; value: number; above: number }
  | { flag: "loss"; column: string; value: number };

interface ParetoStanding {
  /** 1 = the largest value; of `of` clients with a readable value. */
  rank: number;
  of: number;
  valueShare: number;
  vitalFew: boolean;
  column: string;
}

export interface ClientPortrait extends OneClientRating {
  /** Which client this is in the basis (0 = the first client row). */
  client: number;
  nextStep: NextStep | null;
  pareto: ParetoStanding | null;
  flags: FlagReason[];
}

interface RowCells {
  row: CellValue[];
  formats?: string[];
}

function numberIn(basis: PortraitBasis, cells: RowCells, column: string): { column: string; value: number } | null {
  const index = findColumn(basis.table.headers, column);
  if (index < 0) return null;
  const read = readNumber(cells.row[index], basis.profiles[0].locale ?? basis.options.locale, cells.formats?.[index]);
  return read.ok ? { column: basis.table.headers[index], value: read.value } : null;
}

/**
 * The portrait of client `client` whose row now holds `row` (the basis table's own row when omitted). Score,
 * grade, points and the flags on a limit are rated from `row`; the Pareto standing, the much-effort flag and
 * so the next step come from `standing`, the full rating's, as they depend on every client.
 */
export function clientPortrait(
  basis: PortraitBasis,
  standing: ClientStanding,
  client: number,
  row: CellValue[] = basis.table.rows[client],
  numberFormats?: string[],
): ClientPortrait {
  const { table, profiles, options, cutoffs } = basis;
  const formats = numberFormats ?? table.numberFormats?.[client];
  const rating = rateOneClient(table.headers, row, profiles, options, cutoffs, formats);
  let nextStep: NextStep | null = null;
  if (rating.profile >= 0 && rating.grade !== "") {
    const goodFit = !rating.knockedOut && goodFitGrades(profiles[rating.profile]).includes(rating.grade);
    nextStep = NEXT_STEPS[nextStepOf(goodFit, standing.pareto?.vitalFew ?? false)];
  }
  return { ...rating, client, nextStep, pareto: standing.pareto, flags: rating.profile >= 0 ? flagReasons(basis, standing, { row, formats }) : [] };
}

function flagReasons(basis: PortraitBasis, standing: ClientStanding, cells: RowCells): FlagReason[] {
  const settings = basis.profiles[0].flags;
  const reasons: FlagReason[] = [];
  const bits = standing.troubleFlags;
  if (standing.effort) reasons.push({ flag: "effort", ...standing.effort, ratio: settings?.effortRatio ?? DEFAULT_EFFORT_RATIO });
  for (const [flag, limit, bit] of [["discount", settings?.discount, FLAG_DISCOUNT], ["late", settings?.latePayment, FLAG_LATE]] as const) {
    if (!limit) continue;
    const value = numberIn(basis, cells, limit.column);
    // Read from the row as it is now, so a changed value raises or drops the flag; the bit is the full rating's.
    if (value ? value.value > limit.above : bits & bit) reasons.push({ flag, column: value?.column ?? limit.column, value: value?.value ?? NaN, above: limit.above });
  }
  if (standing.lossColumn !== null) {
    const value = basis.profiles[0].pareto ? numberIn(basis, cells, basis.profiles[0].pareto.value) : null;
    reasons.push({ flag: "loss", column: standing.lossColumn, value: value?.value ?? NaN });
  }
  return reasons;
}
