import { readFileSync } from "fs";
import { join } from "path";
import { buildDefaultProfile, rateClients, type ClientTable } from "../../src/core";
import { makeGroup, rankingKeys } from "../../src/core/rankingFit";
import { MIN_OUTCOMES, suggestWeights, type Suggestion, type SuggestResult } from "../../src/core/suggestWeights";
import { readClientSheet } from "../../src/excel";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { makeProfile } from "./helpers";
import { knownWeightsProfile, knownWeightsTable } from "./suggestData";

const OPTIONS = { asOf: new Date(Date.UTC(2023, 0, 15)), locale: "en" as const };

function ok(result: SuggestResult): Suggestion {
  if (!result.ok) throw new Error(`expected a suggestion, got ${result.code}: ${result.message}`);
  return result;
}

async function sampleTable(): Promise<ClientTable> {
  const workbook = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
  return (await createExcelHost(workbook).run((context) => readClientSheet(context))).table;
}

describe("suggestWeights on the sample workbook", () => {
  let table: ClientTable;
  beforeAll(async () => {
    table = await sampleTable();
  });

  it("beats the default profile's held-out rank correlation with Profit, for the default seed and others", () => {
    const profile = buildDefaultProfile(table);
    for (const seed of [undefined, 1, 2, 3]) {
      const suggestion = ok(suggestWeights(table, [profile], OPTIONS, { seed }));
      expect(suggestion.outcome).toBe("Profit");
      expect(suggestion.suggested.heldOut).toBeGreaterThan(suggestion.current.heldOut + 0.02);
      expect(suggestion.improved).toBe(true);
      expect(suggestion.clients.training + suggestion.clients.heldOut).toBe(table.rows.length);
      expect(suggestion.clients.heldOut).toBe(Math.round(table.rows.length * 0.3));
    }
  });

  it("keeps the Profit criterion out of the fit, flagged, at its weight; the others add up to their total in slider steps", () => {
    const profile = buildDefaultProfile(table);
    const suggestion = ok(suggestWeights(table, [profile], OPTIONS));
    const profit = suggestion.weights.find((w) => w.column === "Profit")!;
    expect(profit).toMatchObject({ readsOutcome: true, kept: "reads-outcome", current: 2, suggested: 2 });
    const others = suggestion.weights.filter((w) => !w.kept);
    expect(others.length).toBe(profile.criteria.length - 1);
    expect(others.reduce((sum, w) => sum + w.suggested, 0)).toBe(others.reduce((sum, w) => sum + w.current, 0));
    for (const w of suggestion.weights) expect(Number.isInteger(w.suggested) && w.suggested >= 0 && w.suggested <= 10).toBe(true);
  });

  it("gives the same result for the same input, and another split for another seed", () => {
    const profile = buildDefaultProfile(table);
    const first = ok(suggestWeights(table, [profile], OPTIONS));
    expect(ok(suggestWeights(table, [profile], OPTIONS))).toEqual(first);
    const other = ok(suggestWeights(table, [profile], OPTIONS, { seed: first.seed + 1 }));
    expect(other.seed).toBe(first.seed + 1);
    expect(other.clients).toEqual(first.clients);
    expect(other.current.heldOut).not.toBe(first.current.heldOut);
  });
});

describe("suggestWeights on data made from known weights", () => {
  // Profit = 5*C1 + 3*C2 + 2*C3 + 0*C4 + noise (sd 50 against a signal sd of about 180).
  const truth = [5, 3, 2, 0];
  const table = knownWeightsTable(2000, truth, 50);

  it("finds the true weights to within one slider step each (tolerance: 1 of a total of 10)", () => {
    const suggestion = ok(suggestWeights(table, [knownWeightsProfile([3, 3, 2, 2])], OPTIONS));
    const suggested = suggestion.weights.map((w) => w.suggested);
    expect(suggested.reduce((a, b) => a + b, 0)).toBe(10);
    suggested.forEach((weight, j) => expect(Math.abs(weight - truth[j])).toBeLessThanOrEqual(1));
    expect(suggestion.suggested.heldOut).toBeGreaterThan(suggestion.current.heldOut);
    expect(suggestion.suggested.heldOut).toBeGreaterThan(0.9);
  });

  it("scales to the profile's weight total: twice the total, twice the weights (within a step)", () => {
    const suggestion = ok(suggestWeights(table, [knownWeightsProfile([5, 5, 5, 5])], OPTIONS));
    const suggested = suggestion.weights.map((w) => w.suggested);
    expect(suggested.reduce((a, b) => a + b, 0)).toBe(20);
    suggested.forEach((weight, j) => expect(Math.abs(weight - 2 * truth[j])).toBeLessThanOrEqual(1));
  });

  it("changes nothing when the current weights are already the best on the slider's steps", () => {
    const suggestion = ok(suggestWeights(table, [knownWeightsProfile(truth)], OPTIONS));
    expect(suggestion.weights.map((w) => w.suggested)).toEqual(truth);
  });

  it("fits a criterion that reads the outcome only when asked, and flags it either way", () => {
    const base = knownWeightsProfile([3, 3, 2, 2]);
    const profile = makeProfile({
      ...base,
      criteria: [...base.criteria, { id: "profit", column: "Profit", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 1000 } }],
    });
    const left = ok(suggestWeights(table, [profile], OPTIONS));
    expect(left.weights[4]).toMatchObject({ readsOutcome: true, kept: "reads-outcome", suggested: 1 });
    const fitted = ok(suggestWeights(table, [profile], OPTIONS, { includeOutcomeCriteria: true }));
    expect(fitted.weights[4].readsOutcome).toBe(true);
    expect(fitted.weights[4].kept).toBeUndefined();
    expect(fitted.weights[4].suggested).toBeGreaterThan(1);
  });

  it("uses another outcome column when asked", () => {
    const suggestion = ok(suggestWeights(table, [knownWeightsProfile([3, 3, 2, 2])], OPTIONS, { outcome: "C2" }));
    expect(suggestion.outcome).toBe("C2");
    expect(suggestion.weights[1]).toMatchObject({ readsOutcome: true, kept: "reads-outcome" });
  });
});

