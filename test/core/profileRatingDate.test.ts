import { parseProfile, parseProfileSet, ratingDateOf } from "../../src/core";
import { designExample } from "./helpers";

function withRatingDate(ratingDate: unknown) {
  return { ...(designExample() as Record<string, unknown>), ratingDate };
}

describe("profile ratingDate", () => {
  it("accepts a real YYYY-MM-DD date and keeps it", () => {
    const parsed = parseProfile(withRatingDate("2024-02-29"));
    expect(parsed.ok && parsed.profile.ratingDate).toBe("2024-02-29");
  });

  it("is optional", () => {
    const parsed = parseProfile(designExample());
    expect(parsed.ok && parsed.profile.ratingDate).toBeUndefined();
  });

  it.each(["2023-02-29", "2024-13-01", "2024-6-30", "30-06-2024", "2024-06-30T00:00:00Z", ""])(
    "refuses %j with a message on its path",
    (text) => {
      const parsed = parseProfile(withRatingDate(text));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.errors).toEqual([
        { path: "ratingDate", code: "notADate", params: { value: text }, message: expect.stringMatching(/real date written YYYY-MM-DD/) },
      ]);
      expect(parsed.errors[0].message).toContain(`"${text}"`);
    },
  );

  it("refuses a number with a plain message", () => {
    const parsed = parseProfile(withRatingDate(45000));
    expect(!parsed.ok && parsed.errors).toEqual([
      {
        path: "ratingDate",
        code: "wrongType",
        params: { expected: "text", found: "number", value: 45000 },
        message: "must be text, not the number 45000",
      },
    ]);
  });

  it("names the profile in a stored set", () => {
    const parsed = parseProfileSet({ version: 1, profiles: [designExample(), withRatingDate("2024-04-31")] });
    expect(!parsed.ok && parsed.errors.map((e) => e.path)).toEqual(["profiles[1].ratingDate"]);
  });

  it("turns into that day at midnight UTC", () => {
    expect(ratingDateOf("2023-06-30").toISOString()).toBe("2023-06-30T00:00:00.000Z");
  });
});
