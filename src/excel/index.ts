// The workbook side of Client Rater: everything that reads or writes cells goes through here.
export { readClientSheet } from "./readClientSheet";
export { loadStoredProfiles, saveProfiles } from "./profiles";
export { rateWorkbook } from "./rateWorkbook";
export { loadRatedSheetName } from "./ratedSheet";
export { removeRatings, type RemoveOptions } from "./removeRatings";
export { readClientHistory, type ClientHistoryPoint } from "./historySheet";
export { selectClientRow } from "./selectClientRow";
export type { StoredProfiles } from "./profileStore";
export type { ClientSheet, ColumnPlacement, FocusOutcome, FocusOutcomeEntry, MoversOutcome, RateOutcome, RateRequest } from "./types";
export { currentSelection, readSelectedClient, type SelectedClient, type SelectionChange } from "./selectedClient";
export { watchSelection, type ExcelRunner } from "./selectionWatch";
export { announceRibbonRating, onRibbonRating, type RibbonRating } from "./ribbonRatings";
export { type ClientListOutcome, type ClientListRequest, type OrderLinesPreview, readOrderLines, writeClientList } from "./clientList";
