// One profile's criterion scores computed client by client and handed straight to the weighing, for a
// rating that keeps none (no caller's own ColumnCache): no array the size of the sheet per criterion.
// Every score is computed as the kept path computes it (numberScores.ts for higher, lower and range,
// rateProfile.ts's scoreCriterion for categories and recency), so both give the same scores to the bit.
import { CELL_OK, tallyMissing } from "./columns";
import type { Rule } from "./profile";
import { isNumberRule } from "./numberScores";
import type { MissingTally, ProfileRun } from "./rateProfile";
import { categoryScorer, scoreNumber, scoreRecency } from "./scoring";
import { readNumber } from "./values";

const HIGHER = 0;
const LOWER = 1;
const RANGE = 2;
const CATEGORIES = 3;
const RECENCY = 4;
/** The column is missing from the sheet (or the rule scores nothing): NaN for every client. */
const NONE = 5;

type Missing = Omit<MissingTally, "column">;
const NO_CODES = new Int32Array(0);
const NO_VALUES = new Float64Array(0);
const NO_STATUS = new Uint8Array(0);

function kindOf(rule: Rule, column: number): number {
  if (column < 0) return NONE;
  if (isNumberRule(rule)) return rule.type === "higher" ? HIGHER : rule.type === "lower" ? LOWER : RANGE;
  return rule.type === "categories" ? CATEGORIES : rule.type === "recency" ? RECENCY : NONE;
}

/**
 * Computes each member's criterion scores (NaN where missing) into one small array and calls `weigh` with it
 * and the member's position; returns per criterion why values were missing.
 */
export function scoreClientByClient(run: ProfileRun, columns: number[], weigh: (criterionScores: Float64Array, k: number) => void): Missing[] {
  const { table, members, cache, locale, asOfDay } = run;
  const criteria = run.profile.criteria;
  const c = criteria.length;
  const missing: Missing[] = criteria.map(() => ({ count: 0, blank: 0, error: 0, unreadable: 0 }));
  const kinds = Uint8Array.from(criteria, (criterion, j) => kindOf(criterion.rule, columns[j]));
  const rules = criteria.map((criterion) => criterion.rule);
  const mins = Float64Array.from(rules, (rule) => (isNumberRule(rule) ? rule.min : NaN));
  const maxs = Float64Array.from(rules, (rule) => (isNumberRule(rule) ? rule.max : NaN));
  // Per criterion, what its kind reads: category codes and each code's score, or day counts and their status.
  const codes: Int32Array[] = [];
  const scoreOfCode: Float64Array[] = [];
  const days: Float64Array[] = [];
  const status: Uint8Array[] = [];
  for (let j = 0; j < c; j++) {
    const rule = rules[j];
    codes.push(NO_CODES);
    scoreOfCode.push(NO_VALUES);
    days.push(NO_VALUES);
    status.push(NO_STATUS);
    if (kinds[j] === CATEGORIES && rule.type === "categories") {
      const text = cache.text(columns[j]);
      codes[j] = text.codes;
      scoreOfCode[j] = Float64Array.from(text.distinct, categoryScorer(rule));
      tallyMissing(text.status, members, missing[j]);
    } else if (kinds[j] === RECENCY) {
      const dates = cache.dates(columns[j], locale);
      days[j] = dates.values;
      status[j] = dates.status;
      tallyMissing(dates.status, members, missing[j]);
    }
  }
  const rows = table.rows;
  const formats = table.numberFormats;
  const scoreOf = scoreNumber; // locals: an imported binding is a property read per call in CommonJS builds
  const recencyScore = scoreRecency;
  const OK = CELL_OK;
  const clientScores = new Float64Array(c);
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    const row = rows[r];
    for (let j = 0; j < c; j++) {
      const kind = kinds[j];
      if (kind <= RANGE) {
        const cell = row?.[columns[j]];
        let x: number;
        // Plain numbers are by far the most common cell: no call and no Read object for them.
        if (typeof cell === "number" && cell - cell === 0) x = cell;
        else {
          const read = readNumber(cell, locale, formats?.[r]?.[columns[j]]);
          if (!read.ok) {
            clientScores[j] = NaN;
            const counts = missing[j];
            counts.count++;
            if (read.reason === "blank") counts.blank++;
            else if (read.reason === "error") counts.error++;
            else counts.unreadable++;
            continue;
          }
          x = read.value;
        }
        const min = mins[j];
        const max = maxs[j];
        // The same formulas as scoreNumbersByRow (numberScores.ts), higher and lower inlined as there.
        if (kind === HIGHER) clientScores[j] = x <= min ? 0 : x >= max ? 100 : (100 * (x - min)) / (max - min);
        else if (kind === LOWER) clientScores[j] = x <= min ? 100 : x >= max ? 0 : (100 * (max - x)) / (max - min);
        else clientScores[j] = scoreOf(rules[j] as Parameters<typeof scoreNumber>[0], x);
      } else if (kind === CATEGORIES) {
        const code = codes[j][r];
        clientScores[j] = code >= 0 ? scoreOfCode[j][code] : NaN;
      } else if (kind === RECENCY) {
        clientScores[j] = status[j][r] === OK ? recencyScore(rules[j] as Parameters<typeof scoreRecency>[0], asOfDay - days[j][r]) : NaN;
      } else clientScores[j] = NaN;
    }
    weigh(clientScores, k);
  }
  return missing;
}
