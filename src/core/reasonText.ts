// The reason text of one client written straight into a string, without the ReasonParts objects and
// arrays buildReason works on: 100,000 clients make that garbage count. It gives what buildReason's
// first, full attempt gives; when that is too long for a cell the caller falls back to buildReason.
import type { ReasonWords } from "./labels";
import { formatScore } from "./reasons";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class ReasonText {
  /** Segment heads as the first segment (capitalized) and as a later one. */
  private readonly heads: { knockedOut: [string, string]; missing: [string, string]; weakest: [string, string] };
  /** formatScore() of every score in tenths from 0 to 100, alone and as "35.5/100", made once. */
  private readonly tenths: string[] = [];
  private readonly outOf100: string[] = [];
  /** Per criterion: "Label " as the first weakest item and ", Label " as the second. */
  private readonly itemStart: string[];
  private readonly nextItemStart: string[];
  readonly allMet: string;

  constructor(private readonly words: ReasonWords, private readonly labels: readonly string[]) {
    const head = (word: string): [string, string] => [capitalize(`${word}: `), `${word}: `];
    this.heads = { knockedOut: head(words.knockedOut), missing: head(words.missing), weakest: head(words.weakest) };
    for (let t = 0; t <= 1000; t++) {
      this.tenths.push(formatScore(t / 10, words.decimal));
      this.outOf100.push(`${this.tenths[t]}/100`);
    }
    this.itemStart = labels.map((label) => `${label} `);
    this.nextItemStart = labels.map((label) => `, ${label} `);
    this.allMet = words.allMet;
  }

  private score100(score: number): string {
    const t = Math.round(score * 10);
    return t >= 0 && t <= 1000 ? this.outOf100[t] : `${formatScore(score, this.words.decimal)}/100`;
  }

  /** formatScore(score, decimal), from the table when the score is a tenth between 0 and 100. */
  score(score: number): string {
    const t = Math.round(score * 10);
    return t >= 0 && t <= 1000 ? this.tenths[t] : formatScore(score, this.words.decimal);
  }

  /**
   * Knockouts as (label, cell text, score, below); missing labels; up to two weakest (criterion index
   * into `labels`, score): the first `knockoutCount` / `missingCount` / `weakestCount` entries of each list.
   */
  build(
    knockoutLabels: readonly string[], knockoutValues: readonly string[], knockoutScores: ArrayLike<number>, knockoutBelow: ArrayLike<number>, knockoutCount: number,
    missing: readonly string[], missingCount: number,
    weakestCriteria: ArrayLike<number>, weakestScores: ArrayLike<number>, weakestCount: number,
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
    if (weakestCount > 0) {
      text += first ? this.heads.weakest[0] : "; " + this.heads.weakest[1];
      first = 0;
      // Few string pieces per client: 100,000 reasons make every extra piece count in the garbage collector.
      for (let i = 0; i < weakestCount; i++) text += (i > 0 ? this.nextItemStart : this.itemStart)[weakestCriteria[i]] + this.score100(weakestScores[i]);
    }
    return first ? this.allMet : text;
  }
}
