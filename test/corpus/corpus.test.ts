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
  // The outcome line shown beside the failures, and held to the case's expected kind on its own.
  expect({ outcome: report.outcome, failures: report.failures }).toEqual({ outcome: expect.stringMatching(outcomePattern(c)), failures: {} });
}

/** What the checker's outcome line must read for the case: its error code, or a rating of its client count. */
function outcomePattern(c: (typeof corpusCases)[number]): RegExp {
  if (c.expect.kind === "error") return new RegExp(`^error ${c.expect.code}: `);
  if (c.expect.kind === "rated") return new RegExp(`^rated ${c.expect.clients ?? "\\d+"} clients on `);
  return /^(rated \d+ clients on |error [a-z-]+: )/;
}

test.each(cases(false))("%s", (_id, c) => check(c), 240_000);

// The full-grid case: one simulated run at 1,048,576 rows takes minutes (see the corpus report).
test.each(cases(true))("%s", (_id, c) => check(c), 900_000);
