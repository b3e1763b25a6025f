// Recognising the columns of order lines (an ERP or shop export: one row per order line) from their
// headers, in English, Dutch, German and Hungarian, and saying where the recognition is unsure.
import { normalizeHeader } from "./headers";

export const ORDER_LINE_ROLES = ["client", "clientName", "order", "orderDate", "revenue", "profit", "discount", "segment", "region"] as const;
export type OrderLineRole = (typeof ORDER_LINE_ROLES)[number];

/** Header words per role; a header matches when it equals one of them, ignoring case, spacing, punctuation and units in brackets. */
const ORDER_LINE_SYNONYMS: Record<OrderLineRole, readonly string[]> = {
  client: [
    "customer id", "client id", "customer number", "customer no", "client number", "account number", "account id", "sold to",
    "klantnummer", "klantnr", "klant id", "debiteurnummer", "relatienummer",
    "kundennummer", "kundennr", "kunden id", "debitorennummer", "kunde nr",
    "ügyfélazonosító", "ügyfélkód", "ügyfélszám", "vevőkód", "vevőazonosító", "partnerkód",
  ],
  clientName: [
    "customer name", "client name", "customer", "client", "company", "account name", "account",
    "klantnaam", "klant", "bedrijfsnaam", "bedrijf", "relatie",
    "kundenname", "kunde", "firma", "unternehmen", "name des kunden",
    "ügyfél neve", "ügyfélnév", "ügyfél", "vevő neve", "vevő", "cégnév", "partner",
  ],
  order: [
    "order id", "order number", "order no", "order", "invoice number", "invoice no", "invoice", "sales order",
    "ordernummer", "order nr", "bestelnummer", "bestelling", "factuurnummer", "factuur",
    "bestellnummer", "bestellung", "auftragsnummer", "auftrag", "rechnungsnummer", "belegnummer",
    "rendelésszám", "rendelés azonosító", "rendelés", "megrendelés", "számlaszám", "bizonylatszám",
  ],
  orderDate: [
    "order date", "date", "invoice date", "ordered", "purchase date", "sales date",
    "orderdatum", "besteldatum", "datum", "factuurdatum",
    "bestelldatum", "auftragsdatum", "rechnungsdatum", "belegdatum",
    "rendelés dátuma", "rendelési dátum", "dátum", "számla dátuma", "teljesítés dátuma",
  ],
  revenue: [
    "sales", "revenue", "amount", "net amount", "line total", "net sales", "sales amount", "turnover",
    "omzet", "bedrag", "netto bedrag", "verkoop", "regeltotaal",
    "umsatz", "betrag", "nettobetrag", "erlös", "nettoumsatz",
    "árbevétel", "összeg", "nettó összeg", "értékesítés", "forgalom", "nettó árbevétel",
  ],
  profit: [
    "profit", "margin", "gross profit", "gross margin", "contribution",
    "winst", "marge", "brutowinst", "brutomarge",
    "gewinn", "deckungsbeitrag", "rohertrag",
    "nyereség", "haszon", "árrés", "fedezet", "profit",
  ],
  discount: [
    "discount", "discount rate", "rebate",
    "korting", "kortingspercentage",
    "rabatt", "nachlass", "rabattsatz",
    "kedvezmény", "engedmény", "kedvezmény mértéke",
  ],
  segment: [
    "segment", "customer segment", "client segment",
    "klantsegment", "kundensegment", "szegmens", "ügyfélszegmens",
  ],
  region: [
    "region", "sales region", "territory", "area",
    "regio", "verkoopregio", "gebied",
    "vertriebsgebiet", "gebiet",
    "régió", "terület", "értékesítési terület",
  ],
};

/** What was found for one role: the column (-1: none), and whether the user should check it. */
interface OrderColumnMatch {
  column: number;
  /** false when no header matched or more than one did: the panel asks, the CLI warns. */
  sure: boolean;
  /** Every header index that matched, first used. */
  candidates: number[];
}

export type OrderColumnMatches = Record<OrderLineRole, OrderColumnMatch>;

const WORDS: Record<OrderLineRole, Set<string>> = Object.fromEntries(
  ORDER_LINE_ROLES.map((role) => [role, new Set(ORDER_LINE_SYNONYMS[role].map(normalizeHeader))]),
) as Record<OrderLineRole, Set<string>>;

const withoutBrackets = (header: string): string => normalizeHeader(String(header ?? "").replace(/[([{][^)\]}]*[)\]}]/g, " "));

/**
 * Which header holds each role. Roles are taken in ORDER_LINE_ROLES order and a column serves one role
 * only, so "Customer ID" becomes the client and "Customer name" its name.
 */
export function recogniseOrderColumns(headers: string[]): OrderColumnMatches {
  const exact = headers.map(normalizeHeader);
  const loose = headers.map(withoutBrackets);
  const used = new Set<number>();
  const result = {} as OrderColumnMatches;
  for (const role of ORDER_LINE_ROLES) {
    const words = WORDS[role];
    let candidates = exact.flatMap((h, i) => (words.has(h) && !used.has(i) ? [i] : []));
    if (candidates.length === 0) candidates = loose.flatMap((h, i) => (words.has(h) && !used.has(i) ? [i] : []));
    const column = candidates[0] ?? -1;
    if (column >= 0) used.add(column);
    result[role] = { column, sure: candidates.length === 1, candidates };
  }
  // Without an ID column the clients are told apart by their name.
  if (result.client.column < 0 && result.clientName.column >= 0) {
    result.client = { ...result.clientName, sure: false };
    result.clientName = { column: -1, sure: false, candidates: [] };
  }
  return result;
}

/** The columns to aggregate by: the client column is required, the others optional. */
export type OrderColumns = { client: number } & Partial<Record<Exclude<OrderLineRole, "client">, number>>;

/** The recognised columns as a mapping (roles not found left out). */
export function orderColumnsOf(matches: OrderColumnMatches): OrderColumns | null {
  if (matches.client.column < 0) return null;
  const columns: OrderColumns = { client: matches.client.column };
  for (const role of ORDER_LINE_ROLES) {
    if (role !== "client" && matches[role].column >= 0) columns[role] = matches[role].column;
  }
  return columns;
}
