import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { createTranslator, interpolate, pickLanguage } from "../../src/taskpane/i18n";
import { MESSAGES, loadEveryLanguage } from "./support/languages";

const COMPONENTS = join(__dirname, "../../src/taskpane/components");

describe("UI text", () => {
  beforeAll(loadEveryLanguage);

  const english = Object.keys(MESSAGES.en).sort();

  it.each(["nl", "de", "hu"] as const)("%s has exactly the English keys, none empty", (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(english);
    for (const [key, text] of Object.entries(MESSAGES[language])) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });

  it.each(["nl", "de", "hu"] as const)("%s keeps every placeholder of the English text", (language) => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of english) {
      const en = MESSAGES.en[key as keyof typeof MESSAGES.en];
      const other = MESSAGES[language][key as keyof typeof MESSAGES.en];
      expect([key, placeholders(other)]).toEqual([key, placeholders(en)]);
    }
  });

  it("is translated, not copied: most Dutch texts differ from the English ones", () => {
    const same = english.filter((key) => MESSAGES.nl[key as keyof typeof MESSAGES.en] === MESSAGES.en[key as keyof typeof MESSAGES.en]);
    expect(same.length).toBeLessThan(english.length / 10);
  });

  it("picks the language from Office's display language, English otherwise", () => {
    expect(pickLanguage("nl-NL")).toBe("nl");
    expect(pickLanguage("nl-BE")).toBe("nl");
    expect(pickLanguage("de-AT")).toBe("de");
    expect(pickLanguage("hu-HU")).toBe("hu");
    expect(pickLanguage("fr-FR")).toBe("en");
    expect(pickLanguage("")).toBe("en");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(createTranslator("de")("criterion.weightValue", { weight: 3 })).toBe("Gewicht 3");
  });

  describe("components hold no user-visible literal text", () => {
    const files = readdirSync(COMPONENTS).filter((f) => f.endsWith(".tsx"));

    it("found the component files", () => expect(files.length).toBeGreaterThan(10));

    it.each(files)("%s", (file) => {
      const source = readFileSync(join(COMPONENTS, file), "utf8");
      // Text between JSX tags that is not an expression: >Some words<
      const jsxText = [...source.matchAll(/>\s*([^<>{}\s][^<>{}]*?)\s*</g)]
        .map((m) => m[1])
        .filter((text) => /[A-Za-z\u00C0-\u024F]/.test(text) && !/[=;()]/.test(text));
      // Literal strings in props people read: label="...", aria-label="...", title="...", placeholder="..."
      const literalProps = [...source.matchAll(/\b(label|aria-label|title|placeholder|header|content)="([^"]*)"/g)].map((m) => m[0]);
      expect({ jsxText, literalProps }).toEqual({ jsxText: [], literalProps: [] });
    });

    it("components that show text take it from t() or from a label prop", () => {
      for (const file of files) {
        const source = readFileSync(join(COMPONENTS, file), "utf8");
        const translated = /\bt\(|useI18n\(\)/.test(source);
        const passedIn = /\blabel\b/.test(source) || /<Panel\b/.test(source);
        // A slot that renders nothing yet (FocusLists) shows no text at all.
        const rendersNothing = !/<\w/.test(source.replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, ""));
        expect([file, translated || passedIn || rendersNothing]).toEqual([file, true]);
      }
    });
  });
});
