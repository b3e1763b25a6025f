// Numbers in the panel's input fields, in the display language's convention: 253,4 in German, 253.4 in English.
import { readNumber } from "../../core/values";
import type { Language } from "../i18n";

/** What the user typed as a number, or null while it is not one yet ("", "-", "12,"). */
export function parseLocaleNumber(text: string, language: Language): number | null {
  if (text.trim() === "") return null;
  const read = readNumber(text, language);
  return read.ok && Number.isFinite(read.value) ? read.value : null;
}

const editFormats = new Map<string, Intl.NumberFormat>();

/** A number as an input field shows it: the language's decimal separator, no thousands separators (they get in the way while typing). */
export function formatLocaleNumber(value: number, tag: string): string {
  let format = editFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: 10, useGrouping: false });
    editFormats.set(tag, format);
  }
  return format.format(value);
}
