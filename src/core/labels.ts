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
    client: "Client score: who they are",
    fit: "Fit score: how they fit us",
    reasons: "Reasons",
    flags: "Flags",
    valueShare: "Value share",
    paretoClass: "Pareto class",
  },
  nl: {
    score: "Score",
    grade: "Klasse",
    client: "Klantscore: wie ze zijn",
    fit: "Aansluitingsscore: hoe ze bij ons passen",
    reasons: "Toelichting",
    flags: "Signalen",
    valueShare: "Waardeaandeel",
    paretoClass: "Paretogroep",
  },
  de: {
    score: "Punktzahl",
    grade: "Klasse",
    client: "Punktzahl Kunde: wer sie sind",
    fit: "Punktzahl Passung: wie sie zu uns passen",
    reasons: "Begründung",
    flags: "Hinweise",
    valueShare: "Wertanteil",
    paretoClass: "Pareto-Gruppe",
  },
  hu: {
    score: "Pontszám",
    grade: "Minősítés",
    client: "Ügyfélpontszám: kik ők",
    fit: "Illeszkedési pontszám: mennyire illenek hozzánk",
    reasons: "Indoklás",
    flags: "Jelzések",
    valueShare: "Értékarány",
    paretoClass: "Pareto-csoport",
  },
};

const REASONS: Record<Language, ReasonWords> = {
  en: {
    knockedOut: "Knocked out",
    missing: "missing",
    allMet: "All criteria met",
    noData: "No data to rate",
    noProfile: "No profile applies",
    decimal: ".",
  },
  nl: {
    knockedOut: "Uitgesloten",
    missing: "ontbreekt",
    allMet: "Voldoet aan alle criteria",
    noData: "Geen gegevens om te beoordelen",
    noProfile: "Geen profiel van toepassing",
    decimal: ",",
  },
  de: {
    knockedOut: "Ausgeschlossen",
    missing: "fehlt",
    allMet: "Alle Kriterien erfüllt",
    noData: "Keine Daten zur Bewertung",
    noProfile: "Kein Profil trifft zu",
    decimal: ",",
  },
  hu: {
    knockedOut: "Kizárva",
    missing: "hiányzik",
    allMet: "Minden feltétel teljesül",
    noData: "Nincs értékelhető adat",
    noProfile: "Egyik profil sem vonatkozik rá",
    decimal: ",",
  },
};

const FLAGS: Record<Language, FlagWords> = {
  en: { knockedOut: "knocked out", costlyToServe: "much effort for little value", missingData: "missing data" },
  nl: { knockedOut: "uitgesloten", costlyToServe: "veel inzet voor weinig waarde", missingData: "ontbrekende gegevens" },
  de: { knockedOut: "ausgeschlossen", costlyToServe: "viel Aufwand für wenig Wert", missingData: "fehlende Daten" },
  hu: { knockedOut: "kizárva", costlyToServe: "sok ráfordítás kevés értékért", missingData: "hiányzó adat" },
};

const PARETO_CLASSES: Record<Language, ParetoClassWords> = {
  en: { vitalFew: "vital few", rest: "rest", noValue: "no value" },
  nl: { vitalFew: "topklanten", rest: "overige", noValue: "geen waarde" },
  de: { vitalFew: "Top-Kunden", rest: "übrige", noValue: "kein Wert" },
  hu: { vitalFew: "kulcsügyfelek", rest: "többi", noValue: "nincs érték" },
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
