// Two "Rate clients" clicks in quick succession: the runs go one after the other, never interleaved,
// and the workbook ends as if rated once. Each click gets its own host (its own Excel.run), so the
// simulator cannot be what serialises them; only src/excel can.
import { createExcelHost } from "../../src/simulator";
import { loggedRun } from "../support/loggedRun";
import { rateWorkbook } from "../../src/excel";
import { RaterError } from "../../src/core/errors";
import { buildWorkbook } from "./build";
import { revenueProfile } from "./profiles";
import { AS_OF, describeError } from "./runner";
import { captureState, stateDiffs } from "./state";

const spec = {
  sheets: [{ name: "Clients", rows: [["Client", "Revenue", "Profit"], ...Array.from({ length: 300 }, (_, i) => [`Client ${i}`, i % 100, i - 50])] }],
};
const request = { profiles: [revenueProfile()] as never[], asOf: AS_OF };



test("control: two unserialised batches with a sync between steps do interleave (the check can fail)", async () => {
  const wb = buildWorkbook(spec);
  const log: string[] = [];
  const steps = async (context: Excel.RequestContext) => {
    for (let i = 0; i < 3; i++) await context.sync();
  };
  await Promise.all([loggedRun(wb, log, "A", steps), loggedRun(wb, log, "B", steps)]);
  expect(log.join("")).not.toMatch(/^(A+B*|B+A*)$/);
});

test("two rateWorkbook calls started together run one after the other and give the workbook rated once", async () => {
  const once = buildWorkbook(spec);
  await createExcelHost(once).run((context) => rateWorkbook(context, request));

  const wb = buildWorkbook(spec);
  const log: string[] = [];
  const results = await Promise.allSettled([
    loggedRun(wb, log, "A", (context) => rateWorkbook(context, request)),
    loggedRun(wb, log, "B", (context) => rateWorkbook(context, request)),
  ]);
  // A second click may also be refused as busy, but nothing else may go wrong.
  const unexpected = results.flatMap((r) =>
    r.status === "rejected" && !(r.reason instanceof RaterError && r.reason.code === "busy") ? [describeError(r.reason)] : [],
  );
  expect({ unexpected, syncOrder: log.join("") }).toEqual({ unexpected: [], syncOrder: expect.stringMatching(/^(A+B*|B+A*)$/) });
  expect(results.some((r) => r.status === "fulfilled")).toBe(true);
  expect(stateDiffs(captureState(once), captureState(wb))).toEqual([]);
});
