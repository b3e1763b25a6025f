// Rating the rows of one profile: criterion scores column by column, weighted client and area
// scores, rounding, knockouts, grades, each criterion's points and the reason text per client.
import { CELL_BLANK, CELL_ERROR, CELL_OK, type ColumnCache } from "./columns";
import { quantileGradeIndices, thresholdGradeIndex } from "./grading";
import { findColumn } from "./headers";
import { reasonWords } from "./labels";
import type { Criterion, Profile } from "./profile";
import { buildReason, REASON_GAINS, REASON_LOSSES, REASON_MAX_LENGTH, SHOWN_POINTS } from "./reasons";
import { ReasonText } from "./reasonText";
import { categoryScorer, roundScore, scoreNumber, scoreRecency } from "./scoring";
import type { ClientTable, Locale, RatingResult } from "./types";
import { readText } from "./values";

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
  /** Whether to write the reason text per client. */
  texts: boolean;
}

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

/** scoreCriterion through the cache's kept scores; the missing-value tally counts either way. */
function keptCriterionScores(run: ProfileRun, slot: string, criterion: Criterion, column: number, tally: MissingTally | null): Float64Array {
  let kept = keptScores.get(run.cache);
  if (!kept) keptScores.set(run.cache, (kept = new Map()));
  const signature = `${column}|${run.locale}|${criterion.rule.type === "recency" ? run.asOfDay : ""}|${JSON.stringify(criterion.rule)}`;
  let entry = kept.get(slot);
  if (!entry || entry.signature !== signature || !sameRows(entry.members, run.members)) {
    const missing = { count: 0, blank: 0, error: 0, unreadable: 0 };
    entry = { signature, members: run.members, scores: scoreCriterion(run, criterion, column, missing), missing };
    kept.set(slot, entry);
  }
  if (tally) {
    tally.count += entry.missing.count;
    tally.blank += entry.missing.blank;
    tally.error += entry.missing.error;
    tally.unreadable += entry.missing.unreadable;
  }
  return entry.scores;
}

