// Text dates that read either way round (01/10/2023) are counted and shown by example.
import { isAmbiguousDateText, rateClients, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";

describe("ambiguous text dates", () => {
  it.each([
    ["01/10/2023", true],
    ["1.10.2023", true],
    ["10-01-2023", true],
    ["05/05/2023", false], // the same either way
    ["25/10/2023", false], // 25 cannot be a month
    ["10/25/2023", false],
    ["2023-10-01", false],
    ["2023/10/01", false],
  ])("%s is ambiguous: %s", (text, ambiguous) => {
    expect(isAmbiguousDateText(text)).toBe(ambiguous);
  });

  const table: ClientTable = {
    headers: ["Client", "Last contact"],
    rows: [["Acme", "2023-01-02"], ["Bolt", "25/12/2022"], ["Core", "01/10/2022"], ["Dune", "03/04/2022"], ["Echo", 44900]],
  };
  const profile = (locale?: "en" | "nl") =>
    makeProfile({
      ...(locale ? { locale } : {}),
      criteria: [{ id: "contact", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 } }],
    });

  it("warns with the count, an example and the day it was read as, in the profile's locale", () => {
    const nl = rateClients(table, [profile("nl")], { asOf: AS_OF, locale: "en" }).warnings.find((w) => w.code === "ambiguous-dates");
    expect(nl?.message).toBe(
      'Last contact: 2 dates typed as text could be day/month or month/day, such as "01/10/2022", read as 2022-10-01. Type them as real dates or as YYYY-MM-DD to be sure.',
    );
    expect(nl?.params).toMatchObject({ column: "Last contact", count: 2, example: "01/10/2022", readAs: "2022-10-01", clientIndex: 2 });
    const en = rateClients(table, [profile()], { asOf: AS_OF, locale: "en" }).warnings.find((w) => w.code === "ambiguous-dates");
    expect(en?.params).toMatchObject({ count: 2, readAs: "2022-01-10" });
  });

  it("says nothing when every text date reads one way only", () => {
    const clear: ClientTable = { headers: table.headers, rows: [["Acme", "2023-01-02"], ["Bolt", "25/12/2022"], ["Echo", 44900]] };
    const warnings = rateClients(clear, [profile("nl")], { asOf: AS_OF, locale: "nl" }).warnings;
    expect(warnings.map((w) => w.code)).not.toContain("ambiguous-dates");
  });
});
