/** @jest-environment jsdom */
// Dutch, German and Hungarian come in chunks of their own (src/taskpane/i18n/index.ts): English until one is
// loaded, then that language, and the provider waits for the display language instead of showing English first.
import "./support/dom";
import { render, screen } from "@testing-library/react";
import { createTranslator, isLanguageLoaded, loadLanguage } from "../../src/taskpane/i18n";
import { I18nProvider, useI18n } from "../../src/taskpane/i18n/context";

function AddButtonText() {
  return <p>{useI18n().t("profiles.add")}</p>;
}

test("a language not yet loaded reads English; once loaded, its own words", async () => {
  expect(isLanguageLoaded("en")).toBe(true);
  expect(isLanguageLoaded("nl")).toBe(false);
  expect(createTranslator("nl")("profiles.add")).toBe("Add profile");
  const first = loadLanguage("nl");
  expect(loadLanguage("nl")).toBe(first);
  await first;
  expect(isLanguageLoaded("nl")).toBe(true);
  expect(createTranslator("nl")("profiles.add")).toBe("Profiel toevoegen");
  expect(isLanguageLoaded("de")).toBe(false);
});

test("the provider shows a spinner, never English, until the display language has loaded", async () => {
  expect(isLanguageLoaded("hu")).toBe(false);
  render(
    <I18nProvider displayLanguage="hu-HU">
      <AddButtonText />
    </I18nProvider>,
  );
  expect(screen.queryByText("Add profile")).toBeNull();
  expect(screen.getByRole("progressbar")).toBeTruthy();
  expect(await screen.findByText("Profil hozzáadása")).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
});
