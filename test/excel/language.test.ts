// Rating in Dutch, German or Hungarian writes that language on every sheet the add-in owns, with one
// term per idea: the same word for the same thing on the client sheet, the Pareto sheet and the
// Rating profile sheet.
import { ownedColumnHeaders, type Language } from "../../src/core/labels";
import { flagWords, paretoClassWords, reasonWords } from "../../src/core/labels";
import { rateWorkbook } from "../../src/excel";
import { columnLetters, tryParseRect } from "../../src/shared/a1";
import { sheetWords } from "../../src/excel/sheetWords";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { AS_OF, clientRows, type Cell } from "./support/clientSheet";
import { normalizedSnapshot } from "./support/host";

type Local = Exclude<Language, "en">;

/** A client list as a user of that language would head it (our words must not come from the user's data). */
const USER_HEADERS: Record<Language, string[]> = {
  en: ["Client", "Revenue", "Profit", "Credit rating", "Days late", "Last contact", "Service hours"],
  nl: ["Klant", "Omzet", "Winst", "Kredietwaardigheid", "Dagen te laat", "Laatste contact", "Serviceuren"],
  de: ["Kunde", "Umsatz", "Gewinn", "Bonität", "Zahlungsverzug", "Letzter Kontakt", "Servicestunden"],
  hu: ["Ügyfél", "Árbevétel", "Nyereség", "Hitelminősítés", "Fizetési késés", "Utolsó kapcsolat", "Szolgáltatási órák"],
};

/** Every kind of thing the run writes: knock-outs, missing values, costly clients, a dominant client, loss makers. */
function clientList(language: Language): Cell[][] {
  const rows = clientRows(40).map((r, i) => [`K${i + 1}`, r[2], r[3], r[5], r[6], r[7], r[8]]);
  rows[0][2] = 5_000_000; // one client holds over a quarter of the profit
  rows[1][1] = null; // missing revenue
  rows[2][3] = "C"; // knocked out on the credit rating
  rows[3][6] = 5000; // service hours far above its value share
  rows[4][2] = -20_000; // a loss maker: the whale curve
  return [USER_HEADERS[language], ...rows];
}

function profileFor(language: Language) {
  const [, revenue, profit, credit, daysLate, lastContact, hours] = USER_HEADERS[language];
  return {
    version: 1,
    name: "P1",
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [
      { id: "revenue", column: revenue, area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100000 } },
      { id: "credit", column: credit, area: "client", weight: 2, rule: { type: "categories", scores: { AAA: 100, AA: 85, A: 70, BBB: 50 }, otherwise: 0 }, knockout: { below: 20 } },
      { id: "daysLate", column: daysLate, area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 60 }, missing: "ignore" },
      { id: "lastContact", column: lastContact, area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 } },
      { id: "band", column: revenue, area: "client", weight: 1, rule: { type: "range", min: 0, idealLow: 1000, idealHigh: 50000, max: 150000 } },
    ],
    pareto: { value: profit, effort: hours, share: 0.8 },
    ratingDate: "2026-11-27",
  } as const;
}

type Snapshot = ReturnType<typeof normalizedSnapshot>;
type SheetSnap = Snapshot["sheets"][number] & {
  pivots?: { rowFields: string[]; dataFields: { name: string }[]; outputRect: { r0: number; c0: number; r1: number; c1: number } | null }[];
  charts?: { title: { text: string } }[];
};

async function rated(language: Language) {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.setCells("Clients", "A1", clientList(language));
  const host = createExcelHost(wb);
  const profile = profileFor(language);
  await host.run((ctx) => rateWorkbook(ctx, { profiles: [profile as never], asOf: AS_OF, language }));
  return { wb, snap: normalizedSnapshot(wb), profile };
}

const A1 = (address: string) => {
  const rect = tryParseRect(address)!;
  return { row: rect.r0, col: rect.c0 };
};

/** Every text the add-in wrote: owned sheets' cells (not Excel's own PivotTable captions), pivot and chart captions, owned headers and words on the client sheet. */
function writtenTexts(snap: Snapshot, language: Language): string[] {
  const texts: string[] = [];
  for (const raw of snap.sheets) {
    const sheet = raw as SheetSnap;
    if (sheet.name === "Clients") {
      const userColumns = USER_HEADERS[language].length;
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (A1(address).col >= userColumns && typeof cell.value === "string") texts.push(cell.value);
      }
      continue;
    }
    texts.push(sheet.name);
    const pivotAreas = (sheet.pivots ?? []).map((p) => p.outputRect).filter((r) => r !== null);
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const { row, col } = A1(address);
      if (pivotAreas.some((r) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1)) continue;
      if (typeof cell.value === "string") texts.push(cell.value);
    }
    for (const p of sheet.pivots ?? []) texts.push(...p.dataFields.map((f) => f.name));
    for (const c of sheet.charts ?? []) texts.push(c.title.text);
  }
  return texts;
}

const wordsIn = (text: string): string[] => text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];

/** Every word of every table the add-in writes from, in one language. */
function vocabulary(language: Language): Set<string> {
  const strings: string[] = [];
  const collect = (x: unknown): void => {
    if (typeof x === "string") strings.push(x);
    else if (x && typeof x === "object") Object.values(x).forEach(collect);
  };
  collect([ownedColumnHeaders(language), reasonWords(language), flagWords(language), paretoClassWords(language), sheetWords(language)]);
  return new Set(strings.flatMap(wordsIn));
}

