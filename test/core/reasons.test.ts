import { buildReason, formatScore, reasonWords, REASON_MAX_LENGTH } from "../../src/core";

const en = reasonWords("en");

describe("buildReason", () => {
  it("writes knockouts first, then missing data, then the weakest criteria", () => {
    const text = buildReason(
      {
        knockouts: [{ label: "Credit rating", value: "BBB", score: 50, below: 60 }],
        missing: ["Employees"],
        weakest: [{ label: "Days late", score: 0 }, { label: "Revenue", score: 35 }],
      },
      en,
    );
    expect(text).toBe("Knocked out: Credit rating (BBB 50 < 60); missing: Employees; weakest: Days late 0/100, Revenue 35/100");
  });
  it("matches the example of the issue", () => {
    expect(
      buildReason(
        {
          knockouts: [{ label: "Credit rating", value: "BBB", score: 50, below: 60 }],
          missing: [],
          weakest: [{ label: "Days late", score: 0 }, { label: "Revenue", score: 35 }],
        },
        en,
      ),
    ).toBe("Knocked out: Credit rating (BBB 50 < 60); weakest: Days late 0/100, Revenue 35/100");
  });
  it("says all criteria are met when nothing cost points", () => {
    expect(buildReason({ knockouts: [], missing: [], weakest: [] }, en)).toBe("All criteria met");
  });
  it("stays within one cell's 120 characters, dropping detail first", () => {
    const long = "A very long criterion label that goes on";
    const text = buildReason(
      {
        knockouts: [{ label: long, value: "x", score: 0, below: 50 }],
        missing: [long + " 1", long + " 2", long + " 3"],
        weakest: [{ label: long, score: 10 }, { label: long, score: 20 }],
      },
      en,
    );
    expect(text.length).toBeLessThanOrEqual(REASON_MAX_LENGTH);
    expect(text.startsWith("Knocked out: " + long)).toBe(true);
    expect(text).not.toContain("weakest");
  });
  it("uses the profile language's words and decimal comma", () => {
    const text = buildReason({ knockouts: [], missing: ["Omzet"], weakest: [{ label: "Winst", score: 35.5 }] }, reasonWords("nl"));
    expect(text).toBe("Ontbreekt: Omzet; zwakste criteria: Winst 35,5/100");
    expect(buildReason({ knockouts: [], missing: [], weakest: [] }, reasonWords("de"))).toBe("Alle Kriterien erfüllt");
    expect(buildReason({ knockouts: [], missing: ["Létszám"], weakest: [] }, reasonWords("hu"))).toBe("Hiányzik: Létszám");
  });
});

describe("formatScore", () => {
  it("shows at most one decimal", () => {
    expect(formatScore(35)).toBe("35");
    expect(formatScore(3.6428)).toBe("3.6");
    expect(formatScore(3.65, ",")).toBe("3,7");
  });
});
