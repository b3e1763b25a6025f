// Random client tables, profiles and weight changes for the re-weight tests (test/core/reweight.test.ts,
// test/taskpane/previewReweight.test.ts): every scale, knockouts, blanks, errors and rows no profile rates.
import fc from "fast-check";
import { parseProfile, type CellValue, type ClientTable, type Profile, type ProfileInput } from "../../src/core";

export const AS_OF_SERIAL = 46_353; // AS_OF as an Excel serial date
export const HEADERS = ["Client", "Revenue", "Days late", "Rating", "Last contact", "Segment", "Profit"];

// Cells as sheets hold them: numbers, blanks, Excel errors, unreadable text, categories in any case.
const numberCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -20, max: 220 }) },
  { weight: 1, arbitrary: fc.double({ min: -10, max: 210, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(null, "", "#N/A", "n/a", "  ") },
);
const ratingCell = fc.constantFrom<CellValue>("AAA", "aa ", "A", "BBB", "B", "zz", null, "", "#VALUE!");
const dateCell = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: AS_OF_SERIAL - 500, max: AS_OF_SERIAL + 5 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "never") },
);
const segmentCell = fc.constantFrom<CellValue>("East", "west", "Central", null);
const rowArb = fc.tuple(numberCell, numberCell, ratingCell, dateCell, segmentCell, numberCell);
const tableArb = fc.array(rowArb, { minLength: 1, maxLength: 70 }).map(
  (rows): ClientTable => ({ headers: HEADERS, rows: rows.map((cells, i) => [`Client ${i + 1}`, ...cells]) }),
);

const SCALES: ProfileInput["scale"]["grades"][] = [
  ["A", "B", "C", "D"],
  ["5", "4", "3", "2", "1"],
  ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"],
];

/** Cut-offs (best grade's first, falling) and quantile shares (adding up to at most 1) for `grades` grades. */
const cutoffsArb = (grades: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: grades - 1, maxLength: grades - 1 }).map((c) => c.sort((a, b) => b - a));
export const sharesArb = (grades: number) =>
  fc
    .tuple(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: grades - 1, maxLength: grades - 1 }), fc.integer({ min: 0, max: 9 }))
    .map(([parts, rest]) => {
      const total = parts.reduce((a, b) => a + b, 0) + rest;
      return parts.map((part) => part / total);
    });

const criterionArb = fc.record({
  rule: fc.constantFrom<ProfileInput["criteria"][number]["rule"]>(
    { type: "higher", min: 0, max: 150 },
    { type: "lower", min: 0, max: 60 },
    { type: "range", min: 5, idealLow: 50, idealHigh: 120, max: 200 },
    { type: "categories", scores: { AAA: 100, AA: 85, A: 70, BBB: 50 }, otherwise: 10 },
    { type: "recency", fullDays: 30, zeroDays: 365 },
  ),
  numberColumn: fc.constantFrom("Revenue", "Days late", "Profit"),
  knockout: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  missing: fc.constantFrom<"zero" | "ignore" | undefined>(undefined, "zero", "ignore"),
  weight: fc.integer({ min: 0, max: 10 }),
});

const columnOf = (rule: { type: string }, numberColumn: string) =>
  rule.type === "categories" ? "Rating" : rule.type === "recency" ? "Last contact" : numberColumn;

/** A valid profile on one of the scales, with its own criteria and a Pareto on Profit. */
const profileArb = (name: string, appliesTo?: ProfileInput["appliesTo"]) =>
  fc
    .record({
      grades: fc.constantFrom(...SCALES),
      quantiles: fc.boolean(),
      criteria: fc.array(criterionArb, { minLength: 1, maxLength: 5 }),
    })
    .chain(({ grades, quantiles, criteria }) =>
      (quantiles ? sharesArb(grades.length) : cutoffsArb(grades.length)).map((bounds): Profile => {
        const input: ProfileInput = {
          version: 1,
          name,
          ...(appliesTo ? { appliesTo } : {}),
          scale: quantiles ? { grades, mode: "quantiles", shares: bounds } : { grades, mode: "thresholds", cutoffs: bounds },
          criteria: criteria.map((c, j) => ({
            id: `c${j}`,
            column: columnOf(c.rule, c.numberColumn),
            area: j % 2 === 0 ? "client" : "fit",
            weight: j === 0 ? c.weight + 1 : c.weight,
            rule: c.rule,
            ...(c.knockout === undefined ? {} : { knockout: { below: c.knockout } }),
            ...(c.missing ? { missing: c.missing } : {}),
          })),
          pareto: { value: "Profit", share: 0.8 },
        };
        const parsed = parseProfile(input);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        return parsed.profile;
      }),
    );

/** One profile, or two where the first rates only some segments (so some rows may match none). */
const profilesArb = fc.oneof(
  profileArb("Only").map((p) => [p]),
  fc.tuple(profileArb("East", { column: "Segment", values: ["east"] }), profileArb("Rest", { column: "Segment", values: ["West", "Central"] })),
  fc.tuple(profileArb("East", { column: "Segment", values: ["east"] }), profileArb("Fallback")),
);

/** A later state of the panel: new weights (any, even all 0) and, now and then, new cut-offs or shares. */
const changeArb = (profiles: Profile[]) =>
  fc.tuple(
    ...profiles.map((profile) =>
      fc.record({
        weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 5, noNaN: true })), {
          minLength: profile.criteria.length,
          maxLength: profile.criteria.length,
        }),
        bounds: fc.option(profile.scale.mode === "quantiles" ? sharesArb(profile.scale.grades.length) : cutoffsArb(profile.scale.grades.length), { nil: undefined }),
      }),
    ),
  ).map((changes) =>
    profiles.map((profile, p): Profile => {
      const { weights, bounds } = changes[p];
      const scale = !bounds ? profile.scale : profile.scale.mode === "quantiles" ? { ...profile.scale, shares: bounds } : { ...profile.scale, cutoffs: bounds };
      return { ...profile, scale, criteria: profile.criteria.map((c, j) => ({ ...c, weight: weights[j] })) };
    }),
  );

export const caseArb = fc
  .tuple(tableArb, profilesArb)
  .chain(([table, profiles]) => fc.tuple(fc.constant(table), fc.constant(profiles), fc.array(changeArb(profiles), { minLength: 1, maxLength: 4 })));
