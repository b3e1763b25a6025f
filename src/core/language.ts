import type { Language } from "./labels";

/** "nl-NL" -> "nl": Office's display language as one we write; anything else is English. */
export function languageOf(tag: string | undefined): Language {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "nl" || primary === "de" || primary === "hu" ? primary : "en";
}
