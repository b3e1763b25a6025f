// Weights suggested from the data: for an outcome column (by default the Pareto value, e.g. Profit),
// the slider weights whose score orders the clients most like the outcome does. Fitted on a seeded
// 70% of the clients and checked on the other 30%, so a suggestion that only memorises the clients
// it was fitted on shows as no better on the clients kept aside.
import { ColumnCache } from "./columns";
import { findColumn } from "./headers";
import { nonNegativeLeastSquares } from "./nonNegativeLeastSquares";
import type { Profile } from "./profile";
import { climb, firstOf, makeGroup, rankFit, type ClientGroup } from "./rankingFit";
import { rateClients } from "./rate";
import { seededShuffle } from "./seededRandom";
import type { ClientTable, RateOptions } from "./types";
import { toWeightSteps, WEIGHT_MAX } from "./weightSteps";

/** The split and the search are seeded with this unless a caller passes its own seed. */
const SUGGEST_SEED = 20_151;
/** Share of the clients kept aside to check the suggestion on. */
const HOLD_OUT_SHARE = 0.3;
/** Clients with a readable outcome needed before anything is suggested (21 to fit, 9 to check). */
export const MIN_OUTCOMES = 30;
/** The step search runs on at most this many training clients (a random sample), so 100,000 clients take seconds. */
const SEARCH_CLIENTS = 10_000;

export interface SuggestOptions {
  /** The outcome column's header; default the first profile's Pareto value. */
  outcome?: string;
  /** Which profile's weights to suggest (index into profiles); default 0. */
  profile?: number;
  seed?: number;
  /**
   * Also fit criteria that read the outcome column itself. Off by default: a criterion on Profit always
   * predicts Profit best, so the fit would pile the weight on it and the profile would become a
   * Profit ranking rather than a picture of the ideal client; such criteria keep their weight.
   */
  includeOutcomeCriteria?: boolean;
}

/** Why a criterion keeps its weight: it reads the outcome itself, or its score is the same for every client. */
type KeptReason = "reads-outcome" | "no-spread";

interface WeightSuggestion {
  id: string;
  column: string;
  current: number;
  suggested: number;
  /** The criterion reads the outcome column itself (the panel warns: it predicts the outcome trivially). */
  readsOutcome: boolean;
  /** Set when the criterion was left out of the fit and keeps its current weight. */
  kept?: KeptReason;
}

/** Spearman's rank correlation between score and outcome, on the clients kept aside and on those fitted. */
interface RankFit {
  heldOut: number;
  training: number;
}

export interface Suggestion {
  ok: true;
  profile: string;
  /** The outcome column's header as the sheet writes it. */
  outcome: string;
  weights: WeightSuggestion[];
  current: RankFit;
  suggested: RankFit;
  /** The suggestion orders the held-out clients better than the current weights. */
  improved: boolean;
  clients: { training: number; heldOut: number; noOutcome: number };
  seed: number;
}

type SuggestFailureCode = "no-outcome" | "outcome-not-found" | "no-clients" | "too-few-outcomes" | "outcome-constant" | "nothing-to-weigh";

export interface SuggestFailure {
  ok: false;
  code: SuggestFailureCode;
  /** Plain English for the command line; the panel words it from code and params. */
  message: string;
  params: Record<string, string | number>;
}

export type SuggestResult = Suggestion | SuggestFailure;

const fail = (code: SuggestFailureCode, message: string, params: Record<string, string | number> = {}): SuggestFailure => ({
  ok: false,
  code,
  message,
  params,
});

