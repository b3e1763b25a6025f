// A small in-memory sheet in the shape the workbench grid reads (see src/workbench/grid/sheetView.ts).
import { ViewCell, ViewConditionalFormat, ViewSheet } from "../../src/workbench/grid/sheetView";

export function fakeSheet(rows: Array<Array<ViewCell["value"]>>, conditionalFormats: ViewConditionalFormat[] = []): ViewSheet {
  return {
    name: "Clients",
    get: (r, c) => {
      const value = rows[r]?.[c];
      return value === undefined ? undefined : { value };
    },
    usedRect: () => (rows.length ? { r0: 0, r1: rows.length - 1, c0: 0, c1: Math.max(...rows.map((row) => row.length)) - 1 } : null),
    conditionalFormats,
    pivots: [],
    charts: [],
  };
}
