// The panel words every profile issue code (src/core/profileIssueCodes.ts) in each language, with the
// field's label, numbers in the user's format and the offending text quoted.
import { EXPECTED_KINDS, FOUND_KINDS, ISSUE_PARAMS, PROFILE_ISSUE_CODES, parseProfile, parseProfileSet, type ProfileIssue } from "../../src/core";
import { describeFileIssue, describeIssue } from "../../src/taskpane/editing/describeIssue";
import type { Language } from "../../src/taskpane/i18n";
import { createI18n } from "../../src/taskpane/i18n/context";
import { designExample } from "../core/helpers";
import { loadEveryLanguage, MESSAGES } from "./support/languages";

beforeAll(loadEveryLanguage);

const LANGUAGES = Object.keys(MESSAGES) as Language[];
const TAGS: Record<Language, string> = { en: "en-US", nl: "nl-NL", de: "de-DE", hu: "hu-HU" };
const placeholders = (text: string) => [...new Set((text.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1)))].sort();

function textOf(language: Language, key: string): string | undefined {
  return (MESSAGES[language] as Record<string, string>)[key];
}

describe("issue texts in every language", () => {
  it("covers the four languages", () => expect(LANGUAGES.sort()).toEqual(["de", "en", "hu", "nl"]));

  it.each(LANGUAGES)("%s has a text for every code, using only that code's params", (language) => {
    for (const code of PROFILE_ISSUE_CODES) {
      const text = textOf(language, `issue.${code}`);
      expect([code, typeof text === "string" && text.trim() !== ""]).toEqual([code, true]);
      const allowed = ISSUE_PARAMS[code] as readonly string[];
      expect([code, placeholders(text ?? "").filter((name) => !allowed.includes(name))]).toEqual([code, []]);
    }
  });

  it.each(LANGUAGES)("%s names every kind of value a field needs or holds", (language) => {
    for (const kind of EXPECTED_KINDS) expect([kind, placeholders(textOf(language, `issue.expected.${kind}`) ?? "{missing}")]).toEqual([kind, []]);
    for (const kind of FOUND_KINDS) {
      const text = textOf(language, `issue.found.${kind}`) ?? "{missing}";
      expect([kind, placeholders(text).filter((name) => name !== "value")]).toEqual([kind, []]);
    }
  });

  it("has no issue text left over from a code that no longer exists", () => {
    const codes = new Set<string>(PROFILE_ISSUE_CODES);
    const stray = Object.keys(MESSAGES.en).filter((key) => /^issue\.[^.]+$/.test(key) && !codes.has(key.slice("issue.".length)));
    expect(stray).toEqual([]);
  });
});

function issuesOf(mutate: (p: Record<string, any>) => void): { issues: ProfileIssue[]; profile: Record<string, any> } {
  const profile = designExample();
  mutate(profile);
  const parsed = parseProfile(profile);
  if (parsed.ok) throw new Error("expected the profile to be rejected");
  return { issues: parsed.errors, profile };
}

function described(language: Language, mutate: (p: Record<string, any>) => void): string[] {
  const { issues, profile } = issuesOf(mutate);
  return issues.map((issue) => describeIssue(issue, profile, createI18n(TAGS[language])));
}

