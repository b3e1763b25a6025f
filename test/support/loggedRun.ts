// Runs `batch` in its own simulated Excel.run (its own host), logging `tag` at every sync the batch makes in the
// shared `log`: two such runs started together show whether their syncs interleave. Office.js's Excel.run syncs
// once more after the batch, only to release the ranges it kept; that sync is not the batch's and is not logged.
import { createExcelHost, type SimWorkbook } from "../../src/simulator";

export function loggedRun<T>(wb: SimWorkbook, log: string[], tag: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return createExcelHost(wb).run((context) => {
    let batchDone = false;
    const sync = context.sync.bind(context);
    (context as { sync: unknown }).sync = <V>(value?: V) => {
      if (!batchDone) log.push(tag);
      return sync(value);
    };
    return batch(context).finally(() => {
      batchDone = true;
    });
  });
}
