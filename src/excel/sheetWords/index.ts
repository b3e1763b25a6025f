// Sheet words by language, and the small helpers that fill their templates.
import type { Language } from "../../core/labels";
import { paretoClassWords } from "../../core/labels";
import { de } from "./de";
import { en } from "./en";
import { hu } from "./hu";
import { nl } from "./nl";
import type { SheetWords } from "./types";

export type { ParetoSheetWords, SheetWords } from "./types";

const WORDS: Record<Language, SheetWords> = { en, nl, de, hu };

export function sheetWords(language: Language | undefined): SheetWords {
  return WORDS[language ?? "en"] ?? en;
}

/** "{value} line" + { value: "80%" } -> "80% line"; an unknown placeholder stays as it is. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** The Pareto class word for "vital few" in both spellings the templates use. */
export function vitalFewParams(language: Language | undefined): { vitalFew: string; VitalFew: string } {
  const word = paretoClassWords(language).vitalFew;
  return { vitalFew: word, VitalFew: word.charAt(0).toUpperCase() + word.slice(1) };
}

/** Numbers and percentages as the language writes them inside text (1,234.5 / 1.234,5 / 1 234,5; 80% / 80 %). */
export function textNumbers(language: Language | undefined): { number(x: number): string; percent(share: number): string } {
  const tag = sheetWords(language).numberLocale;
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  return { number: (x) => number.format(x), percent: (s) => percent.format(s) };
}

export const SHEET_LANGUAGES: readonly Language[] = ["en", "nl", "de", "hu"];
