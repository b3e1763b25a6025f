// Writes through src/excel run one at a time, even from separate Excel.run batches.
import { rateWorkbook, removeRatings, saveProfiles } from "../../src/excel";
import { serialized } from "../../src/excel/serial";
import { loggedRun } from "../support/loggedRun";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";


describe("serialized", () => {
  it("starts a job only after the one before settled, failed ones included", async () => {
    const events: string[] = [];
    const job = (tag: string, fail = false) => async () => {
      events.push(`${tag}+`);
      await new Promise((r) => setTimeout(r, 5));
      events.push(`${tag}-`);
      if (fail) throw new Error(tag);
      return tag;
    };
    const results = await Promise.allSettled([serialized(job("a", true)), serialized(job("b")), serialized(job("c"))]);
    expect(events).toEqual(["a+", "a-", "b+", "b-", "c+", "c-"]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
  });
});

describe("entry points that write", () => {
  it("run two ratings, a save and a removal started together one after the other", async () => {
    const { wb } = await standardWorkbook({ rows: 200 });
    const log: string[] = [];
    const request = { asOf: AS_OF };
    const first = await loggedRun(wb, log, "A", (ctx) => rateWorkbook(ctx, request));
    log.length = 0;
    await Promise.all([
      loggedRun(wb, log, "B", (ctx) => rateWorkbook(ctx, request)),
      loggedRun(wb, log, "C", (ctx) => saveProfiles(ctx, first.profiles)),
      loggedRun(wb, log, "D", (ctx) => rateWorkbook(ctx, request)),
    ]);
    expect(log.join("")).toMatch(/^B+C+D+$/);
    const rated = normalizedSnapshot(wb);
    await Promise.all([loggedRun(wb, log, "E", (ctx) => removeRatings(ctx)), loggedRun(wb, log, "F", (ctx) => rateWorkbook(ctx, request))]);
    expect(log.join("")).toMatch(/^B+C+D+E+F+$/);
    expect(normalizedSnapshot(wb)).toEqual(rated);
  });
});
