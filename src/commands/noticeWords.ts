// The words of the ribbon's notice (the outcome message and its dialog) in the languages the add-in writes.
// Rating warnings come from core in English; the other languages count them and point to the panel, which says
// each one in the user's language.
import type { Language } from "../core/labels";

export interface NoticeWords {
  /** The dialog page's title. */
  title: string;
  close: string;
  rated: string;
  defaultProfile: string;
  pareto: string;
  /** English lists up to three warnings and counts the rest; the others only count. */
  moreNotes: string;
  notes: string;
  failed: string;
}

const WORDS: Record<Language, NoticeWords> = {
  en: {
    title: "Client Rater",
    close: "OK",
    rated: 'Rated {clients} clients on "{sheet}" ({grades}).',
    defaultProfile: "No profile was stored, so a default profile was built from the headers and saved in the workbook.",
    pareto: "{count} clients bring {share} of {value}; the largest holds {largest}.",
    moreNotes: "And {count} more notes: open the panel for details.",
    notes: "{count} notes on this rating: open the panel to read them.",
    failed: "Client Rater could not rate this workbook: {detail}",
  },
  nl: {
    title: "Klantbeoordeling",
    close: "OK",
    rated: '{clients} klanten beoordeeld op "{sheet}" ({grades}).',
    defaultProfile: "Er was geen profiel opgeslagen. Er is een standaardprofiel gemaakt op basis van de kolomkoppen en in de werkmap bewaard.",
    pareto: "{count} klanten brengen {share} van {value} op; de grootste heeft {largest}.",
    moreNotes: "En nog {count} opmerkingen: open het paneel voor details.",
    notes: "{count} opmerkingen bij deze beoordeling: open het paneel om ze te lezen.",
    failed: "Klantbeoordeling kon deze werkmap niet beoordelen. Open het paneel en klik op Klanten beoordelen om te zien waarom.",
  },
  de: {
    title: "Kundenbewertung",
    close: "OK",
    rated: '{clients} Kunden auf „{sheet}“ bewertet ({grades}).',
    defaultProfile: "Es war kein Profil gespeichert. Aus den Spaltenüberschriften wurde ein Standardprofil erstellt und in der Arbeitsmappe gespeichert.",
    pareto: "{count} Kunden bringen {share} von {value}; der größte hält {largest}.",
    moreNotes: "Und {count} weitere Hinweise: Details im Aufgabenbereich.",
    notes: "{count} Hinweise zu dieser Bewertung: Öffnen Sie den Aufgabenbereich, um sie zu lesen.",
    failed: "Kundenbewertung konnte diese Arbeitsmappe nicht bewerten. Öffnen Sie den Aufgabenbereich und klicken Sie auf „Kunden bewerten“, um den Grund zu sehen.",
  },
  hu: {
    title: "Ügyfélminősítő",
    close: "OK",
    rated: "Minősített ügyfelek: {clients} („{sheet}” munkalap; {grades}).",
    defaultProfile: "Nem volt mentett profil, ezért az oszlopfejlécekből alapprofil készült, és a munkafüzetbe mentettük.",
    pareto: "{value}: {count} ügyfél adja az összérték {share}-át; a legnagyobb ügyfél aránya {largest}.",
    moreNotes: "És még {count} megjegyzés: a részleteket a panelen találja.",
    notes: "{count} megjegyzés tartozik ehhez a minősítéshez: nyissa meg a panelt az elolvasásukhoz.",
    failed: "Az Ügyfélminősítő nem tudta minősíteni ezt a munkafüzetet. Nyissa meg a panelt, és kattintson az Ügyfelek minősítése gombra az ok megtekintéséhez.",
  },
};

export function noticeWords(language: Language): NoticeWords {
  return WORDS[language];
}

export function fillNotice(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
