import { buildReason, parseProfile, rateClients, reasonWords, type ClientTable, type Profile } from "../../src/core";
import { AS_OF, designExample, makeProfile } from "./helpers";

const options = { asOf: AS_OF, locale: "en" as const };
const design = (): Profile => {
  const parsed = parseProfile(designExample());
  if (!parsed.ok) throw new Error("design example invalid");
  return parsed.profile;
};
const HEADERS = ["Client", "Revenue", "Employees", "Credit rating", "Days late", "Last contact", "Profit", "Service hours"];
// Last contact as Excel serials: 46,323 = 2026-10-28 (30 days before AS_OF), 46,000 = 2025-12-09.
const table = (rows: unknown[][]): ClientTable => ({ headers: HEADERS, rows: rows as ClientTable["rows"] });

describe("rateClients with the DESIGN.md profile", () => {
  const result = rateClients(
    table([
      ["Acme", 100000, 200, "AAA", 0, 46323, 50000, 10],
      ["Beta", 35000, 40, "bbb", 60, 46000, 20000, 80],
      ["Gamma", "#N/A", "", " aa ", 12, "2026-11-30", -1000, 10],
    ]),
    [design()],
    options,
  );

  it("scores, rounds and grades every client", () => {
    // Acme: all 100 -> 100. Beta: revenue 35 (w3), staff 40 -> (40-5)/45*100 = 77.78 (w1), credit 50 (w2),
    // late 0 (w2), contact 353 days -> (365-353)/335*100 = 3.58 (w1) => 286.36/9 = 31.82 -> 31.8
    expect(Array.from(result.scores)).toEqual([100, 31.8, expect.any(Number)]);
    expect(result.grades.slice(0, 2)).toEqual(["A", "D"]);
    // Gamma: revenue missing (0, w3), staff missing (0, w1), credit 85 (w2), late 80 (w2), future contact 100 (w1)
    expect(result.scores[2]).toBe(Math.round(((2 * 85 + 2 * 80 + 100) / 9) * 10) / 10);
  });
  it("computes area scores with the same formula", () => {
    expect(result.areaScores.client[1]).toBe(Math.round(((3 * 35 + (35 / 45) * 100 + 2 * 50) / 6) * 10) / 10);
    expect(result.areaScores.fit[1]).toBe(Math.round((((12 / 335) * 100) / 3) * 10) / 10);
  });
  it("explains each grade in one short cell", () => {
    expect(result.reasons[0]).toBe("All criteria met");
    // Beta (weights 3+1+2+2+1 = 9): lost Days late 2 x 100 / 9 = 22.2, Revenue 3 x 65 / 9 = 21.7; of the rest
    // gained Credit rating 2 x 50 / 9 = 11.1, Employees 77.8 / 9 = 8.6.
    expect(result.reasons[1]).toBe("+11 Credit rating, +9 Employees; -22 Days late, -22 Revenue");
    // Gamma: lost Days late 2 x 20 / 9 = 4.4, Credit rating 2 x 15 / 9 = 3.3; gained Last contact 100 / 9 = 11.1.
    expect(result.reasons[2]).toBe("Missing: Revenue, Employees; +11 Last contact; -4 Days late, -3 Credit rating");
    for (const reason of result.reasons) expect(reason.length).toBeLessThanOrEqual(120);
  });
  it("flags missing data and much effort for little value, and counts grades", () => {
    expect(result.flags[2]).toContain("missing data");
    // Beta: effort 80/100 = 0.8 (above the average 1/3) vs value share 20000/69000 = 0.29 -> much effort
    expect(result.flags[1]).toBe("much effort for little value");
    expect(result.flags[0]).toBe("");
    expect(result.gradeCounts.A + result.gradeCounts.B + result.gradeCounts.C + result.gradeCounts.D).toBe(3);
    expect(result.gradeLabels).toEqual(["A", "B", "C", "D"]);
  });
  it("builds the Pareto view from the first profile", () => {
    expect(result.pareto?.valueColumn).toBe("Profit");
    expect(result.pareto?.effortColumn).toBe("Service hours");
    expect(Array.from(result.pareto!.order)).toEqual([0, 1, 2]);
    expect(result.pareto?.largestWarning).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["missing-values", "largest-client-share"]));
    expect(result.warnings.find((w) => w.code === "largest-client-share")?.message).toContain("Acme");
  });
});

