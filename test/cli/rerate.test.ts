// A rated file shared with a colleague rates the same again with no options: same sheet, same date, same grades.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { runCli, SAMPLE, type CliRun } from "./runCli";

describe("client-rater rate on a workbook it rated before", () => {
  let dir: string;
  let first: CliRun;
  let again: CliRun;
  const rated = () => path.join(dir, "rated.xlsx");

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-rerate-"));
    // The client list is not the sheet the file opens on, as when a user saves it looking at the notes.
    const workbook = await SimWorkbook.fromXlsx(fs.readFileSync(SAMPLE));
    await createExcelHost(workbook).run(async (context) => {
      context.workbook.worksheets.getItem("About this data").activate();
      await context.sync();
    });
    const input = path.join(dir, "clients.xlsx");
    fs.writeFileSync(input, await workbook.toXlsx());
    first = await runCli(["rate", input, "--sheet", "Clients", "--as-of", "2023-01-15", "--out", rated(), "--json"]);
    again = await runCli(["rate", rated(), "--out", path.join(dir, "again.xlsx"), "--json"]);
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("rates the sheet recorded in the workbook and gives the same grades without --sheet or --as-of", () => {
    expect(first.stderr).toBe("");
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    const [one, two] = [JSON.parse(first.stdout), JSON.parse(again.stdout)];
    expect(two.sheet).toBe("Clients");
    expect(two.profile).toBe("stored");
    expect(two.grades).toEqual(one.grades);
    expect(Object.values(one.grades).filter((n) => (n as number) > 0).length).toBeGreaterThan(1);
  });

  it("stores the date with the profile and states it on the Rating profile sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(rated());
    const sheet = workbook.getWorksheet("Rating profile")!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ""))));
    expect(texts).toContain("Jan 15, 2023 (recency rules count the days up to this date)");
    const shown = await runCli(["profile", rated()]);
    expect(JSON.parse(shown.stdout).profiles[0].ratingDate).toBe("2023-01-15");
  }, 120_000);
});
