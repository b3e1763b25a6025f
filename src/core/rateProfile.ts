// Rating the rows of one profile: criterion scores column by column, weighted client and area
// scores, rounding, knockouts, grades and the reason text per client.
import { CELL_BLANK, CELL_ERROR, CELL_OK, type ColumnCache } from "./columns";
import { quantileGradeIndices, thresholdGradeIndex } from "./grading";
import { findColumn } from "./headers";
import { reasonWords } from "./labels";
import type { Criterion, Profile } from "./profile";
import { buildReason, REASON_MAX_LENGTH } from "./reasons";
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

/** Criterion scores for the members (by position); NaN where the value is missing or unreadable. */
function scoreCriterion(run: ProfileRun, criterion: Criterion, column: number, tally: MissingTally | null): Float64Array {
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
  if (tally) {
    for (let k = 0; k < m; k++) {
      const s = status[members[k]];
      if (s === OK) continue;
      tally.count++;
      if (s === CELL_BLANK) tally.blank++;
      else if (s === CELL_ERROR) tally.error++;
      else tally.unreadable++;
    }
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
    return scoreCriterion(run, criterion, column, tally);
  });

  const weighted = new Float64Array(m);
  const weights = new Float64Array(m);
  const areaWeighted = { client: new Float64Array(m), fit: new Float64Array(m) };
  const areaWeights = { client: new Float64Array(m), fit: new Float64Array(m) };
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
  for (let k = 0; k < m; k++) {
    const r = members[k];
    scores[r] = weights[k] > 0 ? roundScore(weighted[k] / weights[k]) : NaN;
    result.areaScores.client[r] = areaWeights.client[k] > 0 ? roundScore(areaWeighted.client[k] / areaWeights.client[k]) : NaN;
    result.areaScores.fit[r] = areaWeights.fit[k] > 0 ? roundScore(areaWeighted.fit[k] / areaWeights.fit[k]) : NaN;
    result.knockedOut[r] = knocked[k];
  }

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

function writeReasons(run: ProfileRun, criterionScores: Float64Array[], columns: number[], weights: Float64Array): void {
  const { profile, members, result } = run;
  const words = reasonWords(profile.language);
  const labels = profile.criteria.map((criterion) => criterion.column);
  const text = new ReasonText(words, labels);
  const criteria = profile.criteria;
  const c = criteria.length;
  // Per criterion, read once instead of per client.
  const below = Float64Array.from(criteria, (criterion) => (criterion.knockout ? criterion.knockout.below : -Infinity));
  const ignore = criteria.map((criterion) => criterion.missing === "ignore");
  const weight = Float64Array.from(criteria, (criterion) => criterion.weight);
  // Scratch lists for one client, reused: knockouts, missing, the two weakest.
  const koLabels: string[] = new Array(c);
  const koValues: string[] = new Array(c);
  const koScores = new Float64Array(c);
  const koBelow = new Float64Array(c);
  const missing: string[] = new Array(c);
  const weakCriteria = new Int32Array(2);
  const weakScores = new Float64Array(2);
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    let knockouts = 0;
    let missingCount = 0;
    let first = -1;
    let second = -1;
    let firstLoss = 0;
    let secondLoss = 0;
    for (let j = 0; j < c; j++) {
      const raw = criterionScores[j][k];
      const isMissing = raw !== raw;
      const s = isMissing ? (ignore[j] ? NaN : 0) : raw;
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
      const loss = weights[k] > 0 ? (weight[j] * (100 - s)) / weights[k] : 0;
      if (loss > firstLoss) {
        second = first;
        secondLoss = firstLoss;
        first = j;
        firstLoss = loss;
      } else if (loss > secondLoss) {
        second = j;
        secondLoss = loss;
      }
    }
    const scoreMissing = result.scores[r] !== result.scores[r];
    if (scoreMissing && knockouts === 0 && missingCount === 0) {
      result.reasons[r] = words.noData;
      continue;
    }
    let weakest = 0;
    if (first >= 0) {
      weakCriteria[weakest] = first;
      weakScores[weakest++] = criterionScores[first][k];
    }
    if (second >= 0) {
      weakCriteria[weakest] = second;
      weakScores[weakest++] = criterionScores[second][k];
    }
    const reason = text.build(koLabels, koValues, koScores, koBelow, knockouts, missing, missingCount, weakCriteria, weakScores, weakest);
    // Too long for one cell: buildReason drops detail until it fits.
    result.reasons[r] =
      reason.length <= REASON_MAX_LENGTH
        ? reason
        : buildReason(
            {
              knockouts: Array.from({ length: knockouts }, (_, i) => ({ label: koLabels[i], value: koValues[i], score: koScores[i], below: koBelow[i] })),
              missing: missing.slice(0, missingCount),
              weakest: Array.from({ length: weakest }, (_, i) => ({ label: labels[weakCriteria[i]], score: weakScores[i] })),
            },
            words,
          );
  }
}