describe("knockouts", () => {
  it("gives the last grade whatever the score, with the reason", () => {
    const raw = designExample();
    raw.criteria[2].knockout.below = 60;
    const profile = parseProfile(raw);
    if (!profile.ok) throw new Error();
    const result = rateClients(table([["Beta", 100000, 200, "BBB", 0, 46323, 1, 1]]), [profile.profile], options);
    expect(result.scores[0]).toBe(88.9); // (300 + 100 + 100 + 200 + 100) / 9 = 88.89
    expect(result.grades[0]).toBe("D");
    expect(result.knockedOut[0]).toBe(1);
    // The knockout comes first; what the client still scores on the other criteria follows in points.
    expect(result.reasons[0]).toBe("Knocked out: Credit rating (BBB 50 < 60); +33 Revenue, +22 Days late");
    expect(result.flags[0]).toBe("knocked out");
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "knocked-out", params: { count: 1 } }));
  });
  it("knocks out a missing value scored 0, but not an ignored one", () => {
    const criteria = [
      { id: "rev", column: "Revenue", area: "client" as const, weight: 1, rule: { type: "higher" as const, min: 0, max: 100 } },
      {
        id: "credit", column: "Credit rating", area: "client" as const, weight: 1,
        rule: { type: "categories" as const, scores: { A: 100 } }, knockout: { below: 50 },
      },
    ];
    const rows = table([["X", 100, 1, null, 0, 0, 0, 0]]);
    const zero = rateClients(rows, [makeProfile({ criteria })], options);
    expect(zero.knockedOut[0]).toBe(1);
    expect(zero.grades[0]).toBe("D");
    const ignore = rateClients(rows, [makeProfile({ criteria: [criteria[0], { ...criteria[1], missing: "ignore" }] })], options);
    expect(ignore.knockedOut[0]).toBe(0);
    expect(ignore.scores[0]).toBe(100);
    expect(ignore.grades[0]).toBe("A");
  });
});

describe("missing values", () => {
  const criteria = (missing?: "zero" | "ignore") => [
    { id: "rev", column: "Revenue", area: "client" as const, weight: 1, rule: { type: "higher" as const, min: 0, max: 100 } },
    { id: "late", column: "Days late", area: "fit" as const, weight: 1, rule: { type: "lower" as const, min: 0, max: 100 }, missing },
  ];
  const rows = table([["X", 80, 0, "", "#DIV/0!", 0, 0, 0], ["Y", 60, 0, "", "n/a", 0, 0, 0]]);

  it('"zero" (the default) scores 0 and reports the missing value', () => {
    const result = rateClients(rows, [makeProfile({ criteria: criteria() })], options);
    expect(Array.from(result.scores)).toEqual([40, 30]);
    expect(result.areaScores.fit[0]).toBe(0);
    // Revenue 80 of weight 1 in 2: lost 20 / 2 = 10 points; Days late, missing, is named as such.
    expect(result.reasons[0]).toBe("Missing: Days late; -10 Revenue");
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: "missing-values", params: { column: "Days late", count: 2, blank: 0, error: 1, unreadable: 1 } }),
    );
  });
  it('"ignore" leaves the criterion out of that client\'s score and area', () => {
    const result = rateClients(rows, [makeProfile({ criteria: criteria("ignore") })], options);
    expect(Array.from(result.scores)).toEqual([80, 60]);
    expect(result.areaScores.fit[0]).toBeNaN();
    expect(result.flags[0]).toBe("missing data");
  });
  it("a client with every criterion ignored has no score and no grade", () => {
    const only = [{ ...criteria("ignore")[1] }];
    const result = rateClients(rows, [makeProfile({ criteria: only })], options);
    expect(result.scores[0]).toBeNaN();
    expect(result.grades[0]).toBe("");
    expect(result.reasons[0]).toBe("Missing: Days late");
  });
  it("treats a column absent from the sheet as missing for all, with a warning", () => {
    const profile = makeProfile({
      criteria: [...criteria(), { id: "nps", column: "NPS", area: "fit", weight: 2, rule: { type: "higher", min: 0, max: 10 } }],
    });
    const result = rateClients(rows, [profile], options);
    expect(result.missingColumns).toEqual(["NPS"]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "missing-column", params: expect.objectContaining({ column: "NPS" }) }));
    expect(result.scores[0]).toBe(20); // (80 + 0 + 0) / 4
  });
});