describe("suggestWeights refuses with a specific reason", () => {
  const table = knownWeightsTable(200, [1, 1, 1], 10);
  const profile = knownWeightsProfile([1, 1, 1]);

  it("too few readable outcome values", () => {
    const sparse = { ...table, rows: table.rows.map((row, i) => (i < MIN_OUTCOMES - 1 ? row : [...row.slice(0, 3), "n/a"])) };
    const result = suggestWeights(sparse, [profile], OPTIONS);
    expect(result).toMatchObject({ ok: false, code: "too-few-outcomes", params: { column: "Profit", readable: MIN_OUTCOMES - 1, clients: 200, needed: MIN_OUTCOMES } });
    expect(result.ok || result.message).toBe(`Profit has a readable number for ${MIN_OUTCOMES - 1} of 200 clients; suggesting weights needs at least ${MIN_OUTCOMES}.`);
  });
  it("an outcome that does not vary", () => {
    const flat = { ...table, rows: table.rows.map((row) => [...row.slice(0, 3), 5]) };
    expect(suggestWeights(flat, [profile], OPTIONS)).toMatchObject({ ok: false, code: "outcome-constant" });
  });
  it("no outcome column named, or one the sheet lacks", () => {
    const withoutPareto = { ...profile, pareto: undefined };
    expect(suggestWeights(table, [withoutPareto], OPTIONS)).toMatchObject({ ok: false, code: "no-outcome" });
    expect(suggestWeights(table, [profile], OPTIONS, { outcome: "Shoe size" })).toMatchObject({ ok: false, code: "outcome-not-found", params: { column: "Shoe size" } });
  });
  it("fewer than two criteria to weigh (the others read the outcome or never vary)", () => {
    const constant = { ...table, rows: table.rows.map((row) => [row[0], 50, row[2], row[3]]) };
    const result = suggestWeights(constant, [profile], OPTIONS, { outcome: "C3" });
    expect(result).toMatchObject({ ok: false, code: "nothing-to-weigh", params: { column: "C3", criteria: 1 } });
  });
});

describe("the order a suggestion is judged by is the rating's", () => {
  it("scores as rateClients does (missing as 0 or left out), knocked-out clients after all others", () => {
    const table: ClientTable = {
      headers: ["A", "B", "C", "Profit"],
      rows: [
        [80, 20, null, 1],
        [10, 30, 90, 2],
        [50, 50, 50, 3],
        [95, 5, 100, 4], // knocked out on B (below 10)
        [null, null, null, 5],
      ],
    };
    const profile = makeProfile({
      criteria: [
        { id: "a", column: "A", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100 } },
        { id: "b", column: "B", area: "client", weight: 2, rule: { type: "higher", min: 0, max: 100 }, knockout: { below: 10 } },
        { id: "c", column: "C", area: "fit", weight: 1, missing: "ignore", rule: { type: "higher", min: 0, max: 100 } },
      ],
    });
    const rated = rateClients(table, [profile], { ...OPTIONS, texts: false });
    const c = 3;
    const scores = new Float64Array(table.rows.length * c);
    table.rows.forEach((_, r) => {
      for (let j = 0; j < c; j++) scores[r * c + j] = rated.criterionScores[0][j][rated.memberPosition[r]];
    });
    const group = makeGroup(scores, rated.knockedOut, Float64Array.from(table.rows, (row) => Number(row[3])), c);
    const keys = rankingKeys(group, [3, 2, 1], [false, false, true]);
    for (const r of [0, 1, 2]) expect(keys[r]).toBeCloseTo(rated.scores[r], 1);
    expect(rated.knockedOut[3]).toBe(1);
    expect(rated.knockedOut[4]).toBe(1);
    for (const r of [0, 1, 2]) expect(keys[3]).toBeLessThan(keys[r]);
    expect(keys[4]).toBeLessThan(keys[3]);
  });
});
