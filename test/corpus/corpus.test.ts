// Every corpus case through the shared checker: the expected outcome and the rules of the house.
import { appendFileSync } from "fs";
import { corpusCases } from "./cases";
import { checkCase } from "./invariants";

const REPORT_FILE = process.env.CORPUS_REPORT; // set to a path to collect one JSON line per case

test("the corpus has at least 40 cases with unique ids", () => {
  const ids = corpusCases.map((c) => c.id);
  expect(ids.length).toBeGreaterThanOrEqual(40);
  expect(new Set(ids).size).toBe(ids.length);
});

const cases = (slow: boolean) => corpusCases.filter((c) => !!c.slow === slow).map((c) => [c.id, c] as const);

async function check(c: (typeof corpusCases)[number]): Promise<void> {
  const started = Date.now();
  const report = await checkCase(c);
  if (REPORT_FILE) appendFileSync(REPORT_FILE, JSON.stringify({ ...report, ms: Date.now() - started }) + "\n");
  expect({ outcome: report.outcome, failures: report.failures }).toEqual({ outcome: report.outcome, failures: {} });
}

test.each(cases(false))("%s", (_id, c) => check(c), 240_000);

// The full-grid case: one simulated run at 1,048,576 rows takes minutes (see the corpus report).
test.each(cases(true))("%s", (_id, c) => check(c), 900_000);
