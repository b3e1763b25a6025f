// The client portrait and its what-if: one client rated on its own must agree with a rating of the whole sheet.
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import {
  buildDefaultProfile,
  clientContributions,
  clientPortrait,
  clientStanding,
  gradeByCutoffs,
  NEXT_STEPS,
  portraitBasis,
  rateClients,
  rateOneClient,
  type CellValue,
  type ClientTable,
  type PortraitBasis,
  type Profile,
} from "../../src/core";
import type { RatingResult } from "../../src/core/types";
import { readClientSheet } from "../../src/excel";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { AS_OF, makeProfile } from "./helpers";

const OPTIONS = { asOf: AS_OF, locale: "en" as const };

let sample: ClientTable;
beforeAll(async () => {
  const wb = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
  sample = (await createExcelHost(wb).run((context) => readClientSheet(context))).table;
});

/** Client `client`'s portrait, its standing taken from `result`, the full rating (as the preview worker gives it). */
function portraitOf(basis: PortraitBasis, result: RatingResult, client: number, row?: CellValue[]) {
  return clientPortrait(basis, clientStanding(result, basis.profiles, client), client, row);
}

function quantiles(profile: Profile): Profile {
  return { ...profile, scale: { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.3] } };
}

/** Every client of the sample, one at a time, against the full rating. */
function expectAgreement(profiles: Profile[]) {
  const result = rateClients(sample, profiles, OPTIONS);
  const basis = portraitBasis(sample, profiles, OPTIONS, clientStanding(result, profiles, 0).cutoffs);
  let rated = 0;
  for (let client = 0; client < sample.rows.length; client++) {
    const portrait = portraitOf(basis, result, client);
    expect({ client, score: portrait.score, grade: portrait.grade }).toEqual({ client, score: result.scores[client], grade: result.grades[client] });
    expect(portrait.nextStep).toBe(result.nextSteps[client] >= 0 ? NEXT_STEPS[result.nextSteps[client]] : null);
    expect(portrait.contributions).toEqual(clientContributions(result, profiles, client));
    if (portrait.grade !== "") rated++;
  }
  return rated;
}

