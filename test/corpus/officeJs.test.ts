// The corpus through Microsoft's Excel client library: each case rated (after its earlier rating and the user's
// edit, when it has them) and removed again, over the simulator's own objects and through Office.js with the
// simulator as host; outcomes and workbooks must be identical. The huge and large cases stay with corpus.test.ts.
import { rateWorkbook, removeRatings, type RateRequest } from "../../src/excel";
import { bothWays, type Runner } from "../support/bothWays";
import { buildCase } from "./build";
import { corpusCases } from "./cases";
import { requestOf } from "./runner";

// Every case but the huge and large ones (about 16 s on a quiet machine).
const cases = corpusCases.filter((c) => !c.slow && !c.sampleFailures).map((c) => [c.id, c] as const);

test.each(cases)("%s", async (_id, c) => {
  const rate = (run: Runner, request: RateRequest) => run((context) => rateWorkbook(context, request));
  const { direct, officeJs, unmodelled } = await bothWays(() => buildCase(c), async (run, checkpoint) => {
    if (c.preRate) await rate(run, requestOf(c, c.preRate, "pre"));
    if (c.userEdit === "insert-column-B") {
      await run(async (context) => {
        context.workbook.worksheets.getItem("Clients").getRange("B:B").insert("Right");
        await context.sync();
      });
    }
    const outcome = await rate(run, requestOf(c)).catch((error: { code?: string; message?: string }) => ({ refused: error.code, message: error.message }));
    checkpoint();
    await run((context) => removeRatings(context));
    return outcome;
  });
  expect(unmodelled).toEqual([]);
  expect(officeJs.result).toEqual(direct.result);
  expect(officeJs.checkpoints).toEqual(direct.checkpoints);
  expect(officeJs.wb.snapshot()).toEqual(direct.wb.snapshot());
}, 60_000);
