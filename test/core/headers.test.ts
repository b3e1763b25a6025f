import { detectColumns, findColumn, normalizeHeader, SYNONYMS } from "../../src/core";

describe("normalizeHeader", () => {
  it("ignores case, spaces, punctuation and diacritics", () => {
    expect(normalizeHeader("  Days-Late ")).toBe("dayslate");
    expect(normalizeHeader("Árbevétel")).toBe("arbevetel");
    expect(normalizeHeader("Utolsó kapcsolat")).toBe("utolsokapcsolat");
    expect(normalizeHeader("Größe")).toBe("grosse");
    expect(normalizeHeader("Service_hours (h)")).toBe("servicehoursh");
  });
});

describe("findColumn", () => {
  const headers = ["Klantnaam", "Omzet (EUR)", "Winst", "Aantal medewerkers", "Laatste contact", "days_late"];
  it("finds an exact normalized match first", () => {
    expect(findColumn(headers, "Days late")).toBe(5);
    expect(findColumn(["Revenue", "revenue "], "REVENUE")).toBe(0);
  });
  it("falls back to synonyms across en, nl, de, hu", () => {
    expect(findColumn(headers, "Profit")).toBe(2);
    expect(findColumn(headers, "Employees")).toBe(3);
    expect(findColumn(headers, "Last contact")).toBe(4);
    expect(findColumn(headers, "Client name")).toBe(0);
    expect(findColumn(["Kunde", "Umsatz", "Gewinn", "Mitarbeiter", "Letzter Kontakt"], "Revenue")).toBe(1);
    expect(findColumn(["Ügyfél", "Árbevétel", "Nyereség", "Létszám", "Utolsó kapcsolat"], "Profit")).toBe(2);
    expect(findColumn(["Ügyfél", "Árbevétel", "Nyereség", "Létszám"], "Employees")).toBe(3);
  });
  it("ignores bracketed units when nothing else matches", () => {
    expect(findColumn(headers, "Revenue")).toBe(1);
    expect(findColumn(headers, "Omzet")).toBe(1);
  });
  it("returns -1 when absent", () => {
    expect(findColumn(headers, "Credit rating")).toBe(-1);
    expect(findColumn(headers, "")).toBe(-1);
  });
  it("has the synonym lists for the usual columns", () => {
    for (const key of ["client", "revenue", "profit", "employees", "credit", "serviceHours", "daysLate", "lastContact", "segment", "region", "discount", "orders"]) {
      expect(SYNONYMS[key as keyof typeof SYNONYMS].length).toBeGreaterThan(3);
    }
  });
  it("does not take the add-in's own Hungarian grade header for a credit rating", () => {
    expect(findColumn(["Minősítés"], "Credit rating")).toBe(-1);
  });
});

describe("detectColumns", () => {
  it("maps known columns to their index", () => {
    expect(detectColumns(["Customer", "Sales", "Margin", "Rating", "Hours", "Region", "Korting"])).toEqual({
      client: 0, revenue: 1, profit: 2, credit: 3, serviceHours: 4, region: 5, discount: 6,
    });
  });
});
