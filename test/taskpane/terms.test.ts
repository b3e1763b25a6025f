// The panel and the sheets it writes use one term per idea in every language, and the stilted
// phrasings the review found do not come back.
import { ownedColumnHeaders, reasonWords, type Language } from "../../src/core/labels";
import { sheetWords } from "../../src/excel/sheetWords";
import { createTranslator } from "../../src/taskpane/i18n";
import { MESSAGES, loadEveryLanguage } from "./support/languages";

const LANGUAGES: Language[] = ["en", "nl", "de", "hu"];

beforeAll(loadEveryLanguage);

describe("one term per idea in the panel and the sheets", () => {
  it.each(LANGUAGES)("%s: the panel's areas, knock-out, grade and rating date are the sheets' words", (language) => {
    const t = createTranslator(language);
    const sheet = sheetWords(language).profile;
    const grade = ownedColumnHeaders(language).grade.toLowerCase();
    expect(t("criterion.area.client").startsWith(sheet.areaClient)).toBe(true);
    expect(t("criterion.area.fit").startsWith(sheet.areaFit)).toBe(true);
    expect(t("preview.knockedOut").toLowerCase()).toContain(reasonWords(language).knockedOut.toLowerCase());
    expect(t("ratingDate.label")).toBe(sheet.ratingDate);
    expect(t("rule.sentence.knockout").toLowerCase()).toContain(grade);
    expect(t("scale.kind").toLowerCase()).toContain(grade);
    expect(t("preview.distribution").toLowerCase()).toContain(grade.slice(0, -1));
    expect(t("ratingDate.hint")).toContain(t("rule.recency"));
  });
});

describe("reviewed phrasings", () => {
  const texts = (language: Language) => Object.values(MESSAGES[language]).join("\n");

  it("German speaks of classes, not school marks, and of moving up a class, not getting on a vehicle", () => {
    expect(texts("de")).not.toMatch(/\bNoten?\b|Noten|Steigen (auf|ab)|Aktuelles Datum|K\.-o\./);
  });

  it("Dutch leaves no English Fit or Knock-out and no vague 'iets anders'", () => {
    expect(texts("nl")).not.toMatch(/\bFit\b|Knock-out|iets anders/);
  });

  it("Hungarian does not write a(z) before a name, nor 'Friss dátum' or 'Nulla ettől', nor 'felett' for 'at'", () => {
    const hu = texts("hu");
    expect(hu).not.toMatch(/a\(z\)|Friss dátum|Nulla ettől/i);
    // In the higher/lower rules {max} is where the score reaches its end: "at or above", not "above".
    expect(MESSAGES.hu["rule.sentence.higher"]).not.toMatch(/\{max\} felett/);
    expect(MESSAGES.hu["rule.sentence.lower"]).not.toMatch(/\{max\} felett/);
  });
});
