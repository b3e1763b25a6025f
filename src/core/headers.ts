// Finding a profile's column among a sheet's headers: ignoring case, spacing, punctuation and
// diacritics, with a small dictionary of the usual client-sheet headers in en, nl, de and hu.

/** "Árbevétel (EUR)" -> "arbeveteleur": lower case, no diacritics, letters and digits only. */
export function normalizeHeader(s: string): string {
  return String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The header without anything in brackets: "Revenue (EUR)" -> "revenue". */
function withoutBrackets(s: string): string {
  return normalizeHeader(String(s ?? "").replace(/[([{][^)\]}]*[)\]}]/g, " "));
}

export type ColumnKey =
  | "client"
  | "revenue"
  | "profit"
  | "employees"
  | "credit"
  | "serviceHours"
  | "daysLate"
  | "lastContact"
  | "segment"
  | "region"
  | "discount"
  | "orders"
  | "clientId";

/** Common header words per column, in English, Dutch, German and Hungarian. */
export const SYNONYMS: Record<ColumnKey, readonly string[]> = {
  client: [
    "client", "client name", "customer", "customer name", "company", "account", "name",
    "klant", "klantnaam", "bedrijf", "bedrijfsnaam", "naam", "relatie",
    "kunde", "kundenname", "firma", "unternehmen", "name des kunden",
    "ügyfél", "ügyfél neve", "ügyfélnév", "cég", "cégnév", "vevő", "partner", "név",
  ],
  revenue: [
    "revenue", "sales", "turnover", "annual revenue", "revenue per year", "income",
    "omzet", "jaaromzet", "omzet per jaar", "opbrengst",
    "umsatz", "jahresumsatz", "erlös", "erlöse",
    "árbevétel", "bevétel", "forgalom", "éves árbevétel", "nettó árbevétel",
  ],
  profit: [
    "profit", "margin", "gross profit", "gross margin", "contribution", "net profit",
    "winst", "marge", "brutowinst", "brutomarge", "nettowinst",
    "gewinn", "deckungsbeitrag", "rohertrag", "marge",
    "nyereség", "profit", "haszon", "árrés", "fedezet", "eredmény",
  ],
  employees: [
    "employees", "staff", "headcount", "number of employees", "fte", "size",
    "medewerkers", "werknemers", "aantal medewerkers", "personeel",
    "mitarbeiter", "anzahl mitarbeiter", "beschäftigte", "belegschaft",
    "létszám", "alkalmazottak", "dolgozók", "munkavállalók", "dolgozói létszám",
  ],
  credit: [
    "credit rating", "credit", "rating", "credit score", "creditworthiness",
    "kredietwaardigheid", "kredietscore", "kredietrating",
    "bonität", "kreditwürdigkeit", "bonitätsnote", "kreditrating",
    "hitelminősítés", "hitelképesség",
  ],
  serviceHours: [
    "service hours", "support hours", "hours", "service time", "effort", "time spent",
    "service uren", "uren", "serviceuren", "bestede uren",
    "servicestunden", "betreuungsstunden", "stunden", "aufwand",
    "szolgáltatási órák", "órák", "ráfordítás", "órafelhasználás", "szervizórák",
  ],
  daysLate: [
    "days late", "payment delay", "days overdue", "late days", "average days late", "dso",
    "dagen te laat", "betalingsachterstand", "dagen achterstand",
    "tage verspätet", "zahlungsverzug", "verzugstage", "tage überfällig",
    "késés napokban", "késedelem", "fizetési késés", "késett napok",
  ],
  lastContact: [
    "last contact", "last contacted", "last visit", "last order", "last activity",
    "laatste contact", "laatst gesproken", "laatste bezoek",
    "letzter kontakt", "letzter besuch", "letzte aktivität",
    "utolsó kapcsolat", "utolsó kapcsolatfelvétel", "utolsó látogatás", "utolsó kontakt",
  ],
  segment: [
    "segment", "customer segment", "type", "category", "tier",
    "klantsegment", "soort", "categorie",
    "kundensegment", "kategorie", "typ",
    "szegmens", "ügyfélszegmens", "kategória", "típus",
  ],
  region: [
    "region", "area", "territory", "country",
    "regio", "gebied", "land",
    "gebiet", "land", "vertriebsgebiet",
    "régió", "terület", "ország",
  ],
  discount: [
    "discount", "average discount", "rebate", "discount rate",
    "korting", "gemiddelde korting",
    "rabatt", "nachlass", "durchschnittlicher rabatt",
    "kedvezmény", "engedmény", "átlagos kedvezmény",
  ],
  orders: [
    "orders", "number of orders", "order count", "purchases", "purchase frequency",
    "bestellingen", "aantal bestellingen", "orders per jaar",
    "bestellungen", "anzahl bestellungen", "aufträge",
    "rendelések", "rendelésszám", "megrendelések", "vásárlások",
  ],
  // Keys the rating history follows a client by (src/core/historyKeys.ts).
  clientId: [
    "customer id", "client id", "account number", "customer number", "client number", "account id", "customer no", "account no", "id",
    "klantnummer", "klantnr", "klant id", "relatienummer", "debiteurnummer",
    "kundennummer", "kundennr", "kunden id", "debitorennummer",
    "ügyfélazonosító", "ügyfélkód", "ügyfélszám", "vevőkód", "partnerkód", "azonosító",
  ],
};

const SYNONYM_KEYS = Object.keys(SYNONYMS) as ColumnKey[];
const NORMALIZED_SYNONYMS: Record<ColumnKey, Set<string>> = Object.fromEntries(
  SYNONYM_KEYS.map((key) => [key, new Set([normalizeHeader(key), ...SYNONYMS[key].map(normalizeHeader)])]),
) as Record<ColumnKey, Set<string>>;

/** The dictionary entries a name belongs to (a word such as "marge" can sit in one list only once). */
function synonymKeysOf(name: string): ColumnKey[] {
  const n = normalizeHeader(name);
  return SYNONYM_KEYS.filter((key) => NORMALIZED_SYNONYMS[key].has(n));
}

function findIn(normalized: string[], name: string): number {
  const target = normalizeHeader(name);
  if (target === "") return -1;
  const exact = normalized.indexOf(target);
  if (exact >= 0) return exact;
  for (const key of synonymKeysOf(name)) {
    const words = NORMALIZED_SYNONYMS[key];
    const index = normalized.findIndex((h) => words.has(h));
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * The index of the header that means `name`, -1 if none: an exact normalized match first, then a
 * synonym; then the same again with bracketed units ("Revenue (EUR)") ignored.
 */
export function findColumn(headers: string[], name: string): number {
  const found = findIn(headers.map(normalizeHeader), name);
  if (found >= 0) return found;
  return findIn(headers.map(withoutBrackets), name);
}

/** Which known columns a sheet has: key -> header index. The first header wins for each key. */
export function detectColumns(headers: string[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  const used = new Set<number>();
  for (const key of SYNONYM_KEYS) {
    // Look the key up by its own synonyms only, so "name" never steals a "Client name" column twice.
    const index = findColumn(headers, SYNONYMS[key][0]);
    if (index >= 0 && !used.has(index)) {
      found[key] = index;
      used.add(index);
    }
  }
  return found;
}
