import { loadStoredProfiles, rateWorkbook, saveProfiles } from "../../src/excel";
import { PROFILE_NS } from "../../src/excel/ownership";
import type { Profile } from "../../src/core";
import { AS_OF } from "./support/clientSheet";
import { cellsOf, standardWorkbook } from "./support/host";

const profile = {
  version: 1,
  name: "Wholesale clients",
  scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
  criteria: [
    { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100000 } },
    { id: "late", column: "Days late", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 60 } },
  ],
  pareto: { value: "Profit", share: 0.8 },
} as unknown as Profile;

async function addPart(host: Awaited<ReturnType<typeof standardWorkbook>>["host"], xml: string) {
  await host.run(async (ctx) => {
    ctx.workbook.customXmlParts.add(xml);
    await ctx.sync();
  });
}

describe("profiles in the workbook", () => {
  it("reports none on a fresh workbook", async () => {
    const { host } = await standardWorkbook();
    expect((await host.run((ctx) => loadStoredProfiles(ctx))).status).toBe("none");
  });

  it("saves, loads back and writes the rules in words", async () => {
    const { wb, host } = await standardWorkbook();
    await host.run((ctx) => saveProfiles(ctx, [profile]));
    const stored = await host.run((ctx) => loadStoredProfiles(ctx));
    expect(stored.status).toBe("ok");
    expect(stored.profiles![0].name).toBe("Wholesale clients");
    const text = Object.values(cellsOf(wb, "Rating profile")).map((c) => String(c.value));
    expect(text).toContain("higher is better: 0 or less scores 0, 100,000 or more scores 100");
    // Saving again replaces, never duplicates.
    await host.run((ctx) => saveProfiles(ctx, [profile]));
    expect(wb.sheetNames().filter((s) => s.startsWith("Rating profile"))).toHaveLength(1);
    expect(JSON.stringify(wb.snapshot()).split(PROFILE_NS).length - 1).toBe(1);
  });

  it("leaves a user's own \"Rating profile\" sheet alone", async () => {
    const { wb, host } = await standardWorkbook();
    wb.setCells("Rating profile", "A1", [["my notes"]]);
    await host.run((ctx) => saveProfiles(ctx, [profile]));
    expect(wb.cell("Rating profile", "A1").value).toBe("my notes");
    expect(wb.cell("Rating profile (Client Rater)", "A1").value).toBe("Rating profile");
  });

  it("rates with the stored profile when the request has none", async () => {
    const { host } = await standardWorkbook();
    await host.run((ctx) => saveProfiles(ctx, [profile]));
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(outcome.usedDefaultProfile).toBe(false);
    expect(outcome.profiles[0].name).toBe("Wholesale clients");
  });

  it("reports a damaged profile with its raw text, and refuses to rate with it", async () => {
    const { host } = await standardWorkbook();
    await addPart(host, `<clientRaterProfiles xmlns="${PROFILE_NS}" version="1"><![CDATA[{"version":1,"profiles":[{"name":3}]}]]></clientRaterProfiles>`);
    const stored = await host.run((ctx) => loadStoredProfiles(ctx));
    expect(stored.status).toBe("damaged");
    expect(stored.message).toMatch(/damaged/);
    expect(stored.raw).toContain('"name":3');
    await expect(host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }))).rejects.toMatchObject({ code: "profile-damaged" });
  });

  it("reports a profile saved by a newer version", async () => {
    const { host } = await standardWorkbook();
    await addPart(host, `<clientRaterProfiles xmlns="${PROFILE_NS}" version="2"><![CDATA[{"version":2,"profiles":[]}]]></clientRaterProfiles>`);
    const stored = await host.run((ctx) => loadStoredProfiles(ctx));
    expect(stored.status).toBe("too-new");
    expect(stored.message).toMatch(/newer/);
  });
});
