// All or nothing on a sheet rated before: a run failing at any sync leaves the workbook exactly as
// it was (previous ratings, formats, names, Pareto and profile sheets, stored profile part).
import { RaterError } from "../../src/core/errors";
import { rateWorkbook } from "../../src/excel";
import { PROFILE_NS } from "../../src/excel/ownership";
import { createExcelHost, type SimWorkbook } from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

const parts = (wb: SimWorkbook) => wb.customXmlParts.map((p) => p.xml).sort();

async function ratedTwiceOver(rows: number) {
  const made = await standardWorkbook({ rows });
  const first = await made.host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
  // The second run changes the profile (a 1-5 scale), so a leaked write would show.
  const changed = { ...first.profiles[0], scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds" as const, cutoffs: [80, 60, 40, 20] } };
  return { ...made, request: { asOf: AS_OF, profiles: [changed] } };
}

describe("a failed re-rating", () => {
  it("leaves the previous rating and stored profile exactly as they were, whichever sync fails", async () => {
    const probe = await ratedTwiceOver(40);
    probe.host.counters.reset();
    await probe.host.run((ctx) => rateWorkbook(ctx, probe.request));
    const syncs = probe.host.counters.syncs;
    expect(syncs).toBeGreaterThan(2);

    const { wb, request } = await ratedTwiceOver(40);
    const before = normalizedSnapshot(wb);
    const beforeParts = parts(wb);
    for (let k = 1; k <= syncs; k++) {
      const failing = createExcelHost(wb, { failAtSync: k });
      const error = await failing.run((ctx) => rateWorkbook(ctx, request)).catch((e) => e);
      expect(error).toBeInstanceOf(RaterError);
      expect({ k, snapshot: normalizedSnapshot(wb), parts: parts(wb) }).toEqual({ k, snapshot: before, parts: beforeParts });
    }
  });

  it("does not save the profile when the rating is refused", async () => {
    const { wb, host, request } = await ratedTwiceOver(20);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Clients").protection.protect();
      await ctx.sync();
    });
    const stored = parts(wb).filter((x) => x.includes(PROFILE_NS));
    await expect(host.run((ctx) => rateWorkbook(ctx, request))).rejects.toBeInstanceOf(RaterError);
    expect(parts(wb).filter((x) => x.includes(PROFILE_NS))).toEqual(stored);
  });
});
