// Requests refused before anything is written: a wrong profile passed in, a profile none of whose
// columns is on the sheet. The workbook must be byte-for-byte what it was.
import { RaterError } from "../../src/core/errors";
import { buildDefaultProfile, type Profile } from "../../src/core";
import { rateWorkbook } from "../../src/excel";
import { AS_OF, HEADERS, clientRows } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

const baseProfile = (): Profile => buildDefaultProfile({ headers: HEADERS, rows: clientRows(20), numberFormats: clientRows(20).map((r) => r.map(() => "General")) });

async function refused(profiles: unknown[]): Promise<{ error: RaterError; changed: boolean }> {
  const { wb, host } = await standardWorkbook({ rows: 20 });
  const before = normalizedSnapshot(wb);
  const error = (await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: profiles as Profile[] })).catch((e) => e)) as RaterError;
  return { error, changed: JSON.stringify(normalizedSnapshot(wb)) !== JSON.stringify(before) };
}

describe("profiles passed in", () => {
  it("refuses a profile with a wrong field, naming the field path, and writes nothing", async () => {
    const bad = baseProfile();
    (bad.criteria[0] as { weight: number }).weight = -3;
    const { error, changed } = await refused([baseProfile(), bad]);
    expect(error).toBeInstanceOf(RaterError);
    expect(error.code).toBe("invalid-profile");
    expect(error.details.field).toBe("profiles[1].criteria[0].weight");
    expect(error.message).toContain("profiles[1].criteria[0].weight");
    expect(changed).toBe(false);
  });

  it("refuses a profile none of whose columns is on the sheet, naming what it looked for and found", async () => {
    const p = baseProfile();
    p.criteria = p.criteria.slice(0, 1).map((c) => ({ ...c, column: "Shoe size" }));
    const { error, changed } = await refused([p]);
    expect(error.code).toBe("missing-columns");
    expect(error.message).toContain('"Shoe size"');
    expect(error.message).toContain('"Revenue"');
    expect(changed).toBe(false);
  });

  it("still rates, with a warning, when only some columns are missing", async () => {
    const { host } = await standardWorkbook({ rows: 20 });
    const p = baseProfile();
    p.criteria = [...p.criteria, { ...p.criteria[0], id: "shoes", column: "Shoe size" }];
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, profiles: [p] }));
    expect(outcome.clients).toBe(20);
    expect(outcome.warnings.map((w) => w.code)).toContain("missing-column");
  });
});
