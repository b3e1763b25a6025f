import { Spinner } from "@fluentui/react-components";
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { createTranslator, isLanguageLoaded, loadLanguage, pickLanguage, type Language, type Translate } from "./index";

export interface I18n {
  language: Language;
  /** The display language's tag for Intl (e.g. "de-DE"), for number fields. */
  numberTag: string;
  t: Translate;
  /** Numbers in the display language's convention (e.g. 1.234,5 in Dutch). */
  formatNumber(value: number, maximumFractionDigits?: number): string;
  /** 0.253 -> "25.3%" (or "25,3%"). */
  formatPercent(share: number): string;
}

export function createI18n(displayLanguage: string): I18n {
  const language = pickLanguage(displayLanguage);
  const tag = language === "en" ? displayLanguage || "en-US" : displayLanguage;
  const safeTag = Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : language;
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(safeTag, { style: "percent", maximumFractionDigits: 1 });
  return {
    language,
    numberTag: safeTag,
    t: createTranslator(language),
    formatNumber(value, maximumFractionDigits = 1) {
      let format = numberFormats.get(maximumFractionDigits);
      if (!format) {
        format = new Intl.NumberFormat(safeTag, { maximumFractionDigits });
        numberFormats.set(maximumFractionDigits, format);
      }
      return format.format(value);
    },
    formatPercent: (share) => percent.format(share),
  };
}

const I18nContext = createContext<I18n>(createI18n("en-US"));

/**
 * The panel in the display language. The page entries load that language before they first render (loadLanguage),
 * so this waits, with a spinner, only where nobody did; a language that fails to load leaves the panel in English.
 */
export function I18nProvider(props: { displayLanguage: string; children: ReactNode }) {
  const language = pickLanguage(props.displayLanguage);
  const [settled, setSettled] = useState<Language | null>(null);
  const ready = isLanguageLoaded(language) || settled === language;
  useEffect(() => {
    if (ready) return;
    let current = true;
    const settle = () => {
      if (current) setSettled(language);
    };
    loadLanguage(language).then(settle, settle);
    return () => {
      current = false;
    };
  }, [language, ready]);
  const value = useMemo(() => createI18n(props.displayLanguage), [props.displayLanguage, ready]);
  if (!ready) return <Spinner size="small" />;
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
