// The reason text written in one pass (src/core/reasonText.ts, profileReasons.ts) must read exactly as the
// plain path: the reason parts picked one by one as docs/DESIGN.md describes them, then buildReason.
// Generated profiles (every rule type, knockouts, ignored missing values, long names) and rows, in every language.
import fc from "fast-check";
import { rateClients, type CellValue, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";
import { plainReason } from "./plainTexts";

const LANGUAGES = ["en", "nl", "de", "hu"] as const;
const LABELS = [
  "Alfa", "Bravo points", "Credit class", "Delta days", "Echo",
  "Average days between invoice date and payment, over the last 12 months",
  "Revenue over the last twelve months, in euros, net of credit notes",
  "Útmutató szám", "Größe", "Tevredenheid (%)",
];

const bound = fc.integer({ min: -50, max: 150 });
const ruleArb = fc.oneof(
  fc.tuple(fc.constantFrom("higher" as const, "lower" as const), bound, fc.integer({ min: 1, max: 200 }))
    .map(([type, min, span]) => ({ type, min, max: min + span })),
  fc.tuple(bound, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }))
    .map(([min, a, b, c]) => ({ type: "range" as const, min, idealLow: min + a, idealHigh: min + a + b, max: min + a + b + c })),
  fc.record({ AAA: fc.integer({ min: 0, max: 100 }), bb: fc.double({ min: 0, max: 100, noNaN: true }) })
    .map((scores) => ({ type: "categories" as const, scores, otherwise: 0 })),
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 400 }))
    .map(([fullDays, more]) => ({ type: "recency" as const, fullDays, zeroDays: fullDays + more })),
);
const criterionArb = fc.record({
  label: fc.constantFrom(...LABELS),
  weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0.1, max: 20, noNaN: true })),
  rule: ruleArb,
  knockout: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
  ignoreMissing: fc.boolean(),
});
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ min: -100, max: 300, noNaN: true }),
  fc.integer({ min: -60, max: 250 }),
  fc.constantFrom(null, "", "AAA", " bb ", "junk", "#N/A", "#DIV/0!", "a client note longer than twenty characters", 46_000, 46_050),
);

const caseArb = fc
  .tuple(
    // A profile needs a criterion with a weight above 0.
    fc.uniqueArray(criterionArb, { minLength: 1, maxLength: 8, selector: (c) => c.label }).filter((cs) => cs.some((c) => c.weight > 0)),
    fc.constantFrom(...LANGUAGES),
  )
  .chain(([criteria, language]) =>
    fc.tuple(
      fc.constant(criteria),
      fc.constant(language),
      fc.array(fc.array(cellArb, { minLength: criteria.length + 1, maxLength: criteria.length + 1 }), { minLength: 1, maxLength: 12 }),
    ),
  );

test("the one-pass reason text equals the plain reason text for generated profiles and rows, in every language", () => {
  const languagesSeen = new Set<string>();
  fc.assert(
    fc.property(caseArb, ([criteria, language, rows]) => {
      languagesSeen.add(language);
      const profile = makeProfile({
        language,
        criteria: criteria.map((c, j) => ({
          id: `c${j}`, column: c.label, area: "client", weight: c.weight, rule: c.rule,
          ...(c.knockout === undefined ? {} : { knockout: { below: c.knockout } }),
          ...(c.ignoreMissing ? { missing: "ignore" as const } : {}),
        })),
      });
      const table: ClientTable = { headers: ["Client", ...criteria.map((c) => c.label)], rows: rows.map((cells, i) => [`Client ${i}`, ...cells.slice(1)]) };
      const result = rateClients(table, [profile], { asOf: AS_OF, locale: "en" });
      for (let r = 0; r < rows.length; r++) expect([r, result.reasons[r]]).toEqual([r, plainReason(table, [profile], result, r)]);
    }),
    { numRuns: 400 },
  );
  expect([...languagesSeen].sort()).toEqual([...LANGUAGES].sort());
});
