// Cases about what earlier runs left in the workbook: stored profiles, old ratings, the user's "Grade".
import type { CellSpec, CorpusCase } from "./spec";
import { higher, profile, revenueProfile } from "./profiles";

const GRADES = { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" };
const HEAD = ["Client", "Revenue", "Profit"];
const DATA: CellSpec[][] = [["Alpha", 90, 40], ["Bravo", 70, 30], ["Charlie", 50, 20], ["Delta", 10, 10]];
const sheet = (extra: object = {}) => ({ sheets: [{ name: "Clients", rows: [HEAD, ...DATA] }], ...extra });

// A profile whose grades differ from the default cut-offs, so a run that ignores it is caught.
const storedProfile = profile([higher("Revenue", 0, 200)], { name: "Stored" }, "Profit");
const STORED_GRADES = { Alpha: "C", Bravo: "D", Charlie: "D", Delta: "D" }; // 45, 35, 25, 5

export const storedCases: CorpusCase[] = [
  {
    id: "stored-profile-current",
    title: "A stored profile set of format version 1 is used when no profile is given",
    build: sheet({ storedProfileJson: JSON.stringify({ version: 1, profiles: [storedProfile] }) }),
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: STORED_GRADES },
  },
  {
    id: "stored-profile-older",
    title: "A stored profile from an older release: a bare profile, not a profile set",
    build: sheet({ storedProfileJson: JSON.stringify(storedProfile) }),
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: STORED_GRADES },
  },
  {
    id: "stored-profile-corrupt",
    title: "A stored profile that is not JSON",
    build: sheet({ storedProfileJson: '{"version":1,"profiles":[{"name":"Half' }),
    expect: { kind: "error", code: "profile-damaged" },
  },
  {
    id: "stored-profile-invalid",
    title: "A stored profile that is JSON but breaks the schema",
    build: sheet({ storedProfileJson: JSON.stringify({ version: 1, profiles: [{ ...storedProfile, criteria: [{ ...higher("Revenue"), weight: -3 }] }] }) }),
    expect: { kind: "error", code: "profile-damaged", messageIncludes: "weight" },
  },
  {
    id: "stored-profile-too-new",
    title: "A stored profile written by a newer release (format version 2)",
    build: sheet({ storedProfileJson: JSON.stringify({ version: 2, profiles: [storedProfile] }) }),
    expect: { kind: "error", code: "profile-too-new" },
  },
  {
    id: "invalid-profile-given",
    title: "The profile passed in has a wrong field",
    build: sheet(),
    profiles: [profile([{ ...higher("Revenue"), weight: -3 }])],
    expect: { kind: "error", code: "invalid-profile", messageIncludes: "criteria[0].weight" },
  },
  {
    id: "already-rated-other-language",
    title: "A sheet rated before with Dutch headers, re-rated with English ones",
    build: sheet(),
    preRate: [revenueProfile({ language: "nl" })],
    profiles: [revenueProfile({ language: "en" })],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "already-rated-other-profile",
    title: "A sheet rated before with a 1-5 scale, re-rated with A-D",
    build: sheet(),
    preRate: [profile([higher("Revenue")], { scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds", cutoffs: [80, 60, 40, 20] } }, "Profit")],
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "already-rated-then-column-inserted",
    title: "Rated before, then the user inserted a column B: the owned columns are found again where they moved",
    build: sheet(),
    preRate: [revenueProfile()],
    userEdit: "insert-column-B",
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share", "no-pivot-layout"], clients: 4, grades: GRADES },
  },
  {
    id: "user-grade-column",
    title: "The user's own column called Grade stays the user's",
    build: { sheets: [{ name: "Clients", rows: [[...HEAD, "Grade"], ...DATA.map((r, i) => [...r, ["gold", "silver", "bronze", "none"][i]])] }] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "default-profile",
    title: "No stored profile, none given: a default profile built from the headers",
    build: { sheets: [{ name: "Clients", rows: [["Client", "Revenue", "Profit", "Employees", "Days late"], ...DATA.map((r, i) => [...r, 10 * (i + 1), i * 7])] }] },
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4 },
  },
];
