import { readNumber, type ClientTable, type Locale, type Rule } from "../../core";

const MAX_CATEGORIES = 12;

/** A starting rule for a column the user has just chosen: numbers -> "higher" over their range, text -> categories. */
export function suggestRule(table: ClientTable, column: string, locale: Locale): Rule {
  const index = table.headers.indexOf(column);
  let min = Infinity;
  let max = -Infinity;
  let numbers = 0;
  let filled = 0;
  const categories: string[] = [];
  for (const row of table.rows) {
    const cell = index >= 0 ? row[index] : undefined;
    if (cell === null || cell === undefined || cell === "") continue;
    filled++;
    const read = readNumber(cell, locale, table.numberFormats?.[0]?.[index]);
    if (read.ok) {
      numbers++;
      min = Math.min(min, read.value);
      max = Math.max(max, read.value);
    } else if (categories.length < MAX_CATEGORIES) {
      const text = String(cell).trim();
      if (!categories.includes(text)) categories.push(text);
    }
  }
  if (numbers > 0 && numbers >= filled / 2) {
    return { type: "higher", min: Math.min(0, min), max: max > Math.min(0, min) ? max : Math.min(0, min) + 1 } as Rule;
  }
  const scores: Record<string, number> = {};
  categories.forEach((category, i) => {
    scores[category] = Math.round(100 - (100 * i) / Math.max(1, categories.length));
  });
  return { type: "categories", scores, otherwise: 0 } as Rule;
}

/** The default parameters when the user switches a criterion to another rule type. */
export function ruleOfType(type: Rule["type"], previous: Rule): Rule {
  const lo = "min" in previous && typeof previous.min === "number" ? previous.min : 0;
  const hi = "max" in previous && typeof previous.max === "number" ? previous.max : 100;
  switch (type) {
    case "higher":
    case "lower":
      return { type, min: lo, max: hi } as Rule;
    case "range": {
      const span = hi - lo;
      return { type, min: lo, idealLow: lo + span / 4, idealHigh: lo + (3 * span) / 4, max: hi } as Rule;
    }
    case "categories":
      return { type, scores: {}, otherwise: 0 } as Rule;
    case "recency":
      return { type, fullDays: 30, zeroDays: 365 } as Rule;
  }
}
