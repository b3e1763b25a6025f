import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { checkRequirementSets, formatReport } from "../../scripts/fidelity/requirement-sets";
import { declaredSetsFromXml } from "../../scripts/fidelity/manifest-sets";
import { parseApiSet, parseRequirementSetsList } from "../../scripts/fidelity/api-annotations";

// Each check builds a TypeScript program over @types/office-js: seconds each, more on a busy CI machine.
jest.setTimeout(180_000);

const projectDir = path.resolve(__dirname, "../..");

function checkFixture(source: string, declared: Record<string, string> = { ExcelApi: "1.1" }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reqsets-"));
  const file = path.join(dir, "fixture.ts");
  fs.writeFileSync(file, source);
  const compilerOptions: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2020,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["office-js"],
    typeRoots: [path.join(projectDir, "node_modules/@types")],
    noEmit: true,
  };
  try {
    return checkRequirementSets({ projectDir: dir, rootNames: [file], compilerOptions, declared });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const spill = (guard: string) => `
export async function spill(context: Excel.RequestContext, isSetSupported: (s: string, v: string) => boolean) {
  const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
  ${guard}
}`;

describe("requirement-set checker on fixtures", () => {
  test("an unguarded ExcelApi 1.12 call fails against a 1.1 manifest", () => {
    const report = checkFixture(spill(`range.getSpillingToRange();`));
    const violation = report.violations.find((u) => u.member.endsWith("Range.getSpillingToRange"));
    expect(violation).toMatchObject({ set: "ExcelApi", version: "1.12", line: 4, ok: false });
  });

  test("the same call inside if (isSetSupported('ExcelApi', '1.12')) passes", () => {
    const report = checkFixture(spill(`if (isSetSupported("ExcelApi", "1.12")) { range.getSpillingToRange(); }`));
    const use = report.uses.find((u) => u.member.endsWith("Range.getSpillingToRange"));
    expect(use).toMatchObject({ ok: true, guard: { set: "ExcelApi", version: "1.12" } });
    expect(report.violations).toEqual([]);
  });

  test("a guard for a lower version does not count", () => {
    const report = checkFixture(spill(`if (isSetSupported("ExcelApi", "1.9")) { range.getSpillingToRange(); }`));
    expect(report.violations.map((u) => u.member)).toEqual(["Excel.Range.getSpillingToRange"]);
  });

  test("early return, && and ternary guards; the else branch is not guarded", () => {
    const report = checkFixture(
      spill(`
  const a = isSetSupported("ExcelApi", "1.12") && range.getSpillingToRange();
  const b = !isSetSupported("ExcelApi", "1.12") ? null : range.getSpillingToRange();
  if (isSetSupported("ExcelApi", "1.12")) { void 0; } else { range.getSpillingToRange(); }
  if (!isSetSupported("ExcelApi", "1.12")) return [a, b];
  range.getSpillingToRange();`),
    );
    expect(report.violations.map((u) => u.line)).toEqual([7]);
    expect(report.uses.filter((u) => u.member.endsWith("getSpillingToRange")).map((u) => u.ok)).toEqual([true, true, false, true]);
  });

  test("guards through an injected host object with optional call", () => {
    const report = checkFixture(`
export function f(sheet: Excel.Worksheet, host: { isSetSupported?: (s: string, v: string) => boolean }) {
  if (host.isSetSupported?.("ExcelApi", "1.9") ?? false) sheet.autoFilter.apply("A1:B2");
}`);
    expect(report.uses.find((u) => u.member.endsWith("AutoFilter.apply"))).toMatchObject({ version: "1.9", ok: true });
  });

  test("a function whose every call is guarded is guarded inside; one unguarded call spoils it", () => {
    const helper = `
function buildPivot(sheet: Excel.Worksheet) { sheet.pivotTables.add("P", "A1:B3", "D1"); }
const addChart = (sheet: Excel.Worksheet) => sheet.autoFilter.apply("A1:B3");`;
    const guarded = checkFixture(`${helper}
export function f(sheet: Excel.Worksheet, isSetSupported: (s: string, v: string) => boolean) {
  if (isSetSupported("ExcelApi", "1.9")) { buildPivot(sheet); addChart(sheet); }
  if (!isSetSupported("ExcelApi", "1.8")) return;
  buildPivot(sheet);
}`);
    expect(guarded.violations).toEqual([]);
    const spoiled = checkFixture(`${helper}
export function f(sheet: Excel.Worksheet, isSetSupported: (s: string, v: string) => boolean) {
  if (isSetSupported("ExcelApi", "1.9")) { buildPivot(sheet); addChart(sheet); }
  buildPivot(sheet);
}`);
    expect(spoiled.violations.map((u) => u.member).sort()).toEqual(["Excel.PivotTableCollection.add", "Excel.Worksheet.pivotTables"]);
  });

  test("the manifest's declared set lets a use through without a guard", () => {
    const report = checkFixture(spill(`range.getSpillingToRange();`), { ExcelApi: "1.12" });
    expect(report.violations).toEqual([]);
    expect(report.uses.some((u) => u.member.endsWith("getSpillingToRange"))).toBe(true);
  });

  test("object literals typed by Excel.Interfaces and load strings are checked too", () => {
    const report = checkFixture(`
export function f(range: Excel.Range) {
  range.load("values, savedAsArray");
  range.set({ format: { autoIndent: true } });
}`);
    const members = report.violations.map((u) => `${u.member} ${u.version}`);
    expect(members).toContain("Excel.Range.savedAsArray 1.12");
    expect(members).toContain("Excel.Interfaces.RangeFormatUpdateData.autoIndent 1.9");
  });

  test("a write takes the annotation's 'for set' version", () => {
    expect(parseApiSet("[Api set: ExcelApi 1.1 for get, 1.8 for set]", true)?.version).toBe("1.8");
    expect(parseApiSet("[Api set: ExcelApi 1.1 for get, 1.8 for set]", false)?.version).toBe("1.1");
  });

  test("Office's common API lists its sets as **Requirement sets** items; conditional items are skipped", () => {
    const doc = `/**
         * **Requirement sets**:
         *
         * - {@link https://learn.microsoft.com/x | DialogApi}
         *
         * - {@link https://learn.microsoft.com/y | Mailbox 1.4}
         *
         * - If the \`messageOptions\` parameter is used, {@link https://learn.microsoft.com/z | DialogOrigin 1.1} is also required.
         */`;
    expect(parseRequirementSetsList(doc).map((r) => r.text)).toEqual(["DialogApi 1.1", "Mailbox 1.4"]);
    const report = checkFixture(`export function close() { Office.context.ui.messageParent("done"); }`);
    expect(report.violations.map((u) => `${u.member} ${u.set} ${u.version}`)).toEqual(["Office.UI.messageParent DialogApi 1.1"]);
  });

  test("the declared ExcelApi version is read from the manifest's Requirements", () => {
    const xml = `<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements></OfficeApp>`;
    expect(declaredSetsFromXml(xml).sets).toEqual({ ExcelApi: "1.7" });
    expect(declaredSetsFromXml(`<OfficeApp/>`).note).toMatch(/assuming ExcelApi 1.1/);
  });
});

describe("requirement sets of src/", () => {
  test("every Excel API member src/ uses is declared by the manifest or guarded", () => {
    const report = checkRequirementSets({ projectDir });
    console.log(formatReport(report));
    expect(report.violations.map((u) => `${u.member} (${u.set} ${u.version}) at ${u.file}:${u.line}`)).toEqual([]);
  });
});