const LOCAL: Local[] = ["nl", "de", "hu"];

describe("the workbook in the user's language", () => {
  it.each(LOCAL)("leaves no English word of our vocabulary in what a %s run writes", async (language) => {
    const { snap, profile } = await rated(language);
    const userData = new Set([...clientList(language).flat(), profile.name, ...profile.scale.grades].flatMap((v) => wordsIn(String(v ?? ""))));
    const ownWords = vocabulary(language);
    const english = [...vocabulary("en")].filter((w) => !ownWords.has(w) && !userData.has(w));
    expect(english.length).toBeGreaterThan(50); // the check has something to find
    const texts = writtenTexts(snap, language);
    // The run wrote every kind of word: flags, reasons, both chart titles, the PivotTable captions.
    const all = texts.join("\n");
    for (const word of Object.values(flagWords(language))) expect(all).toContain(word);
    expect(all).toContain(reasonWords(language).knockedOut);
    const w = sheetWords(language).pareto;
    for (const title of [w.paretoChartTitle, w.whaleChartTitle, w.pivotClients]) expect(texts).toContain(title);
    const leaks = texts.filter((text) => wordsIn(text).some((w) => english.includes(w)));
    expect(leaks).toEqual([]);
  });

  it("does find English when the run writes English (the check can fail)", async () => {
    const { snap } = await rated("en");
    const german = vocabulary("de");
    const english = [...vocabulary("en")].filter((w) => !german.has(w));
    expect(writtenTexts(snap, "en").filter((text) => wordsIn(text).some((w) => english.includes(w))).length).toBeGreaterThan(20);
  });

  it.each(["en", ...LOCAL] as Language[])("uses one term per idea on the client, Pareto and profile sheets (%s)", async (language) => {
    const { snap } = await rated(language);
    const sheets = snap.sheets as SheetSnap[];
    const clients = sheets.find((s) => s.name === "Clients")!.cells;
    const pareto = sheets.find((s) => s.name === "Pareto")!;
    const profile = sheets.find((s) => s.name === sheetWords(language).profile.sheetName)!;
    expect(profile).toBeDefined();
    const headerRow = Object.entries(clients).filter(([a]) => A1(a).row === 0).map(([, c]) => String(c.value));
    const headers = ownedColumnHeaders(language);
    for (const h of Object.values(headers)) expect(headerRow).toContain(h);
    const columnOf = (header: string) => Object.entries(clients).find(([a, c]) => A1(a).row === 0 && c.value === header)![0].replace(/\d+$/, "");
    const classColumn = columnOf(headers.paretoClass);
    const classesOnClientSheet = new Set(Object.entries(clients).filter(([a]) => a.replace(/\d+$/, "") === classColumn && A1(a).row > 0).map(([, c]) => c.value));

    // The Pareto list's share and class columns are the client sheet's, by header and by word.
    const p = pareto.cells;
    expect([p.D1.value, p.F1.value]).toEqual([headers.valueShare, headers.paretoClass]);
    const classesOnPareto = new Set(Object.entries(p).filter(([a]) => /^F\d+$/.test(a) && a !== "F1").map(([, c]) => c.value));
    expect([...classesOnPareto].every((c) => classesOnClientSheet.has(c))).toBe(true);
    // The summary calls the vital few what the class column calls them.
    const vitalFew = paretoClassWords(language).vitalFew.toLowerCase();
    expect(classesOnClientSheet.has(paretoClassWords(language).vitalFew)).toBe(true);
    expect(String(p.H4.value).toLowerCase()).toContain(vitalFew);
    expect(String(p.H5.value).toLowerCase()).toContain(vitalFew);
    // The PivotTable groups by the client sheet's grade column.
    expect(pareto.pivots![0].rowFields).toEqual([headers.grade]);
    // The profile sheet's area words are the ones in the client sheet's area score headers.
    const profileTexts = Object.values(profile.cells).map((c) => String(c.value));
    const words = sheetWords(language).profile;
    expect(profileTexts).toContain(words.areaFit);
    expect(headers.fit.toLowerCase()).toContain(words.areaFit.toLowerCase());
    expect(headers.client.toLowerCase()).toContain(words.areaClient.toLowerCase());
  });

  it("names the default profile in the user's language", async () => {
    const wb = SimWorkbook.empty();
    wb.addSheet("Clients");
    wb.setCells("Clients", "A1", clientList("de"));
    const host = createExcelHost(wb);
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, locale: "de", language: "de" }));
    expect(outcome.usedDefaultProfile).toBe(true);
    expect(outcome.profiles[0].name).toBe("Standardprofil");
    expect(wb.cell("Bewertungsprofil", "B4").value).toBe("Standardprofil");
  });

  it("follows the run's language over the stored profile's, and renames the sheets it named", async () => {
    const { wb } = await rated("en");
    const host = createExcelHost(wb);
    await host.run((ctx) => rateWorkbook(ctx, { profiles: [{ ...profileFor("en"), language: "en" } as never], asOf: AS_OF, language: "nl" }));
    expect(wb.sheetNames()).toEqual(["Clients", "Beoordelingsprofiel", "Pareto", "Focus", "Beoordelingshistorie"]);
    const headerTexts = USER_HEADERS.en.length;
    expect(wb.cell("Clients", `${columnLetters(headerTexts + 1)}1`).value).toBe(ownedColumnHeaders("nl").grade);
  });
});