/** Suggests weights for one profile's criteria; deterministic for the same table, profiles, options and seed. */
export function suggestWeights(
  table: ClientTable,
  profiles: Profile[],
  rateOptions: RateOptions,
  options: SuggestOptions = {},
  cache: ColumnCache = new ColumnCache(table),
): SuggestResult {
  const p = options.profile ?? 0;
  const profile = profiles[p];
  const seed = options.seed ?? SUGGEST_SEED;
  const outcomeName = options.outcome ?? profiles[0]?.pareto?.value;
  if (!outcomeName) return fail("no-outcome", "Choose an outcome column to suggest weights for (the profile has no Pareto value column).");
  const outcomeColumn = findColumn(table.headers, outcomeName);
  if (outcomeColumn < 0) return fail("outcome-not-found", `Column "${outcomeName}" was not found.`, { column: outcomeName });
  const outcome = table.headers[outcomeColumn];
  if (!profile) return fail("no-clients", "There is no profile to suggest weights for.", { column: outcome });

  const result = rateClients(table, profiles, { ...rateOptions, texts: false }, cache);
  const values = cache.numbers(outcomeColumn, profile.locale ?? rateOptions.locale).values;
  const rows: number[] = [];
  let rated = 0;
  for (let r = 0; r < result.count; r++) {
    if (result.profileIndex[r] !== p) continue;
    rated++;
    if (Number.isFinite(values[r])) rows.push(r);
  }
  if (rated === 0) return fail("no-clients", `No client is rated with profile "${profile.name}".`, { profile: profile.name, column: outcome });
  if (rows.length < MIN_OUTCOMES) {
    return fail(
      "too-few-outcomes",
      `${outcome} has a readable number for ${rows.length} of ${rated} clients; suggesting weights needs at least ${MIN_OUTCOMES}.`,
      { column: outcome, readable: rows.length, clients: rated, needed: MIN_OUTCOMES },
    );
  }

  const criteria = profile.criteria;
  const c = criteria.length;
  const ignoreMissing = criteria.map((criterion) => criterion.missing === "ignore");
  const readsOutcome = criteria.map((criterion) => findColumn(table.headers, criterion.column) === outcomeColumn);
  const order = seededShuffle(Int32Array.from(rows), seed);
  const heldOutSize = Math.round(order.length * HOLD_OUT_SHARE);
  const training = groupOf(order.subarray(heldOutSize), result.criterionScores[p], result.memberPosition, result.knockedOut, values, c);
  const heldOut = groupOf(order.subarray(0, heldOutSize), result.criterionScores[p], result.memberPosition, result.knockedOut, values, c);
  if (constant(training.outcomeRanks) || constant(heldOut.outcomeRanks)) {
    return fail("outcome-constant", `${outcome} is the same for nearly every client, so no weights can order the clients by it.`, { column: outcome });
  }

  const kept: (KeptReason | undefined)[] = criteria.map((_, j) =>
    readsOutcome[j] && !options.includeOutcomeCriteria ? "reads-outcome" : spreads(training, j, ignoreMissing[j]) ? undefined : "no-spread",
  );
  const free = criteria.flatMap((_, j) => (kept[j] ? [] : [j]));
  if (free.length < 2) {
    return fail(
      "nothing-to-weigh",
      `Fewer than two criteria can be weighted against ${outcome}: the others read ${outcome} itself or score the same for every client.`,
      { column: outcome, criteria: free.length },
    );
  }

  const current = criteria.map((criterion) => criterion.weight);
  const freeTotal = free.reduce((sum, j) => sum + current[j], 0);
  const total = Math.min(Math.round(freeTotal) >= 1 ? Math.round(freeTotal) : free.length, WEIGHT_MAX * free.length);
  const withFree = (freeWeights: number[]) => {
    const weights = current.map((weight, j) => (kept[j] ? weight : 0));
    free.forEach((j, i) => (weights[j] = freeWeights[i]));
    return weights;
  };
  const search = firstOf(training, SEARCH_CLIENTS);
  // The climb starts from the better of the user's own weights (on slider steps) and the regression's; ties go to
  // the user's, so nothing changes without a gain. One climb, not two: each step tries every pair of criteria.
  const starts = [
    withFree(toWeightSteps(free.map((j) => current[j]), total)),
    withFree(toWeightSteps(regressionStart(training, free, ignoreMissing), total)),
  ].map((weights) => ({ weights, fit: rankFit(search, weights, ignoreMissing) }));
  const start = starts[1].fit > starts[0].fit ? starts[1] : starts[0];
  const best = climb(search, start.weights, free, ignoreMissing);

  const currentFit = { heldOut: rankFit(heldOut, current, ignoreMissing), training: rankFit(training, current, ignoreMissing) };
  const suggestedFit = { heldOut: rankFit(heldOut, best.weights, ignoreMissing), training: rankFit(training, best.weights, ignoreMissing) };
  return {
    ok: true,
    profile: profile.name,
    outcome,
    weights: criteria.map((criterion, j) => ({
      id: criterion.id,
      column: criterion.column,
      current: current[j],
      suggested: best.weights[j],
      readsOutcome: readsOutcome[j],
      ...(kept[j] ? { kept: kept[j] } : {}),
    })),
    current: currentFit,
    suggested: suggestedFit,
    // A current score that orders no one (every held-out client scored alike: NaN) is beaten by any order.
    improved: suggestedFit.heldOut > currentFit.heldOut || (Number.isNaN(currentFit.heldOut) && !Number.isNaN(suggestedFit.heldOut)),
    clients: { training: training.size, heldOut: heldOut.size, noOutcome: rated - rows.length },
    seed,
  };
}

