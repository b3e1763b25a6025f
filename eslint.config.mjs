// office-addin-lint's own config (Microsoft's add-in rules), with two rules handed to better tools:
// undefined names are TypeScript's job (typescript-eslint advises turning no-undef off for TS), and
// formatting is not enforced by lint (the code is 120 columns wide, prettier's default is 80).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "lib/**", "out/**", "node_modules/**", "test/corpus/generated/**"] },
  ...officeAddins.configs.recommended,
  // The recommended set's TypeScript block names no .tsx or .jsx files, and ESLint skips a file no config names:
  // the panel's components went unlinted. The same block, for them.
  { ...officeAddins.configs.recommended.at(-1), files: ["**/*.{jsx,tsx}"] },
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "prettier/prettier": "off",
      // A leading underscore marks a parameter kept for an interface's signature.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
];
