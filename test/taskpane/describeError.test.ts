// The panel shows the refusals of a locked structure, merged cells and a user's name like ours in the
// user's language, naming the merge or the name (not the "something went wrong" text).
import { RaterError } from "../../src/core/errors";
import { describeError } from "../../src/taskpane/editing/describeError";
import { createTranslator, type Language } from "../../src/taskpane/i18n";
import { loadEveryLanguage } from "./support/languages";

beforeAll(loadEveryLanguage);

const formatters = { formatNumber: (n: number) => String(n), formatPercent: (s: number) => `${s * 100}%` };
const shown = (error: RaterError, language: Language) => describeError(error, createTranslator(language), formatters);

const refusals = [
  new RaterError("workbook-protected", "The workbook's structure is protected."),
  new RaterError("merged-cells", "The merged cells Clients!D3:E3 cover column D.", { cell: "Clients!D3:E3" }),
  new RaterError("name-taken", 'The workbook already has a name "ClientRater_grade" of its own.', { field: "ClientRater_grade", params: { name: "ClientRater_grade" } }),
];

test.each((["en", "nl", "de", "hu"] as const).flatMap((language) => refusals.map((e) => [language, e.code, e] as const)))(
  "%s: %s is told in the panel's language, with what it names",
  (language, _code, error) => {
    const text = shown(error, language);
    const internal = createTranslator(language)("error.internal", { detail: error.message });
    expect(text).not.toBe(internal);
    expect(text).not.toMatch(/\{\w+\}/);
    if (error.details.cell) expect(text).toContain(error.details.cell);
    if (error.details.params?.name) expect(text).toContain(String(error.details.params.name));
  },
);

test.each(["en", "nl", "de", "hu"] as const)("%s: a part of the panel that could not be fetched is said as such, not as an internal error", (language) => {
  const error = Object.assign(new Error("Loading chunk rate-workbook failed.\n(error: https://localhost:3000/chunks/rate-workbook.0c88d1d9.js)"), { name: "ChunkLoadError" });
  const text = shown(error as unknown as RaterError, language);
  expect(text).toBe(createTranslator(language)("error.notLoaded"));
  expect(text).not.toContain("chunk");
  expect(text).not.toBe(createTranslator(language)("error.internal", { detail: error.message }));
});
