import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createTranslator, pickLanguage, type Language, type Translate } from "./index";

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

export function I18nProvider(props: { displayLanguage: string; children: ReactNode }) {
  const value = useMemo(() => createI18n(props.displayLanguage), [props.displayLanguage]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
