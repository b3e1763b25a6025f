// The workbook side of Client Rater: everything that reads or writes cells goes through here.
export { readClientSheet } from "./readClientSheet";
export { loadStoredProfiles, saveProfiles } from "./profiles";
export { rateWorkbook } from "./rateWorkbook";
export { loadRatedSheetName } from "./ratedSheet";
export { removeRatings } from "./removeRatings";
export { selectClientRow } from "./selectClientRow";
export type { StoredProfiles } from "./profileStore";
export type { ClientSheet, ColumnPlacement, FocusOutcome, FocusOutcomeEntry, RateOutcome, RateRequest } from "./types";
export { announceRibbonRating, onRibbonRating, type RibbonRating } from "./ribbonRatings";
