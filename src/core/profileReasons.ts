// The reason text of one client of one profile, built when it is asked for (the Excel writer asks per
// chunk it writes, the Focus sheet for its few): a million clients then never hold a million strings.
// Everything that is the same for every client of the profile is set up once, in the constructor.
import { reasonWords, type ReasonWords } from "./labels";
import type { Profile } from "./profile";
import { buildReason, REASON_GAINS, REASON_LOSSES, REASON_MAX_LENGTH, SHOWN_POINTS } from "./reasons";
import { ReasonText } from "./reasonText";
import type { ClientTable } from "./types";
import { readText } from "./values";

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

export class ProfileReasons {
  private readonly words: ReasonWords;
  private readonly text: ReasonText;
  private readonly labels: string[];
  private readonly below: Float64Array;
  private readonly ignore: boolean[];
  private readonly weight: Float64Array;
  // Scratch lists for one client, reused: knockouts, missing, the largest gains and losses.
  private readonly koLabels: string[];
  private readonly koValues: string[];
  private readonly koScores: Float64Array;
  private readonly koBelow: Float64Array;
  private readonly missing: string[];
  // Gains are collected beyond REASON_GAINS: those also named as losses are left out afterwards.
  private readonly gainCriteria = new Int32Array(REASON_GAINS + REASON_LOSSES);
  private readonly gainPoints = new Float64Array(REASON_GAINS + REASON_LOSSES);
  private readonly lossCriteria = new Int32Array(REASON_LOSSES);
  private readonly lossPoints = new Float64Array(REASON_LOSSES);
  private readonly clientScores: Float64Array;

  /**
   * `scoresOf(k, r, out)` writes the criterion scores of the profile's k-th member, sheet row r, into `out`, as the
   * rating computed them; `scores` per client. Cells quoted by a knockout are read from `table` when asked.
   */
  constructor(
    profile: Profile,
    private readonly table: ClientTable,
    private readonly columns: readonly number[],
    private readonly scoresOf: (k: number, r: number, out: Float64Array) => void,
    private readonly scores: Float64Array,
  ) {
    this.words = reasonWords(profile.language);
    const criteria = profile.criteria;
    this.labels = criteria.map((criterion) => criterion.column);
    this.text = new ReasonText(this.words, this.labels);
    this.below = Float64Array.from(criteria, (criterion) => (criterion.knockout ? criterion.knockout.below : -Infinity));
    this.ignore = criteria.map((criterion) => criterion.missing === "ignore");
    this.weight = Float64Array.from(criteria, (criterion) => criterion.weight);
    const c = criteria.length;
    this.koLabels = new Array<string>(c);
    this.koValues = new Array<string>(c);
    this.koScores = new Float64Array(c);
    this.koBelow = new Float64Array(c);
    this.missing = new Array<string>(c);
    this.clientScores = new Float64Array(c);
  }

  private cellText(row: number, column: number): string {
    if (column < 0) return "";
    const read = readText(this.table.rows[row]?.[column]);
    if (read.ok) return read.value.length > 20 ? read.value.slice(0, 19) + "…" : read.value;
    return read.reason === "error" ? read.detail : "";
  }

  /** The reason of the profile's `k`-th member, sheet row `r`. */
  reasonOf(k: number, r: number): string {
    const { words, labels, below, ignore, weight } = this;
    const clientScores = this.clientScores;
    this.scoresOf(k, r, clientScores);
    const { koLabels, koValues, koScores, koBelow, missing, gainCriteria, gainPoints, lossCriteria, lossPoints } = this;
    const c = labels.length;
    const gainRoom = REASON_GAINS + REASON_LOSSES;
    let knockouts = 0;
    let missingCount = 0;
    let gains = 0;
    let losses = 0;
    let allMet = true;
    // The weight that counted, added in criterion order as the rating added it (rateProfile.ts), so the
    // same to the last bit: kept per member it was 8 MB more per rating at a million clients.
    let total = 0;
    for (let j = 0; j < c; j++) if (!(ignore[j] && clientScores[j] !== clientScores[j])) total += weight[j];
    for (let j = 0; j < c; j++) {
      const raw = clientScores[j];
      const isMissing = raw !== raw;
      const s = isMissing ? (ignore[j] ? NaN : 0) : raw;
      if (s !== 100) allMet = false;
      if (s < below[j]) {
        koLabels[knockouts] = labels[j];
        koValues[knockouts] = this.cellText(r, this.columns[j]);
        koScores[knockouts] = s;
        koBelow[knockouts] = below[j];
        knockouts++;
        continue;
      }
      if (isMissing) {
        missing[missingCount++] = labels[j];
        continue;
      }
      if (!(total > 0)) continue;
      const gain = (weight[j] * s) / total;
      const loss = (weight[j] * (100 - s)) / total;
      if (gain >= SHOWN_POINTS) gains = insertTop(gainCriteria, gainPoints, gains, gainRoom, j, gain);
      if (loss >= SHOWN_POINTS) losses = insertTop(lossCriteria, lossPoints, losses, REASON_LOSSES, j, loss);
    }
    const scoreMissing = this.scores[r] !== this.scores[r];
    if (scoreMissing && knockouts === 0 && missingCount === 0) return words.noData;
    if (allMet) return words.allMet;
    gains = withoutLosses(gainCriteria, gainPoints, gains, REASON_GAINS, lossCriteria, losses);
    const reason = this.text.build(koLabels, koValues, koScores, koBelow, knockouts, missing, missingCount, gainCriteria, gainPoints, gains, lossCriteria, lossPoints, losses);
    if (reason.length <= REASON_MAX_LENGTH) return reason;
    // Too long for one cell: buildReason shortens it until it fits.
    return buildReason(
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
