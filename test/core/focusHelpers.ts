// A small rated table for the Focus tests: five clients with every decision column mapped.
import { buildFocus, rateClients, type ClientTable } from "../../src/core";
import { AS_OF, makeProfile } from "./helpers";

const DAY = 86_400_000;
const serialDaysAgo = (days: number) => new Date(AS_OF.getTime() - days * DAY).toISOString().slice(0, 10);

export function makeFocusProfileForTest() {
  const table: ClientTable = {
    headers: ["Client", "Revenue", "Profit", "Potential", "Last contact", "Own grade", "Segment"],
    // Scores: a 100 (A), b 10 (D), c 95 (A), d 5 (D), e 50 (C); profit vital few: a, b.
    rows: [
      ["a", 100, 60, 150, serialDaysAgo(5), "A", "Big"],
      ["b", 10, 30, 20, serialDaysAgo(200), "D", "Big"],
      ["c", 95, 6, 400, serialDaysAgo(100), "D", "Small"],
      ["d", 5, 4, 10, serialDaysAgo(1), "C", "Small"],
      ["e", 50, -10, 50, serialDaysAgo(1), "C", "Big"],
    ],
  };
  const profile = makeProfile({
    name: "Focus test",
    criteria: [{ id: "rev", column: "Revenue", area: "client", weight: 1, rule: { type: "higher", min: 0, max: 100 } }],
    pareto: { value: "Profit", share: 0.8 },
    potential: { column: "Potential", current: "Revenue" },
    contactDue: { column: "Last contact", days: 30 },
    ownGrade: { column: "Own grade" },
    segment: { column: "Segment" },
  });
  const options = { asOf: AS_OF, locale: "en" as const };
  const result = rateClients(table, [profile], options);
  return { table, result, profile, focus: buildFocus(table, result, [profile], options) };
}
