// The number criteria are scored row by row straight from the cells: every score and every missing-value
// count must be what parsing the column (ColumnCache.numbers) and scoring each value (scoreNumber) give.
import { CELL_BLANK, CELL_ERROR, CELL_OK, ColumnCache } from "../../src/core/columns";
import { scoreNumbersByRow, type NumberCriterion } from "../../src/core/numberScores";
import { scoreNumber } from "../../src/core/scoring";
import type { CellValue, ClientTable, Locale } from "../../src/core";

const kinds: CellValue[] = [12, "1,234.5", "1.234,5", "", null, "#N/A", true, "abc", Infinity, -0.5, " 7 ", "12%", "(3)", undefined, 1e308, 64.95, "€ 40"];
const rules: NumberCriterion["rule"][] = [
  { type: "higher", min: 0, max: 100 },
  { type: "lower", min: -1, max: 50 },
  { type: "range", min: 0, idealLow: 10, idealHigh: 20, max: 1500 },
];

function table(): ClientTable {
  const rows = Array.from({ length: 60 }, (_, r) => [kinds[r % kinds.length], kinds[(r * 7) % kinds.length], r * 1.5]);
  return { headers: ["A", "B", "C"], rows };
}

function expected(t: ClientTable, column: number, rule: NumberCriterion["rule"], members: Int32Array, locale: Locale) {
  const parsed = new ColumnCache(t).numbers(column, locale);
  const scores = Array.from(members, (r) => (parsed.status[r] === CELL_OK ? scoreNumber(rule, parsed.values[r]) : NaN));
  const status = Array.from(members, (r) => parsed.status[r]);
  const blank = status.filter((s) => s === CELL_BLANK).length;
  const error = status.filter((s) => s === CELL_ERROR).length;
  const count = status.filter((s) => s !== CELL_OK).length;
  return { scores, missing: { count, blank, error, unreadable: count - blank - error } };
}

describe("scoreNumbersByRow", () => {
  for (const locale of ["en", "de"] as const) {
    it(`scores several criteria, two on one column, as parsing and scoreNumber do (${locale})`, () => {
      const t = table();
      const members = Int32Array.from({ length: 40 }, (_, k) => k + Math.floor(k / 2));
      const wanted: [number, NumberCriterion["rule"]][] = [[0, rules[0]], [0, rules[2]], [1, rules[1]], [2, rules[2]], [1, rules[0]]];
      const criteria: NumberCriterion[] = wanted.map(([column, rule]) => ({
        rule, column, scores: new Float64Array(members.length), missing: { count: 0, blank: 0, error: 0, unreadable: 0 },
      }));
      scoreNumbersByRow(t, locale, members, criteria);
      criteria.forEach((criterion, j) => {
        const [column, rule] = wanted[j];
        const want = expected(t, column, rule, members, locale);
        expect(Array.from(criterion.scores)).toEqual(want.scores);
        expect(criterion.missing).toEqual(want.missing);
      });
      expect(criteria[0].missing.count).toBeGreaterThan(0);
      expect(criteria[0].missing.blank).toBeGreaterThan(0);
      expect(criteria[0].missing.error).toBeGreaterThan(0);
      expect(criteria[0].missing.unreadable).toBeGreaterThan(0);
    });
  }
});
