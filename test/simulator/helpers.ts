import { SimWorkbook, createExcelHost } from "../../src/simulator";
import type { ExcelHostOptions } from "../../src/simulator";

/** A workbook with one sheet "Sheet1" and a host over it. */
export function setup(options?: ExcelHostOptions, build?: (wb: SimWorkbook) => void) {
  const wb = SimWorkbook.empty();
  wb.addSheet("Sheet1");
  build?.(wb);
  const host = createExcelHost(wb, options);
  return { wb, host, run: host.run };
}

/** Runs a batch and returns the error it failed with (fails the test if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { errorLocation?: string } }> {
  try {
    await promise;
  } catch (e) {
    return e as { code: string; message: string; debugInfo: { errorLocation?: string } };
  }
  throw new Error("expected the batch to fail");
}