function groupOf(
  rows: Int32Array,
  criterionScores: Float64Array[],
  memberPosition: Int32Array,
  knockedOut: Uint8Array,
  values: Float64Array,
  c: number,
): ClientGroup {
  const scores = new Float64Array(rows.length * c);
  const knocked = new Uint8Array(rows.length);
  const outcome = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const k = memberPosition[r];
    for (let j = 0; j < c; j++) scores[i * c + j] = criterionScores[j][k];
    knocked[i] = knockedOut[r];
    outcome[i] = values[r];
  }
  return makeGroup(scores, knocked, outcome, c);
}

function constant(ranks: Float64Array): boolean {
  for (let i = 1; i < ranks.length; i++) if (ranks[i] !== ranks[0]) return false;
  return true;
}

/** Whether criterion j scores differently for some training clients (a missing value that counts as 0 counts). */
function spreads(group: ClientGroup, j: number, ignoreMissing: boolean): boolean {
  let first = NaN;
  for (let k = 0; k < group.size; k++) {
    let s = group.scores[k * group.criteria + j];
    if (s !== s) {
      if (ignoreMissing) continue;
      s = 0;
    }
    if (first !== first) first = s;
    else if (s !== first) return true;
  }
  return false;
}

/**
 * Non-negative least squares of the outcome's ranks on the free criteria's scores, over the training
 * clients that are not knocked out (their place is last whatever the weights): a first guess for the climb.
 * A missing value left out of the score stands in at the criterion's mean, which moves no one on it.
 */
function regressionStart(group: ClientGroup, free: readonly number[], ignoreMissing: readonly boolean[]): Float64Array {
  const c = group.criteria;
  const f = free.length;
  const means = free.map((j) => {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < group.size; k++) {
      const s = group.scores[k * c + j];
      if (s === s) {
        sum += s;
        count++;
      }
    }
    return count > 0 ? sum / count : 0;
  });
  const kept: number[] = [];
  for (let k = 0; k < group.size; k++) if (!group.knockedOut[k]) kept.push(k);
  const x = new Float64Array(kept.length * f);
  const y = new Float64Array(kept.length);
  kept.forEach((k, row) => {
    y[row] = group.outcomeRanks[k];
    free.forEach((j, i) => {
      const s = group.scores[k * c + j];
      x[row * f + i] = s === s ? s : ignoreMissing[j] ? means[i] : 0;
    });
  });
  return nonNegativeLeastSquares(x, y, f);
}
