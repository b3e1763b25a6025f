/** @type {import('jest').Config} */
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }],
  },
};

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
