// A client's cell as the portrait shows it: numbers and dates in the display language, text as it is.
import { readDate, readNumber, readText, type CellValue, type Locale, type Rule } from "../../core";
import type { I18n } from "../i18n/context";

const MS_PER_DAY = 86_400_000;

/** The value of a criterion's cell in words; "" for a blank or unreadable one (the caller says "no value"). */
export function criterionValueText(cell: CellValue, rule: Rule, locale: Locale, numberFormat: string | undefined, i18n: I18n): string {
  if (rule.type === "recency") {
    const day = readDate(cell, numberFormat, locale);
    return day.ok ? new Date(day.value * MS_PER_DAY).toLocaleDateString(i18n.numberTag, { timeZone: "UTC" }) : "";
  }
  if (rule.type === "categories") {
    const text = readText(cell);
    return text.ok ? text.value : "";
  }
  const number = readNumber(cell, locale, numberFormat);
  if (!number.ok) return "";
  return numberFormat?.includes("%") ? i18n.formatPercent(number.value) : i18n.formatNumber(number.value, 2);
}
