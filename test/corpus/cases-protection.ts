// Cases about what the add-in must not weaken or lose: protection, merged cells over the columns it writes,
// a user's name that Excel takes for one of ours, and (from saved files, see files.ts) what the saved copy keeps.
import type { CellSpec, CorpusCase } from "./spec";
import { revenueProfile } from "./profiles";
import { lockedStructure, macroWorkbook, once, passwordProtectedSheet, pivotOnOtherSheet, validationAndTooltips } from "./files";

const HEAD = ["Client", "Revenue", "Profit"];
const DATA: CellSpec[][] = [["Alpha", 90, 40], ["Bravo", 70, 30], ["Charlie", 50, 20], ["Delta", 10, 10]];
const plain = (extra: object = {}) => ({ sheets: [{ name: "Clients", rows: [HEAD, ...DATA], ...extra }] });

export const protectionCases: CorpusCase[] = [
  {
    id: "workbook-structure-locked",
    title: "Review > Protect Workbook locks the structure: no sheet can be added, so nothing is written",
    build: { ...plain(), protectStructure: true },
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "workbook-protected", messageIncludes: "Unprotect the workbook structure" },
  },
  {
    id: "merge-in-owned-columns",
    title: "Two cells merged right of the list, where the Score and Grade columns go",
    build: plain({ blocks: [{ at: "E3", rows: [[null]] }], merges: ["D3:E3"] }),
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "merged-cells", messageIncludes: "D3:E3" },
  },
  {
    id: "merge-reaching-into-owned-columns",
    title: "A client's Profit cell merged with the empty cell to its right (top-left cell in the user's data)",
    build: plain({ merges: ["C3:D3"] }),
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "merged-cells", messageIncludes: "C3:D3" },
  },
  {
    id: "users-name-like-ours",
    title: "The user named their revenue cells ClientRater_grade, a name the add-in makes",
    build: { ...plain(), names: { ClientRater_grade: "Clients!$B$2:$B$5" } },
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "name-taken", messageIncludes: "ClientRater_grade" },
  },
  {
    id: "users-name-like-ours-other-case",
    title: "A user's name CLIENTRATER_SCORE: Excel's names ignore case, so it is ours to Excel",
    build: { ...plain(), names: { CLIENTRATER_SCORE: "Clients!$C$2:$C$5" } },
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "name-taken", messageIncludes: "CLIENTRATER_SCORE" },
  },
  {
    id: "file-password-protected-other-sheet",
    title: "A saved file whose price sheet is protected with a password: the saved copy keeps the hash, salt and flags",
    file: once(passwordProtectedSheet),
    build: { sheets: [] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" } },
  },
  {
    id: "file-workbook-structure-locked",
    title: "A saved file with Review > Protect Workbook (password): refused before anything is written",
    file: once(lockedStructure),
    build: { sheets: [] },
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "workbook-protected", messageIncludes: "Unprotect the workbook structure" },
  },
  {
    id: "file-validation-and-screentips",
    title: "A drop-down list on Region, a whole-number rule on Revenue and web links with ScreenTips",
    file: once(validationAndTooltips),
    build: { sheets: [] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" } },
  },
  {
    id: "file-xlsm-macros",
    title: "A macro-enabled workbook (.xlsm): the saved copy is macro-enabled and keeps its VBA project",
    file: once(macroWorkbook),
    build: { sheets: [] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4 },
  },
  {
    id: "file-pivot-table-in-input",
    title: "A PivotTable of the user's on a Summary sheet: kept with its cache",
    file: once(pivotOnOtherSheet),
    build: { sheets: [] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4 },
  },
];
