import { decisionWords } from "../../src/core/decisionLabels";
import { flagWords, LANGUAGES, ownedColumnHeaders, paretoClassWords, reasonWords } from "../../src/core";

describe("labels", () => {
  it("gives the English owned column headers of CONTRACTS.md", () => {
    expect(ownedColumnHeaders("en")).toEqual({
      score: "Score", grade: "Grade", client: "Client score: who they are", fit: "Fit score: how they fit us", reasons: "Reasons", flags: "Flags",
      valueShare: "Value share", paretoClass: "Pareto class",
    });
  });
  it.each(LANGUAGES.filter((l) => l !== "en"))("translates every word into %s, headers unique", (language) => {
    const headers = Object.values(ownedColumnHeaders(language));
    expect(new Set(headers).size).toBe(headers.length);
    const english = ownedColumnHeaders("en");
    const translated = ownedColumnHeaders(language);
    expect(Object.keys(translated)).toEqual(Object.keys(english));
    expect(translated.grade).not.toBe(english.grade);
    for (const words of [reasonWords(language), flagWords(language), paretoClassWords(language)]) {
      for (const word of Object.values(words)) expect(word.length).toBeGreaterThan(0);
    }
    expect(flagWords(language).costlyToServe).not.toBe(flagWords("en").costlyToServe);
  });
  it("hands out copies, so a caller cannot change the table", () => {
    ownedColumnHeaders("en").score = "changed";
    expect(ownedColumnHeaders("en").score).toBe("Score");
  });
});

describe("decision words in Hungarian", () => {
  it("never write a(z) before a name (the article depends on the word, so a name goes in parentheses or before a colon)", () => {
    expect(JSON.stringify(decisionWords("hu"))).not.toMatch(/a\(z\)/i);
  });
});