describe("one client rated on its own", () => {
  it("gives every client of the sample the score, grade, points and next step of the full rating (thresholds)", () => {
    const profile = buildDefaultProfile(sample, "en");
    expect(profile.scale.mode).toBe("thresholds");
    expect(expectAgreement([profile])).toBe(sample.rows.length);
  });

  it("does so with quantile grades too, through the cut-offs of the full rating", () => {
    expect(expectAgreement([quantiles(buildDefaultProfile(sample, "en"))])).toBe(sample.rows.length);
  });

  it("does so with two profiles splitting the rows by segment", () => {
    const base = buildDefaultProfile(sample, "en");
    const segment = sample.headers.find((h) => /segment/i.test(h))!;
    const corporate = { ...quantiles(base), name: "Corporate", appliesTo: { column: segment, values: ["Corporate"] } };
    expect(expectAgreement([corporate, { ...base, name: "Others" }])).toBe(sample.rows.length);
  });

  it("scores a changed value as the full rating of the changed sheet does (thresholds)", () => {
    const profile = buildDefaultProfile(sample, "en");
    const numeric = profile.criteria
      .filter((c) => c.rule.type === "higher" || c.rule.type === "lower" || c.rule.type === "range")
      .map((c) => sample.headers.indexOf(c.column));
    expect(numeric.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sample.rows.length - 1 }),
        fc.constantFrom(...numeric),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (client, column, value) => {
          const rows = sample.rows.map((row, r) => (r === client ? row.map((cell, c) => (c === column ? value : cell)) : row));
          const changed: ClientTable = { ...sample, rows };
          const full = rateClients(changed, [profile], OPTIONS);
          const one = rateOneClient(sample.headers, rows[client], [profile], OPTIONS, [null], sample.numberFormats?.[client]);
          expect({ score: one.score, grade: one.grade }).toEqual({ score: full.scores[client], grade: full.grades[client] });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("quantile grades from cut-offs", () => {
  it("takes the first grade whose lowest score is reached, skipping empty grades, the last one below them all", () => {
    const grades = ["A", "B", "C", "D"];
    expect(gradeByCutoffs(90, grades, [80, 60, 40, 10])).toBe("A");
    expect(gradeByCutoffs(80, grades, [80, 60, 40, 10])).toBe("A");
    expect(gradeByCutoffs(79.9, grades, [80, 60, 40, 10])).toBe("B");
    expect(gradeByCutoffs(50, grades, [80, NaN, 40, 10])).toBe("C");
    expect(gradeByCutoffs(5, grades, [80, 60, 40, 10])).toBe("D");
  });

  it("says the grade came from the cut-offs only for a quantile scale", () => {
    const headers = ["Client", "Revenue"];
    const row: CellValue[] = ["Alpha", 55];
    const thresholds = makeProfile();
    expect(rateOneClient(headers, row, [thresholds], OPTIONS, [null])).toMatchObject({ grade: "C", gradedByCutoffs: false, score: 55 });
    const byRank = quantiles(thresholds);
    expect(rateOneClient(headers, row, [byRank], OPTIONS, [[90, 50, 20, 0]])).toMatchObject({ grade: "B", gradedByCutoffs: true });
  });
});

describe("the portrait's standing and flags", () => {
  const headers = ["Client", "Revenue", "Profit", "Hours", "Discount"];
  const rows: CellValue[][] = [
    ["Alpha", 90, 800, 10, 0.01],
    ["Bravo", 70, 150, 60, 0.2],
    ["Charlie", 20, 60, 5, 0.02],
    ["Delta", 10, -10, 25, 0.0],
  ];
  const table: ClientTable = { headers, rows };
  const profile = makeProfile({
    pareto: { value: "Profit", effort: "Hours", share: 0.8 },
    flags: { discount: { column: "Discount", above: 0.1 } },
  });
  const result = rateClients(table, [profile], OPTIONS);
  const basis = portraitBasis(table, [profile], OPTIONS, clientStanding(result, [profile], 0).cutoffs);

  it("ranks the client by value and gives its share", () => {
    const bravo = portraitOf(basis, result, 1);
    expect(bravo.pareto).toEqual({ rank: 2, of: 4, valueShare: 150 / 1000, vitalFew: false, column: "Profit" });
    expect(portraitOf(basis, result, 0).pareto?.vitalFew).toBe(true);
    expect(portraitOf(basis, result, 0).pareto?.rank).toBe(1);
  });

  it("names each flag with the figures that raised it", () => {
    const bravo = portraitOf(basis, result, 1);
    expect(bravo.flags).toEqual([
      { flag: "effort", column: "Hours", effortShare: 0.6, valueShare: 0.15, ratio: 2 },
      { flag: "discount", column: "Discount", value: 0.2, above: 0.1 },
    ]);
    expect(portraitOf(basis, result, 3).flags).toEqual([{ flag: "loss", column: "Profit", value: -10 }]);
    expect(portraitOf(basis, result, 0).flags).toEqual([]);
  });

  it("drops a limit flag when the what-if brings the value under the limit", () => {
    const changed = [...rows[1]];
    changed[4] = 0.05;
    expect(portraitOf(basis, result, 1, changed).flags.map((f) => f.flag)).toEqual(["effort"]);
  });

  it("grades a changed row with the current profile and keeps the Pareto standing of the full rating", () => {
    const changed = [...rows[2]];
    changed[1] = 95;
    const charlie = portraitOf(basis, result, 2, changed);
    expect(charlie.score).toBe(95);
    expect(charlie.grade).toBe("A");
    expect(charlie.pareto?.rank).toBe(3);
    expect(portraitOf(basis, result, 2).grade).toBe("D");
  });
});
