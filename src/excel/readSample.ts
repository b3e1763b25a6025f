// A sample of the sheet's top cells, loaded with the sheet's metadata (no sync of its own), so the
// first read chunk can be sized by bytes rather than by a guessed cell count.
import { jsonBytes } from "../shared/jsonBytes";

/** The sample's area: the used part of A1:CV50, at most 5,000 cells (a quarter of the old cell-sized first chunk). */
const SAMPLE_ADDRESS = "A1:CV50";

/** Queues the sample's load; the returned function gives its bytes per cell (values and number formats) after the sync. */
export function queueReadSample(ws: Excel.Worksheet): () => number | undefined {
  const used = ws.getRange(SAMPLE_ADDRESS).getUsedRangeOrNullObject(true).load("values,numberFormat");
  return () => {
    if (used.isNullObject) return undefined;
    const values = used.values as (string | number | boolean)[][];
    const cells = values.length * (values[0]?.length ?? 0);
    if (cells === 0) return undefined;
    return (jsonBytes(values) + jsonBytes(used.numberFormat as string[][])) / cells;
  };
}
