// Runs `batch` in its own simulated Excel.run (its own host), logging `tag` at every sync in the shared
// `log`: two such runs started together show whether their syncs interleave.
import { createExcelHost, type SimWorkbook } from "../../src/simulator";

export function loggedRun<T>(wb: SimWorkbook, log: string[], tag: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return createExcelHost(wb).run((context) => {
    const sync = context.sync.bind(context);
    (context as { sync: unknown }).sync = <V>(value?: V) => {
      log.push(tag);
      return sync(value);
    };
    return batch(context);
  });
}
