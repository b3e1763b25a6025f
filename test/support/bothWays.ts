// The same Excel work done twice from identical workbooks: once over the simulator's own objects, once through
// Microsoft's Excel client library with the simulator as host. What the two leave behind must be identical.
import { createExcelHost, type SimWorkbook } from "../../src/simulator";
import { normalizedSnapshot } from "../excel/support/host";
import { officeJsHost } from "./officeJsHost";

export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Way<T> {
  wb: SimWorkbook;
  /** workbookState at each checkpoint() the work called */
  checkpoints: unknown[];
  result: { ok: true; value: T } | { ok: false; error: { name?: string; code?: string; message?: string } };
}

/** Everything of a workbook the add-in can change: cells and formats, sheets, tables, CF, pivots, charts, names, XML parts, selection. */
export function workbookState(wb: SimWorkbook): unknown {
  return {
    ...normalizedSnapshot(wb),
    layout: wb.sheetNames().map((name) => {
      const s = wb.sheet(name);
      return {
        name,
        selection: s.selection,
        activeCell: s.activeCell,
        merges: s.merges,
        autoFilter: s.autoFilter ?? null,
        rowHeights: [...s.rowHeights],
        tabColor: s.tabColor,
        showGridlines: s.showGridlines,
      };
    }),
  };
}

type Work<T> = (run: Runner, checkpoint: () => void) => Promise<T>;

/** Runs `work` on a fresh workbook both ways; `work` gets Excel.run of that way, and checkpoint() to compare midway. */
export async function bothWays<T>(make: () => Promise<SimWorkbook> | SimWorkbook, work: Work<T>): Promise<{ direct: Way<T>; officeJs: Way<T>; unmodelled: string[] }> {
  const directWb = await make();
  const direct = await attempt(directWb, work, createExcelHost(directWb).run as Runner);
  const officeWb = await make();
  const host = officeJsHost(officeWb);
  const officeJs = await attempt(officeWb, work, host.run as Runner);
  return { direct, officeJs, unmodelled: host.unmodelled };
}

async function attempt<T>(wb: SimWorkbook, work: Work<T>, run: Runner): Promise<Way<T>> {
  const checkpoints: unknown[] = [];
  const checkpoint = () => void checkpoints.push(workbookState(wb));
  try {
    return { wb, checkpoints, result: { ok: true, value: await work(run, checkpoint) } };
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string };
    return { wb, checkpoints, result: { ok: false, error: { name: e.name, code: e.code, message: e.message } } };
  }
}
