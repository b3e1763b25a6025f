import { languageOf } from "../../core/language";
import { en, type MessageKey, type Messages } from "./en";

export type { MessageKey, Messages };
export type Language = "en" | "nl" | "de" | "hu";
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The other languages are chunks of their own, fetched before the panel first renders in one of them: a user reads
 * one language, and each would add some 18 KiB to the script every panel loads. English stays in as the fallback.
 */
const LOADERS: Record<Exclude<Language, "en">, () => Promise<Messages>> = {
  nl: () => import(/* webpackChunkName: "i18n-nl" */ "./nl").then((m) => m.nl),
  de: () => import(/* webpackChunkName: "i18n-de" */ "./de").then((m) => m.de),
  hu: () => import(/* webpackChunkName: "i18n-hu" */ "./hu").then((m) => m.hu),
};

const loaded: Partial<Record<Language, Messages>> = { en };
const loading = new Map<Language, Promise<void>>();

/** "nl-NL" -> "nl"; anything we do not speak falls back to English. */
export const pickLanguage: (displayLanguage: string | undefined) => Language = languageOf;

export function isLanguageLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/**
 * Fetches a language's texts once; later calls share the first. A failed fetch (say, the add-in's server out of
 * reach) is forgotten, so the next call tries again, and rejects: until then the panel speaks English.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || isLanguageLoaded(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (messages) => {
        loaded[language] = messages;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The language's texts if loaded (see loadLanguage), else English. */
export function createTranslator(language: Language): Translate {
  const messages = loaded[language] ?? en;
  return (key, params) => interpolate(messages[key] ?? en[key] ?? key, params);
}
