// Words the add-in writes into the sheet: owned column headers, reason and flag words.
// One table per language so a translator can check a language in one place.

export type Language = "en" | "nl" | "de" | "hu";

export interface OwnedColumnHeaders {
  score: string;
  grade: string;
  client: string;
  fit: string;
  reasons: string;
  flags: string;
  valueShare: string;
  paretoClass: string;
}

export interface ReasonWords {
  knockedOut: string;
  missing: string;
  weakest: string;
  allMet: string;
  noData: string;
  noProfile: string;
  /** Decimal separator used when a reason shows a score such as 35.5/100. */
  decimal: string;
}

export interface FlagWords {
  knockedOut: string;
  costlyToServe: string;
  missingData: string;
}

export interface ParetoClassWords {
  vitalFew: string;
  rest: string;
  noValue: string;
}

const HEADERS: Record<Language, OwnedColumnHeaders> = {
  en: {
    score: "Score",
    grade: "Grade",
    client: "Client score",
    fit: "Fit score",
    reasons: "Reasons",
    flags: "Flags",
    valueShare: "Value share",
    paretoClass: "Pareto class",
  },
  nl: {
    score: "Score",
    grade: "Klasse",
    client: "Klantscore",
    fit: "Passingsscore",
    reasons: "Redenen",
    flags: "Signalen",
    valueShare: "Waardeaandeel",
    paretoClass: "Paretoklasse",
  },
  de: {
    score: "Punktzahl",
    grade: "Note",
    client: "Kundenpunktzahl",
    fit: "Passungspunktzahl",
    reasons: "Gründe",
    flags: "Hinweise",
    valueShare: "Wertanteil",
    paretoClass: "Pareto-Klasse",
  },
  hu: {
    score: "Pontszám",
    grade: "Minősítés",
    client: "Ügyfélpontszám",
    fit: "Illeszkedési pontszám",
    reasons: "Indoklás",
    flags: "Jelzések",
    valueShare: "Értékarány",
    paretoClass: "Pareto-osztály",
  },
};

const REASONS: Record<Language, ReasonWords> = {
  en: {
    knockedOut: "Knocked out",
    missing: "missing",
    weakest: "weakest",
    allMet: "All criteria met",
    noData: "No data to rate",
    noProfile: "No profile applies",
    decimal: ".",
  },
  nl: {
    knockedOut: "Uitgesloten",
    missing: "ontbreekt",
    weakest: "zwakst",
    allMet: "Alle criteria gehaald",
    noData: "Geen gegevens om te beoordelen",
    noProfile: "Geen profiel van toepassing",
    decimal: ",",
  },
  de: {
    knockedOut: "Ausgeschlossen",
    missing: "fehlt",
    weakest: "am schwächsten",
    allMet: "Alle Kriterien erfüllt",
    noData: "Keine Daten zur Bewertung",
    noProfile: "Kein Profil zutreffend",
    decimal: ",",
  },
  hu: {
    knockedOut: "Kizárva",
    missing: "hiányzik",
    weakest: "leggyengébb",
    allMet: "Minden feltétel teljesül",
    noData: "Nincs értékelhető adat",
    noProfile: "Nincs érvényes profil",
    decimal: ",",
  },
};

const FLAGS: Record<Language, FlagWords> = {
  en: { knockedOut: "knocked out", costlyToServe: "costly to serve", missingData: "missing data" },
  nl: { knockedOut: "uitgesloten", costlyToServe: "kostbaar in service", missingData: "ontbrekende gegevens" },
  de: { knockedOut: "ausgeschlossen", costlyToServe: "aufwendig in der Betreuung", missingData: "fehlende Daten" },
  hu: { knockedOut: "kizárva", costlyToServe: "költséges kiszolgálás", missingData: "hiányzó adat" },
};

const PARETO_CLASSES: Record<Language, ParetoClassWords> = {
  en: { vitalFew: "vital few", rest: "rest", noValue: "no value" },
  nl: { vitalFew: "vitale weinigen", rest: "overige", noValue: "geen waarde" },
  de: { vitalFew: "wichtige Wenige", rest: "übrige", noValue: "kein Wert" },
  hu: { vitalFew: "kulcsfontosságú kevesek", rest: "többi", noValue: "nincs érték" },
};

export const LANGUAGES: readonly Language[] = ["en", "nl", "de", "hu"];

function pick<T>(table: Record<Language, T>, language: Language | undefined): T {
  return table[language ?? "en"] ?? table.en;
}

export function ownedColumnHeaders(language: Language = "en"): OwnedColumnHeaders {
  return { ...pick(HEADERS, language) };
}

export function reasonWords(language: Language = "en"): ReasonWords {
  return pick(REASONS, language);
}

export function flagWords(language: Language = "en"): FlagWords {
  return pick(FLAGS, language);
}

export function paretoClassWords(language: Language = "en"): ParetoClassWords {
  return pick(PARETO_CLASSES, language);
}
