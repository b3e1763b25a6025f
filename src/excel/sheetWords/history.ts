// Words of the rating history: the "Rating history" sheet, the Trend column on the client sheet and
// the grade-change table on the Focus sheet, one table per language. Placeholders are filled by fill().
// Hungarian: a grade or date is a user's text and takes no case ending, so it stands after a colon
// or before a postposition ("2026-01-15 óta").
import type { Language } from "../../core/labels";

export interface HistoryWords {
  sheetName: string;
  title: string;
  note: string; // {key}
  noteByName: string; // {key}
  keeps: string; // {keep}
  dropped: string; // {keep} {dates}
  client: string;
  score: string; // {date}
  grade: string; // {date}
  trendHeader: string;
  trend: { up: string; down: string; same: string; changed: string; new: string }; // {grade}
  migration: {
    title: string; // {date}
    explain: string; // {previous} {current}
    corner: string;
    newRow: string;
    goneColumn: string;
    total: string;
    summary: string; // {up} {down} {same} {new} {gone}
    noPrevious: string;
  };
}

const en: HistoryWords = {
  sheetName: "Rating history",
  title: "Rating history",
  note: "Written by Client Rater: each rating's score and grade per client, oldest rating first. Clients are followed by {key}.",
  noteByName: "Written by Client Rater: each rating's score and grade per client, oldest rating first. There is no client ID column, so clients are followed by {key}: a renamed client starts a new row.",
  keeps: "Keeps the last {keep} ratings; older ones are dropped.",
  dropped: "Dropped to stay within {keep} ratings: {dates}.",
  client: "Client",
  score: "{date} Score",
  grade: "{date} Grade",
  trendHeader: "Trend",
  trend: { up: "▲ from {grade}", down: "▼ from {grade}", same: "=", changed: "≠ from {grade}", new: "new" },
  migration: {
    title: "Grade changes since {date}",
    explain: "Rows: the grade on {previous}; columns: the grade on {current}. Unchanged clients are on the diagonal.",
    corner: "Then \\ now",
    newRow: "new",
    goneColumn: "gone",
    total: "Total",
    summary: "{up} up, {down} down, {same} unchanged, {new} new, {gone} gone.",
    noPrevious: "No earlier rating in the history yet: grade changes appear after the next rating on a later date.",
  },
};

const nl: HistoryWords = {
  sheetName: "Beoordelingshistorie",
  title: "Beoordelingshistorie",
  note: "Gemaakt door Klantbeoordeling: per klant de score en klasse van elke beoordeling, de oudste eerst. Klanten worden gevolgd op {key}.",
  noteByName: "Gemaakt door Klantbeoordeling: per klant de score en klasse van elke beoordeling, de oudste eerst. Er is geen kolom met klantnummers, dus klanten worden gevolgd op {key}: een klant met een nieuwe naam krijgt een nieuwe rij.",
  keeps: "Bewaart de laatste {keep} beoordelingen; oudere vervallen.",
  dropped: "Vervallen om binnen {keep} beoordelingen te blijven: {dates}.",
  client: "Klant",
  score: "{date} Score",
  grade: "{date} Klasse",
  trendHeader: "Trend",
  trend: { up: "▲ was {grade}", down: "▼ was {grade}", same: "=", changed: "≠ was {grade}", new: "nieuw" },
  migration: {
    title: "Klassewijzigingen sinds {date}",
    explain: "Rijen: de klasse op {previous}; kolommen: de klasse op {current}. Ongewijzigde klanten staan op de diagonaal.",
    corner: "Toen \\ nu",
    newRow: "nieuw",
    goneColumn: "vervallen",
    total: "Totaal",
    summary: "{up} omhoog, {down} omlaag, {same} gelijk, {new} nieuw, {gone} vervallen.",
    noPrevious: "Nog geen eerdere beoordeling in de historie: klassewijzigingen verschijnen na de volgende beoordeling op een latere datum.",
  },
};

