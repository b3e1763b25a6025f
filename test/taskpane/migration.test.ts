// The preview's movers, computed on every weight change: the sheet's grades are normalized once per sheet
// and each scale once per call. The result must be what comparing client by client, as written plainly, gives.
// New grades are what a rating gives: one of the client's own profile's grades, or none.
import fc from "fast-check";
import type { Profile } from "../../src/core";
import { computeMigration } from "../../src/taskpane/preview/migration";
import { CHANGES_LISTED, type GradeMigration } from "../../src/taskpane/preview/types";
import { sampleProfile } from "./support/clients";

const normalize = (grade: string) => grade.trim().toUpperCase();

/** Client by client, nothing kept between calls. */
function plainMigration(existing: readonly string[], next: readonly string[], profileIndex: Int32Array, profiles: readonly Profile[], labels: readonly string[], names: readonly string[]): GradeMigration | null {
  if (!existing.some((g) => normalize(String(g ?? "")) !== "")) return null;
  const fromLabels: string[] = [];
  const rowOf = (grade: string) => {
    const i = fromLabels.findIndex((l) => normalize(l) === normalize(grade));
    return i >= 0 ? i : fromLabels.push(grade.trim()) - 1;
  };
  for (const label of labels) if (existing.some((g) => normalize(String(g ?? "")) === normalize(label))) rowOf(label);
  const m: GradeMigration = { up: 0, same: 0, down: 0, notComparable: 0, changes: [], changed: 0, fromLabels, matrix: [] };
  const cells = new Map<string, number>();
  const note = (i: number, from: string, to: string, direction: "up" | "down" | "other") => {
    m.changed++;
    if (m.changes.length < CHANGES_LISTED) m.changes.push({ client: names[i] ?? "", from: from.trim(), to, direction });
  };
  next.forEach((after, i) => {
    const before = String(existing[i] ?? "");
    const profile = profiles[profileIndex[i]];
    if (normalize(before) === "" || !after || !profile) {
      m.notComparable++;
      if (normalize(before) !== normalize(after ?? "")) note(i, before, after ?? "", "other");
      return;
    }
    const scale = profile.scale.grades.map(normalize);
    const [oldRank, newRank] = [scale.indexOf(normalize(before)), scale.indexOf(normalize(after))];
    const row = rowOf(before);
    if (labels.includes(after)) cells.set(`${row}:${labels.indexOf(after)}`, (cells.get(`${row}:${labels.indexOf(after)}`) ?? 0) + 1);
    if (oldRank < 0 || newRank < 0) {
      m.notComparable++;
      if (normalize(before) !== normalize(after)) note(i, before, after, "other");
    } else if (newRank < oldRank) { m.up++; note(i, before, after, "up"); }
    else if (newRank > oldRank) { m.down++; note(i, before, after, "down"); }
    else m.same++;
  });
  m.matrix = fromLabels.map((_, row) => labels.map((_, col) => cells.get(`${row}:${col}`) ?? 0));
  return m;
}

const letters = sampleProfile();
const numbers: Profile = { ...sampleProfile(), scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: [80, 60, 40, 20] } };
const metals: Profile = { ...sampleProfile(), scale: { grades: ["gold", "Silver", "bronze"], mode: "thresholds", cutoffs: [70, 40] } };
const labels = ["A", "B", "C", "D", "5", "4", "3", "2", "1", "gold", "Silver", "bronze"];
const sheetGrade = fc.constantFrom("A", "b", " C ", "D", "", "Z", "5", "1", " 3", "GOLD ", "silver", "Bronze");
const profiles = [letters, numbers, metals];
/** A client: its grade in the sheet, its profile (-1: none rates it) and the grade that profile gives it, if any. */
const client = fc.tuple(sheetGrade, fc.integer({ min: -1, max: 2 })).chain(([before, p]) =>
  fc.constantFrom("", ...(p < 0 ? [] : profiles[p].scale.grades)).map((after) => [before, after, p] as const),
);

test("the movers equal a plain client-by-client comparison, for mixed scales, blanks and unknown grades", () => {
  fc.assert(
    fc.property(fc.array(client, { minLength: 1, maxLength: 120 }), (clients) => {
      const existing = clients.map(([before]) => before);
      const next = clients.map(([, after]) => after);
      const profileIndex = Int32Array.from(clients, ([, , p]) => p);
      const names = clients.map((_, i) => `Client ${i}`);
      const plain = plainMigration(existing, next, profileIndex, profiles, labels, names);
      expect(computeMigration(existing, next, profileIndex, profiles, labels, names)).toEqual(plain);
      // Called again on the same sheet (its grades kept normalized): the same answer.
      expect(computeMigration(existing, next, profileIndex, profiles, labels, names)).toEqual(plain);
    }),
    { numRuns: 300 },
  );
});

test("a grade that is not on the client's own scale is refused, not counted as no grade", () => {
  expect(() => computeMigration(["A"], ["gold"], Int32Array.of(0), profiles, labels)).toThrow(/"gold" is not on the scale of profile 1/);
});
