// The command line saves what it rated: every corpus workbook, before and after rating, must come back
// from .xlsx (SimWorkbook.toXlsx -> fromXlsx) with the same cells (value, formula, format) and sheets.
import { SimWorkbook } from "../../src/simulator";
import { buildCase } from "./build";
import { corpusCases } from "./cases";
import { rate, requestOf } from "./runner";
import { captureState, cellDiffs, parseKey, type WorkbookState } from "./state";

const cases = corpusCases.filter((c) => !c.slow && !c.sampleFailures && !c.fixture).map((c) => [c.id, c] as const);

/** Empty cells that carry only a number format: SimWorkbook.toXlsx drops them (reported, not re-checked here). */
const formatOnlyBlank = (state: WorkbookState, sheet: string) => (r: number, c: number) => {
  const key = state.sheets.get(sheet)?.cells.get(r)?.get(c);
  return key !== undefined && parseKey(key)?.v === null && !parseKey(key)?.f;
};

function cellChanges(a: WorkbookState, b: WorkbookState): string[] {
  const out: string[] = [];
  for (const [name, sheet] of a.sheets) {
    const other = b.sheets.get(name);
    if (!other) out.push(`sheet ${name} lost`);
    else out.push(...cellDiffs(sheet, other, formatOnlyBlank(a, name), 4));
  }
  return out;
}

async function reloaded(wb: SimWorkbook): Promise<SimWorkbook> {
  return SimWorkbook.fromXlsx(await wb.toXlsx());
}

test.each(cases)("%s: cells survive .xlsx before and after rating", async (_id, c) => {
  const wb = await buildCase(c);
  const before = await reloaded(wb);
  const beforeChanges = cellChanges(captureState(wb), captureState(before));
  const run = await rate(wb, requestOf(c));
  const afterChanges = run.ok ? cellChanges(captureState(wb), captureState(await reloaded(wb))) : [];
  expect({ beforeChanges, afterChanges }).toEqual({ beforeChanges: [], afterChanges: [] });
});