const de: HistoryWords = {
  sheetName: "Bewertungsverlauf",
  title: "Bewertungsverlauf",
  note: "Erstellt von Kundenbewertung: je Kunde Punktzahl und Klasse jeder Bewertung, die älteste zuerst. Kunden werden über {key} zugeordnet.",
  noteByName: "Erstellt von Kundenbewertung: je Kunde Punktzahl und Klasse jeder Bewertung, die älteste zuerst. Es gibt keine Spalte mit Kundennummern, daher werden Kunden über {key} zugeordnet: Ein umbenannter Kunde bekommt eine neue Zeile.",
  keeps: "Behält die letzten {keep} Bewertungen; ältere entfallen.",
  dropped: "Entfallen, um bei {keep} Bewertungen zu bleiben: {dates}.",
  client: "Kunde",
  score: "{date} Punktzahl",
  grade: "{date} Klasse",
  trendHeader: "Trend",
  trend: { up: "▲ vorher {grade}", down: "▼ vorher {grade}", same: "=", changed: "≠ vorher {grade}", new: "neu" },
  migration: {
    title: "Klassenwechsel seit {date}",
    explain: "Zeilen: Klasse am {previous}; Spalten: Klasse am {current}. Unveränderte Kunden stehen auf der Diagonale.",
    corner: "Vorher \\ jetzt",
    newRow: "neu",
    goneColumn: "entfallen",
    total: "Summe",
    summary: "{up} besser, {down} schlechter, {same} unverändert, {new} neu, {gone} entfallen.",
    noPrevious: "Noch keine frühere Bewertung im Verlauf: Klassenwechsel erscheinen nach der nächsten Bewertung an einem späteren Datum.",
  },
};

const hu: HistoryWords = {
  sheetName: "Minősítési előzmények",
  title: "Minősítési előzmények",
  note: "Az Ügyfélminősítő készítette: ügyfelenként minden minősítés pontszáma és minősítése, a legrégebbi elöl. Az ügyfeleket ez az oszlop azonosítja: {key}.",
  noteByName: "Az Ügyfélminősítő készítette: ügyfelenként minden minősítés pontszáma és minősítése, a legrégebbi elöl. Nincs ügyfélazonosító oszlop, ezért az ügyfeleket a nevük azonosítja ({key}): egy átnevezett ügyfél új sort kap.",
  keeps: "Az utolsó {keep} minősítést őrzi meg; a régebbiek kikerülnek.",
  dropped: "Kikerült, hogy legfeljebb {keep} minősítés maradjon: {dates}.",
  client: "Ügyfél",
  score: "{date} Pontszám",
  grade: "{date} Minősítés",
  trendHeader: "Változás",
  trend: { up: "▲ előző: {grade}", down: "▼ előző: {grade}", same: "=", changed: "≠ előző: {grade}", new: "új" },
  migration: {
    title: "Minősítésváltozások {date} óta",
    explain: "Sorok: minősítés ekkor: {previous}; oszlopok: minősítés ekkor: {current}. A változatlan ügyfelek az átlóban állnak.",
    corner: "Előtte \\ most",
    newRow: "új",
    goneColumn: "kikerült",
    total: "Összesen",
    summary: "Javult: {up}, romlott: {down}, változatlan: {same}, új: {new}, kikerült: {gone}.",
    noPrevious: "Az előzményekben még nincs korábbi minősítés: a változások egy későbbi napon végzett következő minősítés után jelennek meg.",
  },
};

const WORDS: Record<Language, HistoryWords> = { en, nl, de, hu };

export function historyWords(language: Language | undefined): HistoryWords {
  return WORDS[language ?? "en"] ?? en;
}

/** The sheet's name in every language: a run in another language renames a sheet it named. */
export const HISTORY_SHEET_BASES: readonly string[] = [...new Set(Object.values(WORDS).map((w) => w.sheetName))];
