// Cases about the text users type: names that look like formulas, long text, emoji, right-to-left.
import type { CellSpec, CorpusCase } from "./spec";
import { higher, profile, revenueProfile } from "./profiles";

const HEAD = ["Client", "Revenue", "Profit"];
const LONG_A = "Revenue over the last twelve months, in euros, net of credit notes";
const LONG_B = "Average days between invoice date and payment, over the last 12 months";

/** Four clients with the given names and Revenue 90/70/50/10, so grades A..D in that order. */
function named(id: string, title: string, names: string[], extraColumn?: string[], warnings: string[] = ["largest-client-share"]): CorpusCase {
  const revenue = [90, 70, 50, 10];
  const rows: CellSpec[][] = names.map((name, i) => [name, revenue[i % 4], 40 - 10 * (i % 4), ...(extraColumn ? [extraColumn[i]] : [])]);
  const grades = Object.fromEntries(names.map((name, i) => [name, "ABCD"[i % 4]]));
  return {
    id,
    title,
    build: { sheets: [{ name: "Clients", rows: [[...HEAD, ...(extraColumn ? ["Note"] : [])], ...rows] }] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings, clients: names.length, grades, namesOnParetoSheet: true },
  };
}

const LONG = "Very long name ".repeat(2200).slice(0, 32767);

export const textCases: CorpusCase[] = [
  named("names-equals", "Client names starting with =", ['=HYPERLINK("http://evil.example","click")', "=1+1", "=A1", "=cmd|' /C calc'!A0"]),
  named("names-plus-minus", "Client names starting with + and -", ["+cmd|' /C calc'!A0", "-2+3", "+31 20 555 0100", "- Delta -"]),
  named("names-at", "Client names starting with @", ["@SUM(1+1)*cmd|' /C calc'!A0", "@home BV", "@", "@@"]),
  named("names-tab-cr", "Client names with tab and carriage return", ["\t=1+1", "Bravo\r=2+2", "\r\nCharlie", "Delta\tLtd"]),
  named("notes-like-formulas", "A free-text column full of formula-looking text", ["Alpha", "Bravo", "Charlie", "Delta"],
    ["=SUM(B2:B5)", "+B2", "@INDIRECT(\"A1\")", "-1"]),
  named("very-long-text", "A 32,767-character client name (Excel's cell limit) and a long note", [LONG, "Bravo", "Charlie", "Delta"],
    [LONG, "", "x", "y"]),
  named("emoji-and-rtl", "Emoji, right-to-left and combining characters in names", [
    "🍕 Pizza Co 👨‍👩‍👧", "شركة الأمل للتجارة", "חברת אלפא בע\"מ", "Ångström Ünïcödé e\u0301",
  ]),
  // "Alpha" and "Alpha " are one key to the rating history, which cannot follow either of them.
  named("duplicate-client-names", "The same client name twice", ["Alpha", "Alpha ", "Charlie", "Delta"], undefined, ["largest-client-share", "history-repeated-keys"]),
  {
    id: "honest-reasons-long-names",
    title: "Criteria with 70-character names: an A client that lost points on one is not told 'All criteria met', and the weak criterion stays in the text, shortened",
    build: {
      sheets: [{
        name: "Clients",
        rows: [["Client", LONG_A, LONG_B, "Profit"], ["Alpha", 100, 90, 40], ["Bravo", 100, 100, 30], ["Charlie", 10, 100, 20]],
      }],
    },
    profiles: [profile([higher(LONG_A), higher(LONG_B)], {}, "Profit")],
    expect: {
      kind: "rated",
      warnings: ["largest-client-share"],
      clients: 3,
      grades: { Alpha: "A", Bravo: "A", Charlie: "C" },
      reasons: {
        Alpha: { includes: ["-5 Average days between in"], excludes: ["All criteria met"] },
        Bravo: { includes: ["All criteria met"] },
        Charlie: { includes: ["-45 Revenue over the last t"], excludes: ["All criteria met"] },
      },
    },
  },
];
