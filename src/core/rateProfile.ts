// Rating the rows of one profile: criterion scores (kept per cache, or client by client in one pass,
// onePassScores.ts), weighted client and area scores, rounding, knockouts, grades and each criterion's
// points; the reason text is built on demand (profileReasons.ts).
import { CELL_OK, ColumnCache, tallyMissing } from "./columns";
import { quantileGradeIndices, thresholdGradeIndex } from "./grading";
import { findColumn } from "./headers";
import type { Criterion, Profile } from "./profile";
import { isNumberRule, scoreNumbersByRow, type NumberCriterion } from "./numberScores";
import { ClientScorer, scoreClientByClient } from "./onePassScores";
import { ProfileReasons } from "./profileReasons";
import { categoryScorer, roundScore, scoreRecency } from "./scoring";
import type { ClientTable, Locale, RatingResult } from "./types";

const CLIENT = 0;
const FIT = 1;
const MARKET = 2;

export interface MissingTally {
  column: string;
  count: number;
  blank: number;
  error: number;
  unreadable: number;
}

export interface ProfileRun {
  table: ClientTable;
  profile: Profile;
  members: Int32Array;
  cache: ColumnCache;
  locale: Locale;
  asOfDay: number;
  result: RatingResult;
  hasMissing: Uint8Array;
  missingColumns: Set<string>;
  missingTallies: Map<string, MissingTally>;
  /** Whether the reason text per client can be asked for. */
  texts: boolean;
  /** When given: each member's grade as an index into its profile's scale (what counting and next steps read). */
  gradeIndex?: Int8Array;
  /**
   * Whether each criterion's scores are kept per `cache` (a caller's own cache: it rates the same table again);
   * else they are summed as they are computed and made again only when read.
   */
  keepScores?: boolean;
}

/** What scoring a profile's criteria reads. */
type ScoringRun = Pick<ProfileRun, "table" | "profile" | "members" | "cache" | "locale" | "asOfDay" | "result">;

/** What rateProfile leaves besides what it writes into the result. */
export interface RatedProfile {
  /** Builds the members' reason text on demand; null without texts. */
  reasons: ProfileReasons | null;
  /** `criterionScores[j][k]` of criterion j for the k-th member, made on the first call when they were not kept. */
  criterionScores: () => Float64Array[];
}

/** A client's criterion scores (in criterion order) into the result: weighted scores, areas, knockout. */
type Weigh = (criterionScores: Float64Array, k: number) => void;

/** One criterion's scores as last computed for a cache: reused while rule, column, locale, date and rows stay. */
interface KeptScores {
  signature: string;
  members: Int32Array;
  scores: Float64Array;
  missing: Omit<MissingTally, "column">;
}

// Per cache (the panel's preview keeps one per sheet), the latest scores of each criterion slot: a weight
// change then only re-weights and re-grades, while a changed rule parameter gives a new signature.
const keptScores = new WeakMap<ColumnCache, Map<string, KeptScores>>();

const sameRows = (a: Int32Array, b: Int32Array) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * One criterion's scores through the cache's kept scores. Number criteria to score again go to `pending`
 * with an empty array, which scoreNumbersByRow fills; their missing-value counts are ready after that.
 */
function keptCriterionScores(run: ScoringRun, slot: string, criterion: Criterion, column: number, pending: NumberCriterion[]): KeptScores {
  let kept = keptScores.get(run.cache);
  if (!kept) keptScores.set(run.cache, (kept = new Map()));
  const signature = `${column}|${run.locale}|${criterion.rule.type === "recency" ? run.asOfDay : ""}|${JSON.stringify(criterion.rule)}`;
  let entry = kept.get(slot);
  if (!entry || entry.signature !== signature || !sameRows(entry.members, run.members)) {
    const missing = { count: 0, blank: 0, error: 0, unreadable: 0 };
    const rule = criterion.rule;
    let scores: Float64Array;
    if (column >= 0 && isNumberRule(rule)) {
      scores = new Float64Array(run.members.length);
      pending.push({ rule, column, scores, missing });
    } else scores = scoreCriterion(run, criterion, column, missing);
    entry = { signature, members: run.members, scores, missing };
    kept.set(slot, entry);
  }
  return entry;
}

