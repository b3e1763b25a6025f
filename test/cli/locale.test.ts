// --locale sets the language of everything the command line writes, as the panel's language does.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ownedColumnHeaders, paretoClassWords } from "../../src/core/labels";
import { runCli, SAMPLE } from "./runCli";

describe("client-rater rate --locale hu", () => {
  let dir: string;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-locale-"));
    const out = path.join(dir, "hu.xlsx");
    const run = await runCli(["rate", SAMPLE, "--as-of", "2023-01-15", "--locale", "hu", "--out", out, "--json"]);
    expect(run.stderr).toBe("");
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the owned headers, the Pareto sheet and the Rating profile sheet in Hungarian", () => {
    const headers = ownedColumnHeaders("hu");
    const clientHeader = (workbook.getWorksheet("Clients")!.getRow(1).values as unknown[]).map(String);
    for (const h of Object.values(headers)) expect(clientHeader).toContain(h);
    const pareto = workbook.getWorksheet("Pareto")!;
    expect(pareto.getCell("F1").value).toBe(headers.paretoClass);
    expect(pareto.getCell("F2").value).toBe(paretoClassWords("hu").vitalFew);
    expect(String(pareto.getCell("H4").value)).toMatch(/^Kulcsügyfelek: /);
    const profile = workbook.getWorksheet("Minősítési profil")!;
    expect(profile).toBeDefined();
    expect(profile.getCell("B4").value).toBe("Alapprofil");
    expect(workbook.getWorksheet("Rating profile")).toBeUndefined();
  });
});
