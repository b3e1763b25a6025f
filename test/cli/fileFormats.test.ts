// The command line with a locked workbook structure and with macro-enabled workbooks: a refused run writes
// no file, an .xlsm is saved as an .xlsm that keeps its macros, and an output name that Excel would not open
// (macros in an .xlsx, or an .xlsx saved as .xlsm) is refused before anything runs.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { lockedStructure, macroWorkbook, passwordProtectedSheet } from "../corpus/files";
import { runCli } from "./runCli";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-formats-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function inputFile(name: string, make: () => Promise<Uint8Array>): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await make());
  return file;
}

test("a workbook with a locked structure is refused with what to do, and no file is written", async () => {
  const input = await inputFile("locked.xlsx", lockedStructure);
  const run = await runCli(["rate", input, "--as-of", "2026-01-31"]);
  expect({ code: run.code, stderr: run.stderr.trim() }).toEqual({
    code: 1,
    stderr: expect.stringContaining("Unprotect the workbook structure (Review > Protect Workbook)"),
  });
  expect(fs.existsSync(path.join(dir, "locked.rated.xlsx"))).toBe(false);
}, 120_000);

test("a password-protected sheet keeps its password hash in the rated copy", async () => {
  const input = await inputFile("prices.xlsx", passwordProtectedSheet);
  const run = await runCli(["rate", input, "--as-of", "2026-01-31", "--sheet", "Clients"]);
  expect(run.code).toBe(0);
  const element = async (file: string) =>
    /<sheetProtection\b[^>]*>/.exec(await (await JSZip.loadAsync(fs.readFileSync(file))).file("xl/worksheets/sheet2.xml")!.async("string"))?.[0];
  const kept = await element(path.join(dir, "prices.rated.xlsx"));
  expect(kept).toMatch(/hashValue="[^"]+"/);
  expect(kept).toBe(await element(input));
}, 120_000);

test("an .xlsm is saved as <name>.rated.xlsm, macro-enabled, with its VBA project", async () => {
  const input = await inputFile("tools.xlsm", macroWorkbook);
  const run = await runCli(["rate", input, "--as-of", "2026-01-31", "--json"]);
  expect(run.code).toBe(0);
  const out = path.join(dir, "tools.rated.xlsm");
  expect(JSON.parse(run.stdout).out).toBe(out);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toMatch(/PartName="\/xl\/workbook\.xml" ContentType="application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml"/);
  const vba = await zip.file("xl/vbaProject.bin")?.async("uint8array");
  const original = await (await JSZip.loadAsync(fs.readFileSync(input))).file("xl/vbaProject.bin")!.async("uint8array");
  expect(vba && Buffer.from(vba).equals(Buffer.from(original))).toBe(true);
}, 120_000);

test.each([
  ["an .xlsm to an .xlsx name", "macros.xlsm", macroWorkbook, "out.xlsx", /macro-enabled workbook .*name ending in \.xlsm/],
  ["an .xlsx to an .xlsm name", "plain.xlsx", passwordProtectedSheet, "out.xlsm", /has no macros.*name ending in \.xlsx/],
])("%s is refused before anything is written", async (_what, name, make, outName, message) => {
  const input = await inputFile(name, make);
  const out = path.join(dir, outName);
  const run = await runCli(["rate", input, "--out", out, "--sheet", "Clients"]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(fs.existsSync(out)).toBe(false);
}, 120_000);
