// Warnings about one client's value name its cell on the sheet, found through the rows actually read.
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { rateWorkbook } from "../../src/excel";
import { parseProfile, type Profile } from "../../src/core";

const AS_OF = new Date(Date.UTC(2026, 0, 31));

function profile(): Profile {
  const parsed = parseProfile({
    version: 1,
    name: "Test",
    locale: "nl",
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria: [{ id: "contact", column: "Last contact", area: "fit", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 } }],
    pareto: { value: "Profit", share: 0.8 },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

test("a value too large to add up and an ambiguous date are reported with their cells, below a title and a blank row", async () => {
  const wb = SimWorkbook.empty();
  wb.addSheet("Client list");
  wb.setCells("Client list", "B2", [
    ["Clients 2026", null, null],
    [null, null, null],
    ["Client", "Last contact", "Profit"],
    ["Acme", "2026-01-20", 40],
    [null, null, null],
    ["Bolt", "02/01/2026", 1e308],
    ["Core", "2026-01-02", 10],
  ]);
  const outcome = await createExcelHost(wb).run((context) => rateWorkbook(context, { profiles: [profile()], asOf: AS_OF, sheetName: "Client list" }));
  const tooLarge = outcome.warnings.find((w) => w.code === "value-too-large");
  const ambiguous = outcome.warnings.find((w) => w.code === "ambiguous-dates");
  expect(tooLarge?.message).toMatch(/^Profit of Bolt is 1e\+308, too large to add up: .* See cell 'Client list'!D7\.$/);
  expect(tooLarge?.params?.cell).toBe("'Client list'!D7");
  expect(ambiguous?.params?.cell).toBe("'Client list'!C7");
  expect(outcome.pareto?.largestShare).toBe(0.8);
  const paretoTexts = [...wb.sheet("Pareto").rows.values()].flatMap((row) => [...row.values()].map((cell) => cell.value));
  const leftOut = paretoTexts.indexOf("Left out (too large to add up)");
  expect(paretoTexts[leftOut + 1]).toBe(1);
});
