// The short text a ribbon click reports, in the user's language: what was rated, or why nothing was.
import { RaterError } from "../core/errors";
import type { Language } from "../core/labels";
import type { RateOutcome } from "../excel";
import { fillNotice, noticeWords } from "./noticeWords";

export function outcomeMessage(o: RateOutcome, language: Language = "en"): string {
  const words = noticeWords(language);
  const count = (n: number) => new Intl.NumberFormat(language).format(n);
  const pct = (x: number) => new Intl.NumberFormat(language, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  const grades = o.gradeLabels.map((g) => `${g}: ${count(o.gradeCounts[g] ?? 0)}`).join(", ");
  const lines = [fillNotice(words.rated, { clients: count(o.clients), sheet: o.sheetName, grades })];
  if (o.usedDefaultProfile) lines.push(words.defaultProfile);
  if (o.pareto) {
    const { vitalFew, vitalFewShare, value, largestShare } = o.pareto;
    lines.push(fillNotice(words.pareto, { count: count(vitalFew), share: pct(vitalFewShare), value, largest: pct(largestShare) }));
  }
  // Warnings are worded in English by core: listed in English, counted in the other languages (the panel words them).
  if (language === "en") {
    for (const w of o.warnings.slice(0, 3)) lines.push(w.message);
    if (o.warnings.length > 3) lines.push(fillNotice(words.moreNotes, { count: count(o.warnings.length - 3) }));
  } else if (o.warnings.length > 0) {
    lines.push(fillNotice(words.notes, { count: count(o.warnings.length) }));
  }
  return lines.join("\n");
}

export function errorMessage(error: unknown, language: Language = "en"): string {
  if (language !== "en") return noticeWords(language).failed;
  if (error instanceof RaterError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return fillNotice(noticeWords("en").failed, { detail: message });
}
