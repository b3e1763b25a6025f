// Every language's panel texts at once, as the tests compare them; the panel itself fetches all but English
// when it needs them (src/taskpane/i18n/index.ts).
import { de } from "../../../src/taskpane/i18n/de";
import { en } from "../../../src/taskpane/i18n/en";
import { hu } from "../../../src/taskpane/i18n/hu";
import { loadLanguage, type Language, type Messages } from "../../../src/taskpane/i18n";
import { nl } from "../../../src/taskpane/i18n/nl";

export const MESSAGES: Record<Language, Messages> = { en, nl, de, hu };

/** For tests that translate synchronously (createTranslator, createI18n) in languages other than English. */
export async function loadEveryLanguage(): Promise<void> {
  await Promise.all((["nl", "de", "hu"] as const).map(loadLanguage));
}