// One sample per kind of sentence: a bound, a number over a thousand, a cross-field check, quoted text, a share.
const SAMPLES: { name: string; mutate: (p: Record<string, any>) => void; expected: Record<Language, string> }[] = [
  {
    name: "a negative weight",
    mutate: (p) => (p.criteria[0].weight = -1),
    expected: {
      en: "Criterion 1: Revenue, Weight: At least 0",
      nl: "Criterium 1: Revenue, Gewicht: Minimaal 0",
      de: "Kriterium 1: Revenue, Gewicht: Mindestens 0",
      hu: "1. szempont: Revenue, Súly: Legalább 0",
    },
  },
  {
    name: "a maximum not above the minimum",
    mutate: (p) => {
      p.criteria[0].rule.min = 1500.5;
      p.criteria[0].rule.max = 1000;
    },
    expected: {
      en: "Criterion 1: Revenue, Maximum: Must be more than the minimum (1,500.5)",
      nl: "Criterium 1: Revenue, Maximum: Moet groter zijn dan het minimum (1.500,5)",
      de: "Kriterium 1: Revenue, Maximum: Muss größer als das Minimum (1.500,5) sein",
      hu: "1. szempont: Revenue, Maximum: Nagyobbnak kell lennie a minimumnál (1500,5)",
    },
  },
  {
    name: "an ideal range in the wrong order",
    mutate: (p) => (p.criteria[1].rule.idealHigh = 40),
    expected: {
      en: "Criterion 2: Employees, Ideal up to: Cannot be below “Ideal from” (50)",
      nl: "Criterium 2: Employees, Ideaal tot en met: Mag niet lager zijn dan “Ideaal vanaf” (50)",
      de: "Kriterium 2: Employees, Ideal bis: Darf nicht unter „Ideal ab“ (50) liegen",
      hu: "2. szempont: Employees, Ideális felső határ: Nem lehet kisebb, mint „Ideális alsó határ” (50)",
    },
  },
  {
    name: "text where a number belongs",
    mutate: (p) => (p.criteria[0].weight = "three"),
    expected: {
      en: "Criterion 1: Revenue, Weight: Must be a number, not the text “three”",
      nl: "Criterium 1: Revenue, Gewicht: Moet een getal zijn, niet de tekst “three”",
      de: "Kriterium 1: Revenue, Gewicht: Muss eine Zahl sein, nicht der Text „three“",
      hu: "1. szempont: Revenue, Súly: Ide szám kell, nem szöveg („three”)",
    },
  },
  {
    name: "quota shares over 100%",
    mutate: (p) => (p.scale = { grades: ["A", "B", "C"], mode: "quantiles", shares: [0.7, 0.45] }),
    expected: {
      en: "Scale: The shares add up to 115%, more than all clients",
      nl: "Schaal: De aandelen tellen op tot 115%, meer dan alle klanten",
      de: "Skala: Die Anteile ergeben zusammen 115\u00a0%, mehr als alle Kunden",
      hu: "Skála: Az arányok összege 115%, több mint az összes ügyfél",
    },
  },
  {
    name: "a rating date that is no date",
    mutate: (p) => (p.ratingDate = "31.12.2024"),
    expected: {
      en: "Rating date: “31.12.2024” is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30",
      nl: "Beoordelingsdatum: “31.12.2024” is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2024-06-30",
      de: "Stichtag: „31.12.2024“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2024-06-30",
      hu: "Minősítés dátuma: „31.12.2024” nem dátum; írja ÉÉÉÉ-HH-NN alakban, például 2024-06-30",
    },
  },
  {
    name: "every weight at 0",
    mutate: (p) => p.criteria.forEach((c: Record<string, unknown>) => (c.weight = 0)),
    expected: {
      en: "Criteria: All weights are 0: give at least one criterion a weight above 0",
      nl: "Criteria: Alle gewichten zijn 0: geef minstens één criterium een gewicht boven 0",
      de: "Kriterien: Alle Gewichte sind 0: Geben Sie mindestens einem Kriterium ein Gewicht über 0",
      hu: "Szempontok: Minden súly 0: legalább egy szempontnak adjon 0-nál nagyobb súlyt",
    },
  },
];

describe("describeIssue", () => {
  for (const sample of SAMPLES) {
    it.each(LANGUAGES)(`words ${sample.name} in %s`, (language) => {
      expect(described(language, sample.mutate)).toContain(sample.expected[language]);
    });
  }

  it("keeps zod's English out of every language but English", () => {
    const { issues, profile } = issuesOf((p) => {
      p.criteria[0].rule.max = -5;
      p.criteria[2].knockout.below = 120;
    });
    for (const language of ["nl", "de", "hu"] as const) {
      for (const issue of issues) expect(describeIssue(issue, profile, createI18n(TAGS[language]))).not.toContain(issue.message);
    }
  });

  it("still says the sheet has no criteria when the list is empty", () => {
    expect(described("de", (p) => (p.criteria = []))).toEqual([MESSAGES.de["state.noCriteria"]]);
  });

  it("says a newer version without the field it sits in", () => {
    expect(described("nl", (p) => (p.version = 2))).toEqual([
      "Gemaakt met een nieuwere versie van Klantbeoordeling (profielversie 2; deze versie leest 1). Werk de invoegtoepassing bij om het te gebruiken",
    ]);
  });
});

describe("describeFileIssue", () => {
  it("names the profile of a file that holds several, and labels the field within it", () => {
    const retail: Record<string, any> = { ...designExample(), name: "Retail" };
    retail.criteria[0] = { ...retail.criteria[0], weight: true };
    const document = { version: 1, profiles: [designExample(), retail] };
    const parsed = parseProfileSet(document);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((issue) => describeFileIssue(issue, document, createI18n("de-DE")))).toEqual([
      "Retail: Kriterium 1: Revenue, Gewicht: Muss eine Zahl sein, nicht true",
    ]);
  });

  it("says what a file holds instead of a profile", () => {
    const parsed = parseProfileSet("Wholesale");
    expect(!parsed.ok && parsed.errors.map((issue) => describeFileIssue(issue, "Wholesale", createI18n("hu-HU")))).toEqual([
      "Ide profil kell, nem szöveg („Wholesale”)",
    ]);
  });
});
