// The number criteria (higher, lower, range) of one profile scored together, row by row: each row's
// cells are read while its array is at hand. One pass per criterion over a million row arrays cost
// about three times as much, and a parsed copy of every column was 9 MB more per criterion to collect.
import type { Rule } from "./profile";
import type { MissingTally } from "./rateProfile";
import { scoreNumber } from "./scoring";
import type { ClientTable, Locale } from "./types";
import { readNumber } from "./values";

type NumberRule = Extract<Rule, { type: "higher" | "lower" | "range" }>;

export interface NumberCriterion {
  rule: NumberRule;
  column: number;
  /** Filled by position in the members: the score, NaN where the cell holds no readable number. */
  scores: Float64Array;
  /** Counted here: why cells held no number. */
  missing: Omit<MissingTally, "column">;
}

export const isNumberRule = (rule: Rule): rule is NumberRule => rule.type === "higher" || rule.type === "lower" || rule.type === "range";

const HIGHER = 0;
const LOWER = 1;
const RANGE = 2;

/** Scores every criterion of `criteria` for the table rows `members`, reading cells as readNumber does. */
export function scoreNumbersByRow(table: ClientTable, locale: Locale, members: Int32Array, criteria: NumberCriterion[]): void {
  const q = criteria.length;
  if (q === 0) return;
  const rows = table.rows;
  const formats = table.numberFormats;
  const columns = Int32Array.from(criteria, (c) => c.column);
  const kinds = Uint8Array.from(criteria, (c) => (c.rule.type === "higher" ? HIGHER : c.rule.type === "lower" ? LOWER : RANGE));
  const mins = Float64Array.from(criteria, (c) => c.rule.min);
  const maxs = Float64Array.from(criteria, (c) => c.rule.max);
  const rules = criteria.map((c) => c.rule);
  const outs = criteria.map((c) => c.scores);
  const score = scoreNumber; // a local: an imported binding is a property read per call in CommonJS builds
  for (let k = 0; k < members.length; k++) {
    const r = members[k];
    const row = rows[r];
    for (let j = 0; j < q; j++) {
      const cell = row?.[columns[j]];
      let x: number;
      // Plain numbers are by far the most common cell: no call and no Read object for them.
      if (typeof cell === "number" && cell - cell === 0) x = cell;
      else {
        const read = readNumber(cell, locale, formats?.[r]?.[columns[j]]);
        if (!read.ok) {
          outs[j][k] = NaN;
          const missing = criteria[j].missing;
          missing.count++;
          if (read.reason === "blank") missing.blank++;
          else if (read.reason === "error") missing.error++;
          else missing.unreadable++;
          continue;
        }
        x = read.value;
      }
      // higher and lower inlined: the same formulas as scoreNumber, without a switch per cell.
      const kind = kinds[j];
      const min = mins[j];
      const max = maxs[j];
      if (kind === HIGHER) outs[j][k] = x <= min ? 0 : x >= max ? 100 : (100 * (x - min)) / (max - min);
      else if (kind === LOWER) outs[j][k] = x <= min ? 100 : x >= max ? 0 : (100 * (max - x)) / (max - min);
      else outs[j][k] = score(rules[j], x);
    }
  }
}
