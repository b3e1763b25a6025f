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

/** What scoring a client reads: the rating's sheet, profile, members, parsed columns, number locale and rating day. */
export type ClientScoring = Pick<ProfileRun, "table" | "profile" | "members" | "cache" | "locale" | "asOfDay">;

/**
 * One client's criterion scores at a time (NaN where missing), as the kept path computes them. Holds the category
 * codes and day counts of `scoring.cache`: a scorer kept past the rating needs a cache of its own.
 */
export class ClientScorer {
  private readonly kinds: Uint8Array;
  private readonly rules: Rule[];
  private readonly mins: Float64Array;
  private readonly maxs: Float64Array;
  private readonly codes: Int32Array[] = [];
  private readonly scoreOfCode: Float64Array[] = [];
  private readonly days: Float64Array[] = [];
  private readonly status: Uint8Array[] = [];
  /** Per criterion, why the members' values were missing (number cells counted as they are scored). */
  readonly missing: Missing[];

  constructor(
    private readonly scoring: ClientScoring,
    private readonly columns: readonly number[],
  ) {
    const { cache, members, locale } = scoring;
    const criteria = scoring.profile.criteria;
    this.missing = criteria.map(() => ({ count: 0, blank: 0, error: 0, unreadable: 0 }));
    this.kinds = Uint8Array.from(criteria, (criterion, j) => kindOf(criterion.rule, columns[j]));
    this.rules = criteria.map((criterion) => criterion.rule);
    this.mins = Float64Array.from(this.rules, (rule) => (isNumberRule(rule) ? rule.min : NaN));
    this.maxs = Float64Array.from(this.rules, (rule) => (isNumberRule(rule) ? rule.max : NaN));
    for (let j = 0; j < criteria.length; j++) {
      const rule = this.rules[j];
      this.codes.push(NO_CODES);
      this.scoreOfCode.push(NO_VALUES);
      this.days.push(NO_VALUES);
      this.status.push(NO_STATUS);
      if (this.kinds[j] === CATEGORIES && rule.type === "categories") {
        const text = cache.text(columns[j]);
        this.codes[j] = text.codes;
        this.scoreOfCode[j] = Float64Array.from(text.distinct, categoryScorer(rule));
        tallyMissing(text.status, members, this.missing[j]);
      } else if (this.kinds[j] === RECENCY) {
        const dates = cache.dates(columns[j], locale);
        this.days[j] = dates.values;
        this.status[j] = dates.status;
        tallyMissing(dates.status, members, this.missing[j]);
      }
    }
  }

  /** Client (table row) `r`'s criterion scores into `out`; with `count`, its unreadable number cells into `missing`. */
  scoreInto(r: number, out: Float64Array, count: boolean): void {
    const { kinds, columns, mins, maxs, rules, codes, scoreOfCode, days, status } = this;
    const { locale, asOfDay } = this.scoring;
    const row = this.scoring.table.rows[r];
    for (let j = 0; j < kinds.length; j++) {
      const kind = kinds[j];
      if (kind <= RANGE) {
        const cell = row?.[columns[j]];
        let x: number;
        // Plain numbers are by far the most common cell: no call and no Read object for them.
        if (typeof cell === "number" && cell - cell === 0) x = cell;
        else {
          const read = readNumber(cell, locale, this.scoring.table.numberFormats?.[r]?.[columns[j]]);
          if (!read.ok) {
            out[j] = NaN;
            if (!count) continue;
            const counts = this.missing[j];
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
        if (kind === HIGHER) out[j] = x <= min ? 0 : x >= max ? 100 : (100 * (x - min)) / (max - min);
        else if (kind === LOWER) out[j] = x <= min ? 100 : x >= max ? 0 : (100 * (max - x)) / (max - min);
        else out[j] = scoreNumber(rules[j] as Parameters<typeof scoreNumber>[0], x);
      } else if (kind === CATEGORIES) {
        const code = codes[j][r];
        out[j] = code >= 0 ? scoreOfCode[j][code] : NaN;
      } else if (kind === RECENCY) {
        out[j] = status[j][r] === CELL_OK ? scoreRecency(rules[j] as Parameters<typeof scoreRecency>[0], asOfDay - days[j][r]) : NaN;
      } else out[j] = NaN;
    }
  }
}

/**
 * Computes each member's criterion scores into one small array and calls `weigh` with it and the member's
 * position; returns per criterion why values were missing.
 */
export function scoreClientByClient(scoring: ClientScoring, columns: number[], weigh: (criterionScores: Float64Array, k: number) => void): Missing[] {
  const scorer = new ClientScorer(scoring, columns);
  const members = scoring.members;
  const clientScores = new Float64Array(columns.length);
  for (let k = 0; k < members.length; k++) {
    scorer.scoreInto(members[k], clientScores, true);
    weigh(clientScores, k);
  }
  return scorer.missing;
}