/** Category and recency scores for the members (by position); NaN where the value is missing or unreadable. */
function scoreCriterion(run: ScoringRun, criterion: Criterion, column: number, tally: Omit<MissingTally, "column">): Float64Array {
  const { members, cache, locale, asOfDay } = run;
  const m = members.length;
  const out = new Float64Array(m);
  if (column < 0) return out.fill(NaN);
  const rule = criterion.rule;
  // Local bindings: in CommonJS builds an imported binding is a property read on every use.
  const OK = CELL_OK;
  const recencyScore = scoreRecency;
  if (rule.type === "categories") {
    const text = cache.text(column);
    // Each distinct text is scored once; rows look their score up by code.
    const scoreOfCode = Float64Array.from(text.distinct, categoryScorer(rule));
    const codes = text.codes;
    for (let k = 0; k < m; k++) {
      const code = codes[members[k]];
      out[k] = code >= 0 ? scoreOfCode[code] : NaN;
    }
    tallyMissing(text.status, members, tally);
    return out;
  }
  // Number rules never come here (scoreNumbersByRow scores them); the test narrows the type.
  if (rule.type !== "recency") return out.fill(NaN);
  const dates = cache.dates(column, locale);
  const status = dates.status;
  for (let k = 0; k < m; k++) {
    const r = members[k];
    out[k] = status[r] === OK ? recencyScore(rule, asOfDay - dates.values[r]) : NaN;
  }
  tallyMissing(status, members, tally);
  return out;
}

function resolveColumns(run: ProfileRun): number[] {
  const { table, profile, result, missingColumns } = run;
  return profile.criteria.map((criterion) => {
    const column = findColumn(table.headers, criterion.column);
    if (column < 0 && !missingColumns.has(criterion.column)) {
      missingColumns.add(criterion.column);
      result.missingColumns.push(criterion.column);
      result.warnings.push({
        code: "missing-column",
        message: `Column "${criterion.column}" (criterion "${criterion.id}") was not found; it counts as missing for every client.`,
        params: { column: criterion.column, criterion: criterion.id, profile: profile.name },
      });
    }
    return column;
  });
}

/** Each criterion's scores for the members through the cache's kept scores, with why values were missing. */
function keptScoresOf(run: ScoringRun, columns: number[]): KeptScores[] {
  const { profile, members, result } = run;
  const pending: NumberCriterion[] = [];
  const kept = profile.criteria.map((criterion, j) => keptCriterionScores(run, `${result.profileIndex[members[0]]}:${j}`, criterion, columns[j], pending));
  scoreNumbersByRow(run.table, run.locale, members, pending);
  return kept;
}

/** Adds each column's missing values to the rating's tallies once, by the first criterion that reads it. */
function tallyColumns(run: ProfileRun, columns: number[], missingPerCriterion: Omit<MissingTally, "column">[]): void {
  const tallied = new Set<number>();
  missingPerCriterion.forEach((missing, j) => {
    const column = columns[j];
    if (column < 0 || tallied.has(column)) return;
    tallied.add(column);
    const name = run.table.headers[column];
    const tally = run.missingTallies.get(name) ?? { column: name, count: 0, blank: 0, error: 0, unreadable: 0 };
    run.missingTallies.set(name, tally);
    tally.count += missing.count;
    tally.blank += missing.blank;
    tally.error += missing.error;
    tally.unreadable += missing.unreadable;
  });
}

/** Rates the profile's members into `run.result`. */
export function rateProfile(run: ProfileRun): RatedProfile {
  const { profile, members, result } = run;
  const m = members.length;
  const columns = resolveColumns(run);
  const weigh = weigher(run);
  let criterionScores: () => Float64Array[];
  let scoresOf: (k: number, r: number, out: Float64Array) => void;
  if (run.keepScores) {
    const kept = keptScoresOf(run, columns);
    tallyColumns(run, columns, kept.map((entry) => entry.missing));
    const scores = kept.map((entry) => entry.scores);
    const c = scores.length;
    const clientScores = new Float64Array(c);
    for (let k = 0; k < m; k++) {
      for (let j = 0; j < c; j++) clientScores[j] = scores[j][k];
      weigh(clientScores, k);
    }
    criterionScores = () => scores;
    scoresOf = (k, _r, out) => {
      for (let j = 0; j < c; j++) out[j] = scores[j][k];
    };
  } else {
    tallyColumns(run, columns, scoreClientByClient(run, columns, weigh));
    // Made with a cache of their own: the rating's parsed columns are not kept alive with the result for them.
    const { table, locale, asOfDay } = run;
    let made: Float64Array[] | undefined;
    criterionScores = () =>
      (made ??= keptScoresOf({ table, profile, members, locale, asOfDay, result, cache: new ColumnCache(table) }, columns).map((entry) => entry.scores));
    // The reason text scores the clients it is asked for one by one, with no array per criterion either.
    let scorer: ClientScorer | undefined;
    scoresOf = (_k, r, out) => (scorer ??= new ClientScorer({ table, profile, members, locale, asOfDay, cache: new ColumnCache(table) }, columns)).scoreInto(r, out, false);
  }
  for (let k = 0; k < m; k++) result.memberPosition[members[k]] = k;
  assignGrades(run);
  return { reasons: run.texts ? new ProfileReasons(profile, run.table, columns, scoresOf, result.scores) : null, criterionScores };
}