/** Criterion scores for the members (by position); NaN where the value is missing or unreadable. */
function scoreCriterion(run: ProfileRun, criterion: Criterion, column: number, tally: Omit<MissingTally, "column">): Float64Array {
  const { members, cache, locale, asOfDay } = run;
  const m = members.length;
  const out = new Float64Array(m).fill(NaN);
  if (column < 0) return out;
  const rule = criterion.rule;
  // Local bindings: in CommonJS builds an imported binding is a property read on every use.
  const OK = CELL_OK;
  const numberScore = scoreNumber;
  const recencyScore = scoreRecency;
  let status: Uint8Array;
  if (rule.type === "categories") {
    const text = cache.text(column);
    status = text.status;
    // Each distinct text is scored once; rows look their score up by code.
    const scoreOfCode = Float64Array.from(text.distinct, categoryScorer(rule));
    const codes = text.codes;
    for (let k = 0; k < m; k++) {
      const code = codes[members[k]];
      if (code >= 0) out[k] = scoreOfCode[code];
    }
  } else if (rule.type === "recency") {
    const dates = cache.dates(column, locale);
    status = dates.status;
    for (let k = 0; k < m; k++) {
      const r = members[k];
      if (status[r] === OK) out[k] = recencyScore(rule, asOfDay - dates.values[r]);
    }
  } else {
    const numbers = cache.numbers(column, locale);
    status = numbers.status;
    const values = numbers.values;
    if (rule.type === "range") {
      for (let k = 0; k < m; k++) {
        const r = members[k];
        if (status[r] === OK) out[k] = numberScore(rule, values[r]);
      }
    } else {
      // higher and lower inlined: the same formulas as scoreNumber, without a switch per cell.
      const { min, max } = rule;
      const span = max - min;
      const higher = rule.type === "higher";
      for (let k = 0; k < m; k++) {
        const r = members[k];
        if (status[r] !== OK) continue;
        const x = values[r];
        if (higher) out[k] = x <= min ? 0 : x >= max ? 100 : (100 * (x - min)) / span;
        else out[k] = x <= min ? 100 : x >= max ? 0 : (100 * (max - x)) / span;
      }
    }
  }
  for (let k = 0; k < m; k++) {
    const s = status[members[k]];
    if (s === OK) continue;
    tally.count++;
    if (s === CELL_BLANK) tally.blank++;
    else if (s === CELL_ERROR) tally.error++;
    else tally.unreadable++;
  }
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

export function rateProfile(run: ProfileRun): void {
  const { profile, members, result } = run;
  const m = members.length;
  const criteria = profile.criteria;
  const columns = resolveColumns(run);

  const tallied = new Set<number>();
  const criterionScores = criteria.map((criterion, j) => {
    const column = columns[j];
    let tally: MissingTally | null = null;
    if (column >= 0 && !tallied.has(column)) {
      tallied.add(column);
      const name = run.table.headers[column];
      tally = run.missingTallies.get(name) ?? { column: name, count: 0, blank: 0, error: 0, unreadable: 0 };
      run.missingTallies.set(name, tally);
    }
    return keptCriterionScores(run, `${run.result.profileIndex[members[0]]}:${j}`, criterion, column, tally);
  });

  const weighted = new Float64Array(m);
  const weights = new Float64Array(m);
  const areaWeighted = { client: new Float64Array(m), fit: new Float64Array(m), market: new Float64Array(m) };
  const areaWeights = { client: new Float64Array(m), fit: new Float64Array(m), market: new Float64Array(m) };
  const knocked = new Uint8Array(m);

  criteria.forEach((criterion, j) => {
    const scores = criterionScores[j];
    const w = criterion.weight;
    const ignoreMissing = criterion.missing === "ignore";
    const below = criterion.knockout ? criterion.knockout.below : -1;
    const aw = areaWeighted[criterion.area];
    const at = areaWeights[criterion.area];
    for (let k = 0; k < m; k++) {
      let s = scores[k];
      if (s !== s) {
        run.hasMissing[members[k]] = 1;
        if (ignoreMissing) continue;
        s = 0;
      }
      weighted[k] += w * s;
      weights[k] += w;
      aw[k] += w * s;
      at[k] += w;
      if (s < below) knocked[k] = 1;
    }
  });

  const scores = result.scores;
  const hasMarket = criteria.some((c) => c.area === "market");
  const [cw, ct, fw, ft, mw, mt] = [areaWeighted.client, areaWeights.client, areaWeighted.fit, areaWeights.fit, areaWeighted.market, areaWeights.market];
  const { client: clientScores, fit: fitScores, market: marketScores } = result.areaScores;
  const round = roundScore; // a local: an imported binding is a property read per call in CommonJS builds
  for (let k = 0; k < m; k++) {
    const r = members[k];
    scores[r] = weights[k] > 0 ? round(weighted[k] / weights[k]) : NaN;
    clientScores[r] = ct[k] > 0 ? round(cw[k] / ct[k]) : NaN;
    fitScores[r] = ft[k] > 0 ? round(fw[k] / ft[k]) : NaN;
    if (hasMarket) marketScores[r] = mt[k] > 0 ? round(mw[k] / mt[k]) : NaN;
    result.knockedOut[r] = knocked[k];
  }

  result.criterionScores[result.profileIndex[members[0]]] = criterionScores;
  for (let k = 0; k < m; k++) result.memberPosition[members[k]] = k;
  assignGrades(run, knocked);
  if (run.texts) writeReasons(run, criterionScores, columns, weights);
}

function assignGrades(run: ProfileRun, knocked: Uint8Array): void {
  const { profile, members, result } = run;
  const grades = profile.scale.grades;
  const last = grades.length - 1;
  const scores = result.scores;
  if (profile.scale.mode === "thresholds") {
    const cutoffs = profile.scale.cutoffs ?? [];
    for (let k = 0; k < members.length; k++) {
      const r = members[k];
      if (knocked[k]) result.grades[r] = grades[last];
      else if (scores[r] === scores[r]) result.grades[r] = grades[thresholdGradeIndex(scores[r], cutoffs)];
    }
    return;
  }
  // Quantiles rank only the clients with a score that are not knocked out; those get the last grade anyway.
  const pool: number[] = [];
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    if (knocked[k]) result.grades[r] = grades[last];
    else if (scores[r] === scores[r]) pool.push(r);
  }
  const poolIndices = Int32Array.from(pool);
  const gradeIndices = quantileGradeIndices(scores, poolIndices, profile.scale.shares ?? []);
  for (let i = 0; i < poolIndices.length; i++) result.grades[poolIndices[i]] = grades[gradeIndices[i]];
}

function cellText(run: ProfileRun, row: number, column: number): string {
  if (column < 0) return "";
  const read = readText(run.table.rows[row]?.[column]);
  if (read.ok) return read.value.length > 20 ? read.value.slice(0, 19) + "…" : read.value;
  return read.reason === "error" ? read.detail : "";
}

/** Inserts criterion `j` with `value` into the descending top list (`count` entries, at most `size`); returns the new count. */
function insertTop(criteria: Int32Array, values: Float64Array, count: number, size: number, j: number, value: number): number {
  let at = count < size ? count : size - 1;
  if (count === size && value <= values[at]) return count;
  while (at > 0 && values[at - 1] < value) {
    criteria[at] = criteria[at - 1];
    values[at] = values[at - 1];
    at--;
  }
  criteria[at] = j;
  values[at] = value;
  return count < size ? count + 1 : count;
}

