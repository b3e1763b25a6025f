// Words of the client list made from order lines: the new sheet's name and its column headers, per
// language. Headers are the ones src/core/headers.ts recognises, so the new sheet rates straight away.
import type { Language } from "../../core/labels";

export interface ClientListWords {
  sheetName: string;
  name: string;
  segment: string;
  region: string;
  revenue: string;
  profit: string;
  orders: string;
  firstOrder: string;
  lastOrder: string;
  averageDiscount: string;
  ordersPerYear: string;
}

const WORDS: Record<Language, ClientListWords> = {
  en: {
    sheetName: "Clients", name: "Client name", segment: "Segment", region: "Region", revenue: "Revenue", profit: "Profit",
    orders: "Orders", firstOrder: "First order", lastOrder: "Last order", averageDiscount: "Average discount", ordersPerYear: "Orders per year",
  },
  nl: {
    sheetName: "Klanten", name: "Klantnaam", segment: "Segment", region: "Regio", revenue: "Omzet", profit: "Winst",
    orders: "Bestellingen", firstOrder: "Eerste bestelling", lastOrder: "Laatste bestelling", averageDiscount: "Gemiddelde korting", ordersPerYear: "Bestellingen per jaar",
  },
  de: {
    sheetName: "Kunden", name: "Kundenname", segment: "Segment", region: "Region", revenue: "Umsatz", profit: "Gewinn",
    orders: "Bestellungen", firstOrder: "Erste Bestellung", lastOrder: "Letzte Bestellung", averageDiscount: "Durchschnittlicher Rabatt", ordersPerYear: "Bestellungen pro Jahr",
  },
  hu: {
    sheetName: "Ügyfelek", name: "Ügyfél neve", segment: "Szegmens", region: "Régió", revenue: "Árbevétel", profit: "Nyereség",
    orders: "Rendelések", firstOrder: "Első rendelés", lastOrder: "Utolsó rendelés", averageDiscount: "Átlagos kedvezmény", ordersPerYear: "Rendelések évente",
  },
};

export function clientListWords(language: Language): ClientListWords {
  return WORDS[language];
}
