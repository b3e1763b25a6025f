// "Rate clients" writes the grades, the Pareto sheet with its PivotTable and charts, the Focus and history sheets;
// "Remove ratings" takes them out again: code for a click, fetched on the first one (the panel and the ribbon share
// the chunk), not with the panel.
import type { rateWorkbook } from "../../excel/rateWorkbook";
import type { removeRatings } from "../../excel/removeRatings";

export function loadRatingWriter(): Promise<typeof rateWorkbook> {
  return import(/* webpackChunkName: "rate-workbook" */ "../../excel/rateWorkbook").then((m) => m.rateWorkbook);
}

export function loadRatingRemover(): Promise<typeof removeRatings> {
  return import(/* webpackChunkName: "rate-workbook" */ "../../excel/removeRatings").then((m) => m.removeRatings);
}
