import { buildDefaultProfile, parseProfile, rateClients, RaterError, type ClientTable } from "../../src/core";
import { AS_OF } from "./helpers";

const rows = Array.from({ length: 21 }, (_, i) => [
  `Client ${i}`, i * 1000, i * 100 - 300, 10 + i * 5, ["AAA", "BBB", "BB"][i % 3], i % 10, 46000 + i, i * 2, "Retail",
]);
const table: ClientTable = {
  headers: ["Klant", "Omzet", "Winst", "Medewerkers", "Credit rating", "Dagen te laat", "Laatste contact", "Service uren", "Segment"],
  rows,
};

describe("buildDefaultProfile", () => {
  const profile = buildDefaultProfile(table, "nl");
  const byId = Object.fromEntries(profile.criteria.map((c) => [c.id, c]));

  it("builds a valid profile from the detected columns", () => {
    expect(parseProfile(profile).ok).toBe(true);
    expect(Object.keys(byId).sort()).toEqual(["credit", "daysLate", "employees", "lastContact", "profit", "revenue", "serviceHours"]);
    expect(profile.language).toBe("nl");
    expect(profile.locale).toBe("nl");
  });
  it("scales revenue between the data's 5th and 95th percentile", () => {
    expect(byId.revenue.rule).toEqual({ type: "higher", min: 1000, max: 19000 });
    expect(byId.revenue.column).toBe("Omzet");
    expect(byId.profit.rule).toMatchObject({ type: "higher", min: -200, max: 1600 });
  });
  it("puts costs and service in the fit area", () => {
    expect(byId.serviceHours).toMatchObject({ area: "fit", rule: { type: "lower" } });
    expect(byId.daysLate).toMatchObject({ area: "fit", rule: { type: "lower", min: 0 } });
    expect(byId.lastContact.rule).toEqual({ type: "recency", fullDays: 30, zeroDays: 365 });
    expect(byId.employees.rule.type).toBe("range");
    expect(byId.credit.rule).toMatchObject({ type: "categories", scores: { AAA: 100 } });
  });
  it("uses profit for the Pareto value and service hours for effort", () => {
    expect(profile.pareto).toEqual({ value: "Winst", effort: "Service uren", share: 0.8 });
    const onlyRevenue = buildDefaultProfile({ headers: ["Client", "Revenue"], rows: [["a", 1], ["b", 2]] });
    expect(onlyRevenue.pareto).toEqual({ value: "Revenue", share: 0.8 });
  });
  it("rates the sheet it came from", () => {
    const result = rateClients(table, [profile], { asOf: AS_OF, locale: "nl" });
    expect(result.grades.every((g) => ["A", "B", "C", "D"].includes(g))).toBe(true);
  });
  it("skips a detected column without readable values", () => {
    const profile = buildDefaultProfile({ headers: ["Revenue", "Last contact"], rows: [[1, "soon"], [2, ""]] });
    expect(profile.criteria.map((c) => c.id)).toEqual(["revenue"]);
  });
  it("keeps a constant column's rule valid", () => {
    const constant = buildDefaultProfile({ headers: ["Revenue"], rows: [[5], [5]] });
    expect(constant.criteria[0].rule).toEqual({ type: "higher", min: 5, max: 10 });
  });
  it("throws a clear RaterError without rows or usable columns", () => {
    expect(() => buildDefaultProfile({ headers: ["Revenue"], rows: [] })).toThrow(expect.objectContaining({ code: "no-rows" }));
    const noColumns = () => buildDefaultProfile({ headers: ["Foo", "Bar"], rows: [[1, 2]] });
    expect(noColumns).toThrow(RaterError);
    expect(noColumns).toThrow(/None of the headers/);
    expect(() => buildDefaultProfile({ headers: ["Revenue"], rows: [["n/a"]] })).toThrow(expect.objectContaining({ code: "missing-columns" }));
  });
});
