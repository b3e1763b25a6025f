import { languageOf } from "../../core/language";
import { en, type MessageKey, type Messages } from "./en";
import { nl } from "./nl";
import { de } from "./de";
import { hu } from "./hu";

export type { MessageKey, Messages };
export type Language = "en" | "nl" | "de" | "hu";
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const MESSAGES: Record<Language, Messages> = { en, nl, de, hu };

/** "nl-NL" -> "nl"; anything we do not speak falls back to English. */
export const pickLanguage: (displayLanguage: string | undefined) => Language = languageOf;

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, params) => interpolate(messages[key] ?? en[key] ?? key, params);
}
