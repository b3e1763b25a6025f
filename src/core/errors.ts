// One error type for every failure a user can act on. `code` lets the panel translate;
// `message` is plain English for the command line and logs; `cell` names the cell at fault.
export type RaterErrorCode =
  | "invalid-profile"
  | "profile-too-new"
  | "profile-damaged"
  | "no-header-row"
  | "no-rows"
  | "missing-columns"
  | "cell-in-the-way"
  | "sheet-protected"
  | "workbook-protected"
  | "merged-cells"
  | "name-taken"
  | "sheet-not-found"
  | "unsupported-excel"
  | "busy"
  | "internal";

export class RaterError extends Error {
  constructor(
    readonly code: RaterErrorCode,
    message: string,
    readonly details: { cell?: string; field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = "RaterError";
  }
}
