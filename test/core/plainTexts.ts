// The reason and flag text of one client made the plain way, independently of src/core's one-pass and
// on-demand code: the reason parts picked one by one as docs/DESIGN.md describes them, then buildReason;
// the flags as a list of words joined with ", ". The tests hold the rating's text against these.
import { buildReason, decisionWords, findColumn, flagWords, readText, reasonWords, type CellValue, type ClientTable, type Profile } from "../../src/core";
import { REASON_GAINS, REASON_LOSSES, SHOWN_POINTS, type ReasonParts } from "../../src/core/reasons";
import { FLAG_DISCOUNT, FLAG_EFFORT, FLAG_LATE, FLAG_LOSS } from "../../src/core/troublesome";
import type { RatingResult } from "../../src/core/types";

/** The cell text a knockout quotes: at most 20 characters, an Excel error as its code. */
function quotedCell(cell: CellValue | undefined): string {
  const read = readText(cell);
  if (read.ok) return read.value.length > 20 ? read.value.slice(0, 19) + "…" : read.value;
  return read.reason === "error" ? read.detail : "";
}

/** Largest first; equal points keep profile order. */
const largestFirst = (items: { label: string; points: number; j: number }[]) => [...items].sort((a, b) => b.points - a.points || a.j - b.j);

/** The plain path for client `r`: the parts chosen criterion by criterion, then buildReason. */
export function plainReason(table: ClientTable, profiles: Profile[], result: RatingResult, r: number): string {
  const p = result.profileIndex[r];
  if (p < 0) return reasonWords(profiles[0].language).noProfile;
  const profile = profiles[p];
  const words = reasonWords(profile.language);
  const k = result.memberPosition[r];
  const scores = result.criterionScores[p];
  const columns = profile.criteria.map((c) => findColumn(table.headers, c.column));
  const seen = profile.criteria.map((c, j) => {
    const raw = scores[j][k];
    const missing = Number.isNaN(raw);
    return { c, j, missing, s: missing ? (c.missing === "ignore" ? NaN : 0) : raw };
  });
  const total = seen.reduce((sum, x) => (Number.isNaN(x.s) ? sum : sum + x.c.weight), 0);
  const parts: ReasonParts = { knockouts: [], missing: [], gains: [], losses: [], allMet: seen.every((x) => x.s === 100) };
  const gains: { label: string; points: number; j: number }[] = [];
  const losses: { label: string; points: number; j: number }[] = [];
  for (const { c, j, missing, s } of seen) {
    if (c.knockout && s < c.knockout.below) {
      const cell = columns[j] >= 0 ? table.rows[r][columns[j]] : undefined;
      parts.knockouts.push({ label: c.column, value: columns[j] >= 0 ? quotedCell(cell) : "", score: s, below: c.knockout.below });
    } else if (missing) parts.missing.push(c.column);
    else if (total > 0) {
      const gain = (c.weight * s) / total;
      const loss = (c.weight * (100 - s)) / total;
      if (gain >= SHOWN_POINTS) gains.push({ label: c.column, points: gain, j });
      if (loss >= SHOWN_POINTS) losses.push({ label: c.column, points: loss, j });
    }
  }
  if (Number.isNaN(result.scores[r]) && parts.knockouts.length === 0 && parts.missing.length === 0) return words.noData;
  const shownLosses = largestFirst(losses).slice(0, REASON_LOSSES);
  const named = new Set(shownLosses.map((l) => l.j));
  const shownGains = largestFirst(gains).filter((g) => !named.has(g.j)).slice(0, REASON_GAINS);
  parts.losses = shownLosses.map(({ label, points }) => ({ label, points }));
  parts.gains = shownGains.map(({ label, points }) => ({ label, points }));
  return buildReason(parts, words);
}

/** The flags of client `r` as a list joined with ", ": knocked out, the troublesome flags, missing data. */
export function plainFlags(profiles: Profile[], result: RatingResult, r: number): string {
  const p = result.profileIndex[r];
  const language = profiles[p >= 0 ? p : 0].language;
  const words = flagWords(language);
  const more = decisionWords(language).flags;
  const bits = result.troubleFlags[r];
  const missingData = p >= 0 && result.criterionScores[p].some((scores) => Number.isNaN(scores[result.memberPosition[r]]));
  const named: [boolean, string][] = [
    [result.knockedOut[r] === 1, words.knockedOut],
    [(bits & FLAG_EFFORT) !== 0, words.costlyToServe],
    [(bits & FLAG_DISCOUNT) !== 0, more.discount],
    [(bits & FLAG_LATE) !== 0, more.late],
    [(bits & FLAG_LOSS) !== 0, more.loss],
    [missingData, words.missingData],
  ];
  return named.filter(([on]) => on).map(([, word]) => word).join(", ");
}
