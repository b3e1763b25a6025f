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

/** A full rating of the sheet the portraits are taken from. */
export interface PortraitBasis {
  table: ClientTable;
  profiles: Profile[];
  options: RateOptions;
  result: RatingResult;
  cutoffs: GradeCutoffs;
}

export function portraitBasis(table: ClientTable, profiles: Profile[], options: RateOptions, result: RatingResult): PortraitBasis {
  return { table, profiles, options, result, cutoffs: quantileCutoffs(result, profiles) };
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
 * so the next step come from the full rating, as they depend on every client.
 */
export function clientPortrait(basis: PortraitBasis, client: number, row: CellValue[] = basis.table.rows[client], numberFormats?: string[]): ClientPortrait {
  const { table, profiles, options, result, cutoffs } = basis;
  const formats = numberFormats ?? table.numberFormats?.[client];
  const rating = rateOneClient(table.headers, row, profiles, options, cutoffs, formats);
  const pareto = result.pareto && !result.pareto.error ? result.pareto : null;
  let standing: ParetoStanding | null = null;
  if (pareto) {
    const position = pareto.order.indexOf(client);
    if (position >= 0) {
      standing = { rank: position + 1, of: pareto.order.length, valueShare: pareto.shares[position], vitalFew: pareto.vitalFewByClient[client] === 1, column: pareto.valueColumn };
    }
  }
  let nextStep: NextStep | null = null;
  if (rating.profile >= 0 && rating.grade !== "") {
    const goodFit = !rating.knockedOut && goodFitGrades(profiles[rating.profile]).includes(rating.grade);
    nextStep = NEXT_STEPS[nextStepOf(goodFit, standing?.vitalFew ?? false)];
  }
  return { ...rating, client, nextStep, pareto: standing, flags: rating.profile >= 0 ? flagReasons(basis, client, { row, formats }) : [] };
}

function flagReasons(basis: PortraitBasis, client: number, cells: RowCells): FlagReason[] {
  const { profiles, result } = basis;
  const settings = profiles[0].flags;
  const reasons: FlagReason[] = [];
  const pareto = result.pareto;
  const bits = result.troubleFlags[client] ?? 0;
  if (pareto && bits & FLAG_EFFORT && pareto.effortShareByClient && pareto.effortColumn) {
    reasons.push({
      flag: "effort",
      column: pareto.effortColumn,
      effortShare: pareto.effortShareByClient[client],
      valueShare: pareto.valueShareByClient[client],
      ratio: settings?.effortRatio ?? DEFAULT_EFFORT_RATIO,
    });
  }
  for (const [flag, limit, bit] of [["discount", settings?.discount, FLAG_DISCOUNT], ["late", settings?.latePayment, FLAG_LATE]] as const) {
    if (!limit) continue;
    const value = numberIn(basis, cells, limit.column);
    // Read from the row as it is now, so a changed value raises or drops the flag; the bit is the full rating's.
    if (value ? value.value > limit.above : bits & bit) reasons.push({ flag, column: value?.column ?? limit.column, value: value?.value ?? NaN, above: limit.above });
  }
  if (pareto && bits & FLAG_LOSS) {
    const value = profiles[0].pareto ? numberIn(basis, cells, profiles[0].pareto.value) : null;
    reasons.push({ flag: "loss", column: pareto.valueColumn, value: value?.value ?? NaN });
  }
  return reasons;
}
