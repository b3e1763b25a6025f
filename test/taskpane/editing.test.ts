import { parseProfile } from "../../src/core";
import { addCriterion, moveCriterion, removeCriterion, uniqueCriterionId, unuseColumn } from "../../src/taskpane/editing/profileEdits";
import { emptyProfile } from "../../src/taskpane/editing/emptyProfile";
import { evenCutoffs, evenShares, gradesFor, kindOf, scaleWithGrades, scaleWithMode } from "../../src/taskpane/editing/scalePresets";
import { ruleOfType, suggestRule } from "../../src/taskpane/editing/suggestRule";
import { ruleSentence } from "../../src/taskpane/editing/ruleSentence";
import { readProfileFile, profileFileText } from "../../src/taskpane/editing/profileFile";
import { createI18n } from "../../src/taskpane/i18n/context";
import { clientTable, sampleProfile } from "./support/clients";
import { loadEveryLanguage } from "./support/languages";

beforeAll(loadEveryLanguage);

describe("profile edits", () => {
  it("moves a criterion up or down and ignores moves past either end", () => {
    const p = sampleProfile();
    expect(moveCriterion(p, 1, -1).criteria.map((c) => c.id)).toEqual(["staff", "revenue"]);
    expect(moveCriterion(p, 0, -1)).toBe(p);
    expect(moveCriterion(p, 1, 1)).toBe(p);
  });

  it("adds with a unique id, removes, and unmaps a column", () => {
    const p = sampleProfile();
    expect(uniqueCriterionId(p, "Revenue")).toBe("revenue-2");
    expect(uniqueCriterionId(p, "Días de atraso")).toBe("dias-de-atraso");
    const added = addCriterion(p, { id: uniqueCriterionId(p, "Revenue"), column: "Revenue", area: "fit", weight: 1, rule: { type: "higher", min: 0, max: 1 } });
    expect(added.criteria).toHaveLength(3);
    expect(unuseColumn(added, "Revenue").criteria.map((c) => c.id)).toEqual(["staff"]);
    expect(removeCriterion(p, 0).criteria.map((c) => c.id)).toEqual(["staff"]);
    expect(p.criteria).toHaveLength(2); // edits never mutate
  });

  it("starts an empty profile that only lacks criteria", () => {
    const parsed = parseProfile(emptyProfile("New"));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.path)).toEqual(["criteria"]);
  });
});

describe("scales", () => {
  it("offers letters, 1-5 and 1-10, best first, and recognises them", () => {
    expect(gradesFor("letters", 5)).toEqual(["A", "B", "C", "D", "E"]);
    expect(gradesFor("fivePoint")).toEqual(["5", "4", "3", "2", "1"]);
    expect(gradesFor("tenPoint")[0]).toBe("10");
    expect(kindOf(["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"])).toBe("tenPoint");
    expect(kindOf(["A", "B"])).toBe("letters");
  });

  it("keeps every preset valid under both modes", () => {
    for (const grades of [gradesFor("letters", 2), gradesFor("letters", 8), gradesFor("fivePoint"), gradesFor("tenPoint")]) {
      for (const mode of ["thresholds", "quantiles"] as const) {
        const scale = scaleWithMode(scaleWithGrades(sampleProfile().scale, grades), mode);
        const parsed = parseProfile(sampleProfile({ scale }));
        expect([grades.join(), mode, parsed.ok]).toEqual([grades.join(), mode, true]);
      }
    }
    expect(evenCutoffs(4)).toEqual([75, 50, 25]);
    expect(evenShares(5)).toEqual([0.2, 0.2, 0.2, 0.2]);
  });
});

describe("rules", () => {
  it("suggests a numeric rule over the column's values and categories for text", () => {
    expect(suggestRule(clientTable(), "Revenue", "en")).toEqual({ type: "higher", min: 0, max: 90000 });
    const segment = suggestRule(clientTable(), "Segment", "en");
    expect(segment.type).toBe("categories");
    expect(Object.keys((segment as { scores: object }).scores)).toEqual(["Corporate", "Retail"]);
  });

  it("gives valid defaults when the rule type changes", () => {
    const base = sampleProfile();
    for (const type of ["higher", "lower", "range", "recency"] as const) {
      const rule = ruleOfType(type, base.criteria[0].rule);
      const profile = { ...base, criteria: [{ ...base.criteria[0], rule }] };
      expect([type, parseProfile(profile).ok]).toEqual([type, true]);
    }
  });

  it("says the rule in plain words with the user's number format", () => {
    const staff = sampleProfile().criteria[1];
    expect(ruleSentence(staff, createI18n("en-US"))).toBe("Ideal between 50 and 500 Employees; 0 points below 5 or above 5,000.");
    expect(ruleSentence(staff, createI18n("de-DE"))).toBe("Ideal: Employees zwischen 50 und 500; 0 Punkte unter 5 oder über 5.000.");
  });
});

describe("profile files", () => {
  it("round-trips an export and reports bad JSON and bad fields", () => {
    const read = readProfileFile(profileFileText([sampleProfile()]));
    expect(read.ok && read.profiles[0].name).toBe("Wholesale");
    const notJson = readProfileFile("{ nope");
    expect(!notJson.ok && "notJson" in notJson).toBe(true);
    const bad = readProfileFile(JSON.stringify({ ...sampleProfile(), weight: 1, scale: { grades: ["A"], mode: "thresholds", cutoffs: [] } }));
    expect(!bad.ok && "issues" in bad && bad.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["weight", "scale.grades"]));
  });
});