describe("weights, locales and scales", () => {
  it("weighs criteria and reads number text in the profile's or the option's locale", () => {
    const profile = makeProfile({
      criteria: [
        { id: "rev", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 10000 } },
        { id: "late", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 10 } },
      ],
    });
    const rows = table([["X", "€ 5.000,00", 0, "", "10", 0, 0, 0]]);
    expect(rateClients(rows, [profile], { asOf: AS_OF, locale: "nl" }).scores[0]).toBe(37.5);
    // In English "5.000,00" is no number: missing, scored 0, and reported as unreadable.
    const english = rateClients(rows, [profile], { asOf: AS_OF, locale: "en" });
    expect(english.scores[0]).toBe(0);
    expect(english.warnings).toContainEqual(expect.objectContaining({ code: "missing-values", params: expect.objectContaining({ column: "Revenue", unreadable: 1 }) }));
    expect(rateClients(rows, [{ ...profile, locale: "de" }], { asOf: AS_OF, locale: "en" }).scores[0]).toBe(37.5);
  });
  it("grades on a numeric scale, highest best", () => {
    const profile = makeProfile({ scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: [80, 60, 40, 20] } });
    const rows = table([[1, 90], [2, 79.95], [3, 10]].map(([c, r]) => [c, r, 0, "", 0, 0, 0, 0]));
    const result = rateClients(rows, [profile], options);
    expect(result.grades).toEqual(["5", "5", "1"]); // 79.95 rounds to 80.0 and the grade follows the rounded score
  });
  it("grades by quantiles, ties together, knocked-out clients outside the ranking", () => {
    const profile = makeProfile({ scale: { grades: ["A", "B", "C"], mode: "quantiles", shares: [0.2, 0.4] } });
    const values = [100, 90, 90, 70, 60, 50, 40, 30, 20, 10];
    const result = rateClients(table(values.map((v, i) => [i, v, 0, "", 0, 0, 0, 0])), [profile], options);
    expect(result.grades).toEqual(["A", "A", "A", "B", "B", "B", "C", "C", "C", "C"]);
  });
  it("uses recency in whole UTC days to the rating date", () => {
    const profile = makeProfile({
      criteria: [{ id: "c", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 0, zeroDays: 10 } }],
    });
    const rows = table([
      ["a", 0, 0, "", 0, "2026-11-27T23:59:00", 0, 0],
      ["b", 0, 0, "", 0, "2026-11-22", 0, 0],
      ["c", 0, 0, "", 0, "2026-12-25", 0, 0],
      ["d", 0, 0, "", 0, "2025-01-01", 0, 0],
    ]);
    const result = rateClients(rows, [profile], { asOf: new Date(Date.UTC(2026, 10, 27, 18, 30)), locale: "en" });
    expect(Array.from(result.scores)).toEqual([100, 50, 100, 0]);
  });
});

