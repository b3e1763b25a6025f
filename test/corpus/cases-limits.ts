// Cases about values and settings past what the model can honestly use: numbers too large to add up,
// weights too large to weigh with, dates that read either way round, and a rating date that must
// travel with the shared file.
import type { CorpusCase } from "./spec";
import { higher, profile, recency, revenueProfile } from "./profiles";

const GRADES = { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" };
const HEAD = ["Client", "Revenue", "Profit"];

/** Last contact 16, 120, 200 and 400 days before 2026-01-31: grades A, B, C, D on a 30/365-day recency rule. */
const contactSheet = (bravo: string) => ({
  sheets: [{
    name: "Clients",
    rows: [["Client", "Last contact", "Profit"], ["Alpha", "2026-01-15", 40], ["Bravo", bravo, 30],
      ["Charlie", "2025-07-15", 20], ["Delta", "2024-12-27", 10]],
  }],
});

export const limitCases: CorpusCase[] = [
  {
    id: "value-too-large-to-sum",
    title: "A Profit of 1e308 (and one of -1e308) cannot be added up: reported and left out, the other totals kept",
    build: {
      sheets: [{ name: "Clients", rows: [HEAD, ["Alpha", 90, 1e308], ["Bravo", 70, 30], ["Charlie", 50, -1e308], ["Delta", 10, 10]] }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", clients: 4, grades: GRADES, warnings: ["value-too-large", "largest-client-share"] },
  },
  {
    id: "weight-too-large",
    title: "A weight of 1e308 is refused by name, not rated into blank grades",
    build: { sheets: [{ name: "Clients", rows: [HEAD, ["Alpha", 90, 40], ["Bravo", 70, 30]] }] },
    profiles: [profile([higher("Revenue", 0, 100, 1e308), higher("Profit", 0, 100, 1)], {}, "Profit")],
    expect: { kind: "error", code: "invalid-profile", messageIncludes: "criteria[0].weight" },
  },
  {
    id: "rule-bound-too-large",
    title: "A rule's max of 1e308 is refused by name, not scored as Infinity",
    build: { sheets: [{ name: "Clients", rows: [HEAD, ["Alpha", 90, 40], ["Bravo", 70, 30]] }] },
    profiles: [profile([higher("Revenue", 0, 1e308)], {}, "Profit")],
    expect: { kind: "error", code: "invalid-profile", messageIncludes: "criteria[0].rule.max" },
  },
  {
    id: "default-profile-beside-1e308",
    title: "No profile, two Revenues and two Profits of 1e308 among ordinary ones: a default profile still rates everyone",
    build: {
      sheets: [{
        name: "Clients",
        rows: [HEAD, ...Array.from({ length: 20 }, (_, i) => [`Client ${i + 1}`, i === 3 || i === 4 ? 1e308 : 1000 * (i + 1), i === 5 || i === 6 ? 1e308 : 10 * (i + 1)])],
      }],
    },
    expect: { kind: "rated", clients: 20, warnings: ["value-too-large"] },
  },
  {
    id: "ambiguous-text-dates",
    title: "A Dutch sheet's 03/10/2025 is read as 3 October, and flagged because it could be 10 March",
    build: contactSheet("03/10/2025"),
    profiles: [profile([recency("Last contact")], { locale: "nl" }, "Profit")],
    expect: { kind: "rated", clients: 4, grades: GRADES, warnings: ["ambiguous-dates", "largest-client-share"] },
  },
  {
    id: "rating-date-travels-with-the-file",
    title: "Rated as of 2026-01-31, then rated again with no date: the stored date gives the same grades",
    build: contactSheet("2025-10-03"),
    preRate: [profile([recency("Last contact")], {}, "Profit")],
    preRateDate: "2026-01-31",
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
];
