// The checker must be able to fail: each deliberately broken engine below breaks one rule of the
// house on a case the real code passes, and the checker must name exactly that rule.
import { RaterError } from "../../src/core/errors";
import type { SimWorkbook } from "../../src/simulator";
import { corpusCases } from "./cases";
import { checkCase, type Invariant } from "./invariants";
import { realEngine, type Engine } from "./runner";

const caseOf = (id: string) => corpusCases.find((c) => c.id === id)!;
const formulaNames = caseOf("names-equals");

function sabotaged(after: (wb: SimWorkbook, run: number, failAtSync?: number) => void, remove?: Engine["remove"]): Engine {
  let runs = 0;
  return {
    async rate(wb, request, failAtSync) {
      const result = await realEngine.rate(wb, request, failAtSync);
      after(wb, ++runs, failAtSync);
      return result;
    },
    remove: remove ?? realEngine.remove,
  };
}

async function failuresWith(engine: Engine, id = formulaNames.id): Promise<Invariant[]> {
  return Object.keys((await checkCase(caseOf(id), engine)).failures) as Invariant[];
}

test("control: the real code passes the case used below", async () => {
  expect(await failuresWith(realEngine)).toEqual([]);
});

test("a changed user cell is caught", async () => {
  const engine = sabotaged((wb) => (wb.sheet("Clients").ensure(1, 1).value = 12345));
  expect(await failuresWith(engine)).toContain("user-cells-kept");
});

test("a user's formula-looking name written as a formula is caught", async () => {
  const engine = sabotaged((wb) => {
    const pareto = wb.sheetNames().find((n) => n !== "Clients" && n !== "Rating profile");
    if (pareto) wb.sheet(pareto).ensure(40, 0).formula = "=1+1";
  });
  expect(await failuresWith(engine)).toContain("no-formula-from-text");
});

test("a formula-looking name missing from the Pareto sheet is caught", async () => {
  const engine = sabotaged((wb) => {
    const pareto = wb.sheetNames().find((n) => n !== "Clients" && n !== "Rating profile");
    if (!pareto) return;
    for (const row of wb.sheet(pareto).rows.values()) for (const cell of row.values()) if (cell.value === "=1+1") cell.value = "1+1";
  });
  expect(await failuresWith(engine)).toContain("expected-outcome");
});

test("a warning the case does not list is caught, and so is a listed one that is not given", async () => {
  const withExtra: Engine = {
    ...realEngine,
    async rate(wb, request, failAtSync) {
      const result = await realEngine.rate(wb, request, failAtSync);
      if (result.ok) result.outcome.warnings.push({ code: "knocked-out", message: "1 client was knocked out and given the last grade." });
      return result;
    },
  };
  const extra = await checkCase(formulaNames, withExtra);
  expect(extra.failures["expected-outcome"]).toEqual([expect.stringContaining("warning knocked-out not expected")]);
  const withoutAny: Engine = {
    ...realEngine,
    async rate(wb, request, failAtSync) {
      const result = await realEngine.rate(wb, request, failAtSync);
      if (result.ok) result.outcome.warnings.length = 0;
      return result;
    },
  };
  const missing = await checkCase(formulaNames, withoutAny);
  expect(missing.failures["expected-outcome"]).toEqual([expect.stringContaining("warning largest-client-share missing")]);
});

test("a second run that differs from the first is caught", async () => {
  const engine = sabotaged((wb, run) => {
    if (run === 2) wb.sheet("Clients").ensure(0, 60).value = "left by run 2";
  });
  expect(await failuresWith(engine)).toContain("rate-twice-equals-once");
});

test("a removal that leaves something behind is caught", async () => {
  const engine: Engine = {
    rate: realEngine.rate,
    async remove(wb) {
      await realEngine.remove(wb);
      wb.addSheet("Leftover");
    },
  };
  expect(await failuresWith(engine)).toContain("remove-restores");
});

test("a failed run that leaves half its columns is caught", async () => {
  const engine: Engine = {
    remove: realEngine.remove,
    async rate(wb, request, failAtSync) {
      const result = await realEngine.rate(wb, request);
      if (failAtSync === undefined) return result;
      wb.customXmlParts.length = 0; // forget half of what was written, keep the rest
      return { ok: false, error: new Error("sync failed"), syncs: failAtSync };
    },
  };
  expect(await failuresWith(engine)).toContain("all-or-nothing");
});

test("an error that still writes is caught", async () => {
  const engine: Engine = {
    remove: realEngine.remove,
    async rate(wb) {
      wb.sheet("Clients").ensure(0, 10).value = "half";
      return { ok: false, error: new RaterError("sheet-protected", 'Sheet "Clients" is protected.'), syncs: 1 };
    },
  };
  expect(await failuresWith(engine, "protected-sheet")).toEqual(["nothing-written-on-error"]);
});

test("a saved copy that loses a sheet's password hash is caught", async () => {
  const engine = sabotaged((wb) => {
    const prices = wb.sheet("Prices");
    prices.protection = { protected: true, options: prices.protection.options }; // as exceljs alone would write it
  });
  expect(await failuresWith(engine, "file-password-protected-other-sheet")).toEqual(["saved-file-keeps"]);
});
