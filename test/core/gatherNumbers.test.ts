// Criterion scores read a column's numbers either from a parse the cache keeps or straight from the cells:
// both must give the same numbers and the same reason for every cell that is not one.
import { CELL_BLANK, CELL_ERROR, CELL_OK, ColumnCache } from "../../src/core/columns";
import type { CellValue, ClientTable } from "../../src/core";

const cells: CellValue[] = [12, "1,234.5", "", null, "#N/A", true, "abc", Infinity, -0.5, " 7 ", "12%", "(3)", undefined, 1e308];

function gathered(cache: ColumnCache, rows: Int32Array) {
  const values = new Float64Array(rows.length);
  const status = new Uint8Array(rows.length);
  cache.gatherNumbers(0, "en", rows, values, status);
  return { values: Array.from(values), status: Array.from(status) };
}

describe("ColumnCache.gatherNumbers", () => {
  const table: ClientTable = { headers: ["Revenue"], rows: cells.map((cell) => [cell]) };
  const rows = Int32Array.from([13, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1]);

  it("reads the cells as ColumnCache.numbers does, by position in the rows asked for", () => {
    const parsed = new ColumnCache(table).numbers(0, "en");
    const fromCells = gathered(new ColumnCache(table), rows);
    expect(fromCells.values).toEqual(Array.from(rows, (r) => parsed.values[r]));
    expect(fromCells.status).toEqual(Array.from(rows, (r) => parsed.status[r]));
    expect(fromCells.values.slice(0, 2)).toEqual([1e308, 12]);
    expect(fromCells.status.slice(2, 5)).toEqual([CELL_BLANK, CELL_BLANK, CELL_ERROR]);
    expect(fromCells.status[1]).toBe(CELL_OK);
  });

  it("gives the same from a parse the cache already keeps", () => {
    const cache = new ColumnCache(table);
    cache.numbers(0, "en");
    expect(gathered(cache, rows)).toEqual(gathered(new ColumnCache(table), rows));
  });
});
