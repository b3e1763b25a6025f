/** @type {import('jest').Config} */
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }],
  },
};

// Excel test files that also run through Office.js (the "officejs" project): rating, removal, the profile
// store, the Pareto sheet with its PivotTable and charts, conditional formats, placement, history tables, the
// client list, the selected client and its selection events. OFFICE_JS_ALL=1 adds the files that take over half a
// minute that way (chunking, largeTable, historyFull: 7 minutes; scale: three 100,000-row ratings, about 10 minutes)
// and four of 7-25 s (reading, profileSheet, lazyReasons, sheetNames) that would take the default past
// three minutes on a shared 2-core machine (test/corpus/officeJs.test.ts compares the corpus both ways). Left out: test/excel/envelope.test.ts (measures the simulator's own request-size
// estimate; the real bytes are test/excel/officeJsRequestBytes.test.ts's), pure.test.ts (no Excel),
// bothWays.test.ts and officeJsRequestBytes.test.ts (they drive the real library themselves).
const OFFICE_JS_FILES = [
  "test/excel/rate.test.ts",
  "test/excel/profiles.test.ts",
  "test/excel/pareto.test.ts",
  "test/excel/decisions.test.ts",
  "test/excel/tables.test.ts",
  "test/excel/atomic.test.ts",
  "test/excel/writeGuards.test.ts",
  "test/excel/blankRows.test.ts",
  "test/excel/clientList.test.ts",
  "test/excel/guards.test.ts",
  "test/excel/historyTable.test.ts",
  "test/excel/ownedWidths.test.ts",
  "test/excel/placement.test.ts",
  "test/excel/serial.test.ts",
  "test/excel/userRules.test.ts",
  "test/excel/warningCells.test.ts",
  "test/excel/xlsxObjects.test.ts",
  "test/excel/selectedClient.test.ts",
  ...(process.env.OFFICE_JS_ALL === "1"
    ? [
        "test/excel/sample.test.ts",
        "test/excel/history.test.ts",
        "test/excel/partWayFailure.test.ts",
        "test/excel/language.test.ts",
        "test/excel/chunking.test.ts",
        "test/excel/historyFull.test.ts",
        "test/excel/largeTable.test.ts",
        "test/excel/lazyReasons.test.ts",
        "test/excel/profileSheet.test.ts",
        "test/excel/reading.test.ts",
        "test/excel/sheetNames.test.ts",
        "test/excel/scale.test.ts",
      ]
    : []),
];

module.exports = {
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
    },
    {
      // Chosen Excel test files again, with every request built by Microsoft's Excel client library
      // (@microsoft/office-js) and answered by the simulator (src/simulator/richApi).
      ...shared,
      displayName: "officejs",
      roots: ["<rootDir>/test"],
      testMatch: OFFICE_JS_FILES.map((f) => `<rootDir>/${f}`),
      moduleNameMapper: { "^(\\.\\./)+src/simulator$": "<rootDir>/test/support/officeJsSimulator.ts" },
    },
    {
      // Builds the bundles and starts a static server once; only runs when a browser test is selected.
      ...shared,
      displayName: "browser",
      roots: ["<rootDir>/test/browser"],
      globalSetup: "<rootDir>/test/browser/global-setup.ts",
      globalTeardown: "<rootDir>/test/browser/global-teardown.ts",
      testTimeout: 120000,
    },
  ],
};