describe("several profiles", () => {
  const headers = ["Client", "Segment", "Revenue"];
  const rows: ClientTable["rows"] = [["a", "Corporate", 100], ["b", " corporate ", 50], ["c", "SME", 100], ["d", "", 0]];
  const corporate = makeProfile({ name: "Corporate", appliesTo: { column: "Segment", values: ["CORPORATE"] }, language: "nl" });
  const sme = makeProfile({
    name: "SME",
    appliesTo: { column: "Segment", values: ["sme"] },
    scale: { grades: ["1", "2"].reverse(), mode: "thresholds", cutoffs: [50] },
  });

  it("rates each row with the first profile whose appliesTo matches", () => {
    const result = rateClients({ headers, rows }, [corporate, sme], options);
    expect(Array.from(result.profileIndex)).toEqual([0, 0, 1, -1]);
    expect(result.grades).toEqual(["A", "C", "2", ""]);
    expect(result.gradeCounts).toEqual({ A: 1, B: 0, C: 1, D: 0, "2": 1 });
    // One criterion at 50: it lost 50 points, and a criterion named as a loss is not named again as a gain.
    expect(result.reasons[1]).toBe("-50 Revenue");
    expect(result.reasons[3]).toBe("Geen profiel van toepassing");
    expect(result.flags[3]).toBe("");
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "no-profile-for-rows", params: { count: 1 } }));
  });
  it("gives the rest to the profile without appliesTo", () => {
    const general = makeProfile({ name: "General" });
    const result = rateClients({ headers, rows }, [corporate, general, sme], options);
    expect(Array.from(result.profileIndex)).toEqual([0, 0, 2, 1]);
    expect(result.warnings.map((w) => w.code)).not.toContain("no-profile-for-rows");
  });
});

describe("edge cases", () => {
  it("warns when there is nothing to rate", () => {
    expect(rateClients({ headers: ["Revenue"], rows: [] }, [makeProfile()], options).warnings[0].code).toBe("nothing-to-rate");
    expect(rateClients({ headers: ["Revenue"], rows: [[1]] }, [], options).warnings[0].code).toBe("nothing-to-rate");
  });
  it("reports a Pareto total of zero or less and excluded values", () => {
    const profile = makeProfile({ pareto: { value: "Revenue", share: 0.8 } });
    const result = rateClients({ headers: ["Revenue"], rows: [[-5], [5], ["?"]] }, [profile], options);
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain("pareto-total-not-positive");
    expect(codes).toContain("pareto-excluded");
    expect(result.pareto?.vitalFewCount).toBe(0);
  });
  it("warns about a missing Pareto column and gives no Pareto", () => {
    const profile = makeProfile({ pareto: { value: "Profit", share: 0.8 } });
    const result = rateClients({ headers: ["Revenue"], rows: [[5]] }, [profile], options);
    expect(result.pareto).toBeNull();
    expect(result.missingColumns).toEqual(["Profit"]);
  });
  it("copes with short rows", () => {
    const result = rateClients({ headers: ["Client", "Revenue"], rows: [["a"]] }, [makeProfile()], options);
    expect(result.scores[0]).toBe(0);
  });
});

describe("reason text", () => {
  it("writes the same text as buildReason does, in every language", () => {
    for (const language of ["en", "nl", "de", "hu"] as const) {
      const profile = makeProfile({
        language,
        criteria: [
          { id: "rev", column: "Revenue", area: "client", weight: 2, rule: { type: "higher", min: 0, max: 100 } },
          { id: "late", column: "Days late", area: "fit", weight: 1, rule: { type: "lower", min: 0, max: 60 } },
        ],
      });
      const result = rateClients(table([["X", 35.55, 0, "", 15, 0, 0, 0]]), [profile], options);
      const words = reasonWords(language);
      // Revenue: gained 2 x 35.55 / 3 = 23.7, lost 2 x 64.45 / 3 = 43; Days late 75: gained 25, lost 8.3.
      const expected = buildReason(
        { knockouts: [], missing: [], gains: [], losses: [{ label: "Revenue", points: 42.97 }, { label: "Days late", points: 8.33 }], allMet: false },
        words,
      );
      expect(result.reasons[0]).toBe(expected);
      expect(result.reasons[0]).toBe("-43 Revenue, -8 Days late");
    }
  });
});