/** Drops from the gains the criteria named as losses (each criterion is named once), keeping REASON_GAINS at most. */
function withoutLosses(gainCriteria: Int32Array, gainPoints: Float64Array, gains: number, limit: number, lossCriteria: Int32Array, losses: number): number {
  let kept = 0;
  for (let i = 0; i < gains && kept < limit; i++) {
    let named = false;
    for (let l = 0; l < losses; l++) if (lossCriteria[l] === gainCriteria[i]) named = true;
    if (named) continue;
    gainCriteria[kept] = gainCriteria[i];
    gainPoints[kept++] = gainPoints[i];
  }
  return kept;
}

function writeReasons(run: ProfileRun, criterionScores: Float64Array[], columns: number[], weights: Float64Array): void {
  const { profile, members, result } = run;
  const words = reasonWords(profile.language);
  const labels = profile.criteria.map((criterion) => criterion.column);
  const text = new ReasonText(words, labels);
  const criteria = profile.criteria;
  const c = criteria.length;
  // Imported bindings are property reads on every use in CommonJS builds: local copies for the loop.
  const shown = SHOWN_POINTS;
  const lossRoom = REASON_LOSSES;
  // Per criterion, read once instead of per client.
  const below = Float64Array.from(criteria, (criterion) => (criterion.knockout ? criterion.knockout.below : -Infinity));
  const ignore = criteria.map((criterion) => criterion.missing === "ignore");
  const weight = Float64Array.from(criteria, (criterion) => criterion.weight);
  // Scratch lists for one client, reused: knockouts, missing, the largest gains and losses.
  const koLabels: string[] = new Array(c);
  const koValues: string[] = new Array(c);
  const koScores = new Float64Array(c);
  const koBelow = new Float64Array(c);
  const missing: string[] = new Array(c);
  // Gains are collected beyond REASON_GAINS: those also named as losses are left out afterwards.
  const gainLimit = REASON_GAINS;
  const gainRoom = REASON_GAINS + REASON_LOSSES;
  const gainCriteria = new Int32Array(gainRoom);
  const gainPoints = new Float64Array(gainRoom);
  const lossCriteria = new Int32Array(REASON_LOSSES);
  const lossPoints = new Float64Array(REASON_LOSSES);
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    let knockouts = 0;
    let missingCount = 0;
    let gains = 0;
    let losses = 0;
    let allMet = true;
    for (let j = 0; j < c; j++) {
      const raw = criterionScores[j][k];
      const isMissing = raw !== raw;
      const s = isMissing ? (ignore[j] ? NaN : 0) : raw;
      if (s !== 100) allMet = false;
      if (s < below[j]) {
        koLabels[knockouts] = labels[j];
        koValues[knockouts] = cellText(run, r, columns[j]);
        koScores[knockouts] = s;
        koBelow[knockouts] = below[j];
        knockouts++;
        continue;
      }
      if (isMissing) {
        missing[missingCount++] = labels[j];
        continue;
      }
      const total = weights[k];
      if (!(total > 0)) continue;
      const gain = (weight[j] * s) / total;
      const loss = (weight[j] * (100 - s)) / total;
      if (gain >= shown) gains = insertTop(gainCriteria, gainPoints, gains, gainRoom, j, gain);
      if (loss >= shown) losses = insertTop(lossCriteria, lossPoints, losses, lossRoom, j, loss);
    }
    const scoreMissing = result.scores[r] !== result.scores[r];
    if (scoreMissing && knockouts === 0 && missingCount === 0) {
      result.reasons[r] = words.noData;
      continue;
    }
    if (allMet) {
      result.reasons[r] = words.allMet;
      continue;
    }
    gains = withoutLosses(gainCriteria, gainPoints, gains, gainLimit, lossCriteria, losses);
    const reason = text.build(koLabels, koValues, koScores, koBelow, knockouts, missing, missingCount, gainCriteria, gainPoints, gains, lossCriteria, lossPoints, losses);
    // Too long for one cell: buildReason shortens it until it fits.
    result.reasons[r] =
      reason.length <= REASON_MAX_LENGTH
        ? reason
        : buildReason(
            {
              knockouts: Array.from({ length: knockouts }, (_, i) => ({ label: koLabels[i], value: koValues[i], score: koScores[i], below: koBelow[i] })),
              missing: missing.slice(0, missingCount),
              gains: Array.from({ length: gains }, (_, i) => ({ label: labels[gainCriteria[i]], points: gainPoints[i] })),
              losses: Array.from({ length: losses }, (_, i) => ({ label: labels[lossCriteria[i]], points: lossPoints[i] })),
              allMet: false,
            },
            words,
          );
  }
}
