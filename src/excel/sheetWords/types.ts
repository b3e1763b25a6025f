// The words of the sheets the add-in builds (Pareto, Rating profile), one table per language.
// Placeholders in braces are filled by fill(); {vitalFew} / {VitalFew} is always core's Pareto class
// word (lower / first letter upper), so the Pareto sheet and the client sheet use one term.
import type { ColumnKey } from "../../core/headers";

export interface ParetoSheetWords {
  title: string; // {value}
  clientsWithValue: string;
  total: string; // {value}
  vitalFewCount: string; // {VitalFew} {target}
  vitalFewShare: string; // {vitalFew}
  largestClient: string;
  largestShare: string;
  top20Share: string;
  hhi: string;
  lossMakers: string;
  excluded: string;
  /** Clients whose value is too large to add up. */
  tooLarge: string;
  warningLabel: string;
  concentrationWarning: string;
  effortShare: string; // {vitalFew} {effort}
  noteLabel: string;
  totalNotPositive: string;
  noReadableValue: string;
  rank: string;
  client: string;
  cumulativeShare: string;
  targetLine: string; // {target}
  others: string; // {count}
  paretoChartTitle: string;
  whaleChartTitle: string;
  pivotClients: string;
  pivotSum: string; // {value}
  pivotShare: string; // {value}
}

interface ProfileSheetWords {
  sheetName: string;
  title: string;
  note: string;
  profile: string;
  appliesTo: string;
  appliesWhere: string; // {column} {values}
  appliesRest: string;
  appliesAll: string;
  or: string;
  grades: string;
  gradeFrom: string; // {grade} {cutoff}
  gradeBelow: string; // {grade} {cutoff}
  byRank: string; // {list}
  gradeShare: string; // {grade} {share}
  gradeRest: string; // {grade}
  ratingDate: string;
  ratingDateFixed: string; // {date}
  ratingDateToday: string;
  pareto: string;
  paretoBy: string; // {value} {vitalFew} {target}
  paretoEffort: string; // {effort}
  criterion: string;
  column: string;
  area: string;
  rule: string;
  weight: string;
  share: string;
  areaClient: string;
  areaFit: string;
  areaMarket: string;
  rules: {
    higher: string; // {min} {max}
    lower: string; // {min} {max}
    range: string; // {min} {idealLow} {idealHigh} {max}
    categories: string; // {otherwise}
    recency: string; // {fullDays} {zeroDays}
  };
  knockout: string; // {below}
  leftOutWhenMissing: string;
  categoryValue: string; // {criterion}
  points: string;
  anyOtherValue: string;
  /** Names for the criteria of the default profile (their ids are these keys). */
  criterionNames: Partial<Record<ColumnKey, string>>;
}

export interface SheetWords {
  /** BCP 47 tag for numbers and dates written inside text. */
  numberLocale: string;
  pareto: ParetoSheetWords;
  profile: ProfileSheetWords;
}
