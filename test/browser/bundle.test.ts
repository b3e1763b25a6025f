// What each page loads, from the build the globalSetup made: the add-in pages stay free of the
// workbench-only weight (exceljs, the simulator), and the workbench really carries them.
import fs from "fs";
import { BUNDLE_REPORT, EntryReport } from "./buildBundles";

const report = JSON.parse(fs.readFileSync(BUNDLE_REPORT, "utf8")) as Record<string, EntryReport>;
const HEAVY = /(^|\/)node_modules\/(exceljs|jszip|hyperformula)\/|^src\/simulator\//;

test("the build has the three entry points", () => {
  expect(Object.keys(report).sort()).toEqual(expect.arrayContaining(["notice", "taskpane", "workbench"]));
});

test.each(["taskpane", "notice"])("%s loads neither exceljs nor the simulator, now or later", (entry) => {
  const { initial, deferred } = report[entry];
  expect(initial.length).toBeGreaterThan(0);
  expect([...initial, ...deferred].filter((file) => HEAVY.test(file))).toEqual([]);
});

test("the workbench carries the simulator and the real task pane", () => {
  const all = [...report.workbench.initial, ...report.workbench.deferred];
  expect(all.some((file) => file.startsWith("src/simulator/"))).toBe(true);
  expect(all).toContain("src/taskpane/components/App.tsx");
});

test("the workbench loads the Office.js host (?officejs=1) only later, in a chunk of its own", () => {
  const { initial, deferred } = report.workbench;
  expect(initial.filter((file) => file.startsWith("src/simulator/richApi/"))).toEqual([]);
  expect(deferred).toContain("src/simulator/richApi/officeJsHost.ts");
});

test("the task pane runs its preview in a worker chunk of its own", () => {
  const { initial, deferred } = report.taskpane;
  expect(initial.some((file) => file.startsWith("src/core/"))).toBe(true);
  expect(deferred.some((file) => /^src\/taskpane\/preview\/.*worker/i.test(file))).toBe(true);
});

test("the ribbon commands ride in the task pane's page (shared runtime), the notice dialog has its own small page", () => {
  expect(report.taskpane.initial).toContain("src/commands/commands.ts");
  expect(report.notice.initial).not.toContain("src/commands/commands.ts");
});

test("the task pane fetches the other languages and the click-only writers later, not with its first load", () => {
  const { initial, deferred } = report.taskpane;
  const later = [
    "src/taskpane/i18n/nl.ts",
    "src/taskpane/i18n/de.ts",
    "src/taskpane/i18n/hu.ts",
    "src/excel/rateWorkbook.ts",
    "src/excel/removeRatings.ts",
    "src/excel/historySheet.ts",
    "src/excel/clientList.ts",
    "src/excel/profileSheet.ts",
  ];
  expect(initial.filter((file) => later.includes(file))).toEqual([]);
  expect(deferred).toEqual(expect.arrayContaining(later));
  expect(initial).toContain("src/taskpane/i18n/en.ts");
});
