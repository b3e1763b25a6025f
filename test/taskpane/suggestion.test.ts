import { rateClients } from "../../src/core";
import { createPreviewEngine } from "../../src/taskpane/preview";
import { suggestWithMoves, withSuggestedWeights } from "../../src/taskpane/preview/suggestion";
import { knownWeightsProfile, knownWeightsTable } from "../core/suggestData";
import { sampleProfile } from "./support/clients";

const options = { asOf: new Date(Date.UTC(2026, 10, 27)), locale: "en" as const };
const table = knownWeightsTable(300, [5, 3, 2, 0], 50);
const profile = knownWeightsProfile([3, 3, 2, 2]);

describe("a suggestion with its grade moves", () => {
  it("moves every client from the current weights' grade to the suggestion's, as rating with the suggested weights would", () => {
    const { suggestion, moves } = suggestWithMoves(table, [profile], options, {});
    if (!suggestion.ok) throw new Error(suggestion.message);
    const before = rateClients(table, [profile], options).grades;
    const after = rateClients(table, withSuggestedWeights([profile], 0, suggestion), options).grades;
    const rank = (grade: string) => profile.scale.grades.indexOf(grade);
    let up = 0;
    let down = 0;
    before.forEach((grade, i) => {
      if (rank(after[i]) < rank(grade)) up++;
      if (rank(after[i]) > rank(grade)) down++;
    });
    expect(moves).toMatchObject({ up, down, same: table.rows.length - up - down, notComparable: 0 });
    expect(up + down).toBeGreaterThan(0);
  });

  it("replaces the weights of the chosen profile only", () => {
    const { suggestion } = suggestWithMoves(table, [profile], options, {});
    if (!suggestion.ok) throw new Error(suggestion.message);
    const other = sampleProfile();
    const [first, second] = withSuggestedWeights([other, profile], 1, suggestion);
    expect(first).toBe(other);
    expect(second.criteria.map((c) => c.weight)).toEqual(suggestion.weights.map((w) => w.suggested));
    expect(profile.criteria.map((c) => c.weight)).toEqual([3, 3, 2, 2]);
  });

  it("comes back from the preview engine as computed directly, and a refusal has no moves", async () => {
    const engine = createPreviewEngine();
    engine.setTable(table);
    expect(await engine.suggest([profile], options, {})).toEqual(suggestWithMoves(table, [profile], options, {}));
    const refused = await engine.suggest([profile], options, { outcome: "Nowhere" });
    expect(refused).toEqual({ suggestion: expect.objectContaining({ ok: false, code: "outcome-not-found" }), moves: null });
    engine.dispose();
  });
});
