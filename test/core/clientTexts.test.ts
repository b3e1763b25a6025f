// RatingResult's text on demand (src/core/clientTexts.ts): reasonAt/flagsAt per client, the whole arrays only
// when read, nothing with texts: false, and the text of a client whose profile rates nobody else.
import { rateClients } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";
import { plainFlags, plainReason } from "./plainTexts";

const table = { headers: ["Client", "Revenue", "Segment"], rows: [["A", 10, "x"], ["B", null, "x"], ["C", 90, "y"], ["D", 100, "z"]] };
const profiles = [
  makeProfile({ appliesTo: { column: "Segment", values: ["x", "y"] } }),
  makeProfile({ name: "Z", language: "nl", appliesTo: { column: "Segment", values: ["z"] } }),
];

describe("reason and flag text on demand", () => {
  it("gives each client's text as the plain path makes it, per profile and language", () => {
    const result = rateClients(table, profiles, { asOf: AS_OF, locale: "en" });
    for (let i = 0; i < table.rows.length; i++) {
      expect([i, result.reasonAt(i)]).toEqual([i, plainReason(table, profiles, result, i)]);
      expect([i, result.flagsAt(i)]).toEqual([i, plainFlags(profiles, result, i)]);
    }
    expect(result.reasonAt(1)).toBe("Missing: Revenue");
    expect(result.flagsAt(1)).toBe("missing data");
    expect(result.reasonAt(3)).toBe("Voldoet aan alle criteria");
  });

  it("makes the whole arrays only from the per-client text, and keeps them once made", () => {
    const result = rateClients(table, profiles, { asOf: AS_OF, locale: "en" });
    expect(result.reasons).toEqual(table.rows.map((_, i) => result.reasonAt(i)));
    expect(result.flags).toEqual(table.rows.map((_, i) => result.flagsAt(i)));
    expect(result.reasons).toBe(result.reasons);
  });

  it("keeps no text with texts: false", () => {
    const lean = rateClients(table, profiles, { asOf: AS_OF, locale: "en", texts: false });
    expect([lean.reasonAt(1), lean.flagsAt(1), lean.reasons, lean.flags]).toEqual(["", "", [], []]);
  });

  it("gives '' outside the clients, as reading past the end of the arrays did", () => {
    const result = rateClients(table, profiles, { asOf: AS_OF, locale: "en" });
    expect([result.reasonAt(4), result.reasonAt(-1), result.flagsAt(4), result.flagsAt(-1)]).toEqual(["", "", "", ""]);
  });
});
