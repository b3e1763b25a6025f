// The reason text of one client written straight into a string, without the ReasonParts objects and
// arrays buildReason works on: 100,000 clients make that garbage count. It gives what buildReason's
// first, full attempt gives; when that is too long for a cell the caller falls back to buildReason.
import type { ReasonWords } from "./labels";
import { formatPoints, formatScore } from "./reasons";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const GAIN = 0;
const LOSS = 1;
const SIGNS = ["+", "-"];
const FIRST = 0;
const WITHIN = 1;
const NEXT = 2;
const SEPARATORS = ["", ", ", "; "];

/** Points are shown in tenths up to this many points from a table made once; above, computed. */
const TABLE_TENTHS = 1000;

export class ReasonText {
  /** Segment heads as the first segment (capitalized) and as a later one. */
  private readonly heads: { knockedOut: [string, string]; missing: [string, string] };
  /** formatScore() of every score in tenths from 0 to 100, made once. */
  private readonly tenths: string[] = [];
  /** formatPoints() of every amount of points in tenths from 0 to 100, made once. */
  private readonly points: string[] = [];
  /** Per criterion: " Label" as it follows the points. */
  private readonly labelAfter: string[];
  readonly allMet: string;
  /** Item strings by (criterion, sign, separator, whole points); see item(). */
  private readonly items: (string | undefined)[] = [];

  constructor(private readonly words: ReasonWords, labels: readonly string[]) {
    const head = (word: string): [string, string] => [capitalize(`${word}: `), `${word}: `];
    this.heads = { knockedOut: head(words.knockedOut), missing: head(words.missing) };
    for (let t = 0; t <= TABLE_TENTHS; t++) {
      this.tenths.push(formatScore(t / 10, words.decimal));
      this.points.push(formatPoints(t / 10, words.decimal));
    }
    this.labelAfter = labels.map((label) => ` ${label}`);
    this.allMet = words.allMet;
  }

  /** formatScore(score, decimal), from the table when the score is a tenth between 0 and 100. */
  score(score: number): string {
    const t = Math.round(score * 10);
    return t >= 0 && t <= TABLE_TENTHS ? this.tenths[t] : formatScore(score, this.words.decimal);
  }

  private pointsText(points: number): string {
    // formatPoints: whole points from 0.95, tenths below.
    if (points >= 0.95 && points <= 100) return this.points[Math.round(points) * 10];
    if (points >= 0 && points < 0.95) return this.tenths[Math.round(points * 10)];
    return formatPoints(points, this.words.decimal);
  }

  /**
   * "+27 Revenue" / "-9 Days late" with what goes before it (nothing, ", " or "; "), made once per
   * criterion, sign, separator and whole number of points, so a client's item is one ready string.
   */
  private item(sign: number, separator: number, criterion: number, points: number): string {
    if (!(points >= 0.95 && points <= 100)) {
      return SEPARATORS[separator] + SIGNS[sign] + this.pointsText(points) + this.labelAfter[criterion];
    }
    const whole = Math.round(points);
    const slot = ((criterion * 2 + sign) * 3 + separator) * 101 + whole;
    let text = this.items[slot];
    if (text === undefined) this.items[slot] = text = SEPARATORS[separator] + SIGNS[sign] + this.points[whole * 10] + this.labelAfter[criterion];
    return text;
  }

  /**
   * Knockouts as (label, cell text, score, below); missing labels; gains and losses as (criterion
   * index into `labels`, points), largest first: the first `...Count` entries of each list.
   */
  build(
    knockoutLabels: readonly string[], knockoutValues: readonly string[], knockoutScores: ArrayLike<number>, knockoutBelow: ArrayLike<number>, knockoutCount: number,
    missing: readonly string[], missingCount: number,
    gainCriteria: ArrayLike<number>, gainPoints: ArrayLike<number>, gainCount: number,
    lossCriteria: ArrayLike<number>, lossPoints: ArrayLike<number>, lossCount: number,
  ): string {
    let text = "";
    let first = 1;
    if (knockoutCount > 0) {
      text = this.heads.knockedOut[0];
      first = 0;
      for (let i = 0; i < knockoutCount; i++) {
        const value = knockoutValues[i];
        if (i > 0) text += ", ";
        text += `${knockoutLabels[i]} (${value === "" ? "" : value + " "}${this.score(knockoutScores[i])} < ${this.score(knockoutBelow[i])})`;
      }
    }
    if (missingCount > 0) {
      text += first ? this.heads.missing[0] : "; " + this.heads.missing[1];
      first = 0;
      for (let i = 0; i < missingCount; i++) text += i > 0 ? ", " + missing[i] : missing[i];
    }
    // Few string pieces per client: 100,000 reasons make every extra piece count in the garbage collector.
    for (let i = 0; i < gainCount; i++) {
      text += this.item(GAIN, i > 0 ? WITHIN : first ? FIRST : NEXT, gainCriteria[i], gainPoints[i]);
      first = 0;
    }
    for (let i = 0; i < lossCount; i++) {
      text += this.item(LOSS, i > 0 ? WITHIN : first ? FIRST : NEXT, lossCriteria[i], lossPoints[i]);
      first = 0;
    }
    return first ? "" : text;
  }
}
