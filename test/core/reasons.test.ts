import { buildReason, formatPoints, formatScore, reasonWords, REASON_MAX_LENGTH, shortLabel } from "../../src/core";

const en = reasonWords("en");
const none = { knockouts: [], missing: [], gains: [], losses: [], allMet: false };

describe("buildReason", () => {
  it("writes knockouts first, then missing data, then gains and losses in points", () => {
    const text = buildReason(
      {
        ...none,
        knockouts: [{ label: "Credit rating", value: "BBB", score: 50, below: 60 }],
        missing: ["Employees"],
        gains: [{ label: "Revenue", points: 27.4 }],
        losses: [{ label: "Days late", points: 22.2 }, { label: "Last contact", points: 0.4 }],
      },
      en,
    );
    expect(text).toBe("Knocked out: Credit rating (BBB 50 < 60); missing: Employees; +27 Revenue; -22 Days late, -0.4 Last contact");
  });
  it("matches the example of the issue", () => {
    const text = buildReason(
      { ...none, gains: [{ label: "Revenue", points: 27 }, { label: "Credit rating", points: 15 }], losses: [{ label: "Days late", points: 9 }] },
      en,
    );
    expect(text).toBe("+27 Revenue, +15 Credit rating; -9 Days late");
  });
  it("says all criteria are met only when every criterion scored 100", () => {
    expect(buildReason({ ...none, gains: [{ label: "Revenue", points: 100 }], allMet: true }, en)).toBe("All criteria met");
    expect(buildReason({ ...none, gains: [{ label: "Revenue", points: 99 }], losses: [{ label: "Days late", points: 1 }] }, en)).toBe("+99 Revenue; -1 Days late");
  });
  it("shortens long names with an ellipsis and never drops a loss to fit the cell", () => {
    const long = (i: number) => `A very long criterion label that goes on and on, number ${i}`;
    const text = buildReason(
      {
        ...none,
        missing: [long(1), long(2)],
        gains: [{ label: long(3), points: 30 }, { label: long(4), points: 20 }],
        losses: [{ label: long(5), points: 25 }, { label: long(6), points: 10 }],
      },
      en,
    );
    expect(text.length).toBeLessThanOrEqual(REASON_MAX_LENGTH);
    expect(text).toContain("-25 ");
    expect(text).toContain("-10 ");
    expect(text).toContain("…");
    expect(text).not.toContain("+20 ");
  });
  it("uses the profile language's words and decimal comma", () => {
    const nl = buildReason({ ...none, missing: ["Omzet"], losses: [{ label: "Winst", points: 0.35 }] }, reasonWords("nl"));
    expect(nl).toBe("Ontbreekt: Omzet; -0,4 Winst");
    expect(buildReason({ ...none, allMet: true }, reasonWords("de"))).toBe("Alle Kriterien erfüllt");
    expect(buildReason({ ...none, missing: ["Létszám"] }, reasonWords("hu"))).toBe("Hiányzik: Létszám");
  });
});

describe("formatScore and formatPoints", () => {
  it("shows at most one decimal", () => {
    expect(formatScore(35)).toBe("35");
    expect(formatScore(3.6428)).toBe("3.6");
    expect(formatScore(3.65, ",")).toBe("3,7");
  });
  it("shows whole points, and tenths below one point so a small loss does not read as 0", () => {
    expect(formatPoints(26.6)).toBe("27");
    expect(formatPoints(0.96)).toBe("1");
    expect(formatPoints(0.44, ",")).toBe("0,4");
  });
  it("cuts a label with an ellipsis", () => {
    expect(shortLabel("Credit rating", 20)).toBe("Credit rating");
    expect(shortLabel("Credit rating", 7)).toBe("Credit…");
  });
});