// Client by client over the criteria, sums kept in locals: no per-criterion pass writing eight arrays
// of every member (at a million clients those arrays were most of what the collector had to chase).
// The sums run in criterion order, so every score is the same to the last bit whichever way the
// criterion scores came (the property tests in test/core hold both ways to that).
function weigher(run: ProfileRun): Weigh {
  const { profile, members, result } = run;
  const criteria = profile.criteria;
  const c = criteria.length;
  const weight = Float64Array.from(criteria, (criterion) => criterion.weight);
  const ignoreMissing = criteria.map((criterion) => criterion.missing === "ignore");
  const below = Float64Array.from(criteria, (criterion) => (criterion.knockout ? criterion.knockout.below : -1));
  const areaOf = Uint8Array.from(criteria, (criterion) => (criterion.area === "client" ? CLIENT : criterion.area === "fit" ? FIT : MARKET));
  const hasMarket = areaOf.includes(MARKET);
  const { scores, knockedOut } = result;
  const { client: clientScores, fit: fitScores, market: marketScores } = result.areaScores;
  const hasMissing = run.hasMissing;
  const round = roundScore; // a local: an imported binding is a property read per call in CommonJS builds
  return (criterionScores, k) => {
    let sum = 0, total = 0, clientSum = 0, clientTotal = 0, fitSum = 0, fitTotal = 0, marketSum = 0, marketTotal = 0;
    let out = 0;
    let missing = 0;
    for (let j = 0; j < c; j++) {
      let s = criterionScores[j];
      const w = weight[j];
      if (s !== s) {
        missing = 1;
        if (ignoreMissing[j]) continue;
        s = 0;
      }
      sum += w * s;
      total += w;
      const area = areaOf[j];
      if (area === CLIENT) {
        clientSum += w * s;
        clientTotal += w;
      } else if (area === FIT) {
        fitSum += w * s;
        fitTotal += w;
      } else {
        marketSum += w * s;
        marketTotal += w;
      }
      if (s < below[j]) out = 1;
    }
    const r = members[k];
    if (missing) hasMissing[r] = 1;
    scores[r] = total > 0 ? round(sum / total) : NaN;
    clientScores[r] = clientTotal > 0 ? round(clientSum / clientTotal) : NaN;
    fitScores[r] = fitTotal > 0 ? round(fitSum / fitTotal) : NaN;
    if (hasMarket) marketScores[r] = marketTotal > 0 ? round(marketSum / marketTotal) : NaN;
    knockedOut[r] = out;
  };
}

function assignGrades(run: ProfileRun): void {
  const { profile, members, result } = run;
  const grades = profile.scale.grades;
  const last = grades.length - 1;
  const { scores, knockedOut } = result;
  const gradeIndex = run.gradeIndex;
  const setGrade = (r: number, g: number) => {
    result.grades[r] = grades[g];
    if (gradeIndex) gradeIndex[r] = g;
  };
  if (profile.scale.mode === "thresholds") {
    const cutoffs = profile.scale.cutoffs ?? [];
    for (let k = 0; k < members.length; k++) {
      const r = members[k];
      if (knockedOut[r]) setGrade(r, last);
      else if (scores[r] === scores[r]) setGrade(r, thresholdGradeIndex(scores[r], cutoffs));
    }
    return;
  }
  // Quantiles rank only the clients with a score that are not knocked out; those get the last grade anyway.
  const pool: number[] = [];
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    if (knockedOut[r]) setGrade(r, last);
    else if (scores[r] === scores[r]) pool.push(r);
  }
  const poolIndices = Int32Array.from(pool);
  const gradeIndices = quantileGradeIndices(scores, poolIndices, profile.scale.shares ?? []);
  for (let i = 0; i < poolIndices.length; i++) setGrade(poolIndices[i], gradeIndices[i]);
}
