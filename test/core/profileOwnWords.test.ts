// zod/mini ships no English messages: a zod issue that profileMessages.ts did not word would reach the user
// as zod's bare fallback "Invalid input". Every field of a full profile, set to each kind of wrong value,
// must come back in our own words.
import { ISSUE_PARAMS, parseProfile } from "../../src/core";
import { designExample } from "./helpers";

function fullProfile(): Record<string, any> {
  return {
    ...designExample(),
    language: "nl",
    sheet: "Clients",
    locale: "de",
    appliesTo: { column: "Segment", values: ["Corporate"] },
    ratingDate: "2024-06-30",
    nextStep: { names: { keep: "Keep", develop: "Grow", fix: "Fix", reconsider: "Drop" }, goodFitGrades: ["A"] },
    potential: { column: "Potential", current: "Revenue" },
    flags: { effortRatio: 2, discount: { column: "Discount", above: 0.15 }, latePayment: { column: "Days late", above: 30 } },
    contactDue: { column: "Last contact", days: 90 },
    ownGrade: { column: "Own grade" },
    segment: { column: "Segment" },
    clientId: { column: "ID" },
    history: { keep: 24 },
  };
}

type Path = (string | number)[];
function fieldPaths(value: unknown, prefix: Path = []): Path[] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...fieldPaths(inner, path)];
  });
}

function withValue(path: Path, value: unknown): Record<string, any> {
  const profile = fullProfile();
  let parent: any = profile;
  for (const key of path.slice(0, -1)) parent = parent[key];
  parent[path[path.length - 1]] = value;
  return profile;
}

const WRONG_VALUES: unknown[] = [null, "", "x", "2023-02-30", -1, 0, 1.5, 101, 1e16, Infinity, NaN, true, [], [2, 1], {}, { extra: 1 }];

describe("profile messages without zod's own wording", () => {
  it("accepts the full profile the cases below start from", () => {
    expect(parseProfile(fullProfile()).ok).toBe(true);
  });

  it("words every rejection of every field itself", () => {
    let rejected = 0;
    for (const path of fieldPaths(fullProfile())) {
      for (const value of WRONG_VALUES) {
        const result = parseProfile(withValue(path, value));
        if (result.ok) continue;
        rejected++;
        for (const error of result.errors) {
          expect({ path: path.join("."), value, message: error.message, params: Object.keys(error.params).sort() }).toEqual({
            path: path.join("."),
            value,
            message: expect.not.stringMatching(/^$|Invalid input|Invalid option|Too small|Too big|Unrecognized key|expected .* received/i),
            // A code the panel can word, with exactly its declared values ("invalid" is the fallback for a kind we missed).
            params: [...(ISSUE_PARAMS[error.code] as readonly string[])].sort(),
          });
          expect([path.join("."), value, error.code]).not.toEqual([path.join("."), value, "invalid"]);
        }
      }
    }
    // The loop above must have had something to check.
    expect(rejected).toBeGreaterThan(500);
  });
});
