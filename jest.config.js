/** @type {import('jest').Config} */
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }],
  },
};

// Excel test files that also run through Office.js (the "officejs" project): rating, removal, the profile
// store, the Pareto sheet with its PivotTable and charts, conditional formats and the corpus.
const OFFICE_JS_FILES = [
  "test/excel/rate.test.ts",
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
