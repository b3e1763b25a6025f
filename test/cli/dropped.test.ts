// The command line must say what of the input the rated copy could not keep (here: a comment,
// which exceljs does not carry through the simulator), never drop it silently.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "./runCli";

test("warns about parts of the input the rated copy cannot keep", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cr-dropped-"));
  const input = path.join(dir, "notes.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Clients");
  ws.addRow(["Client", "Revenue"]);
  ws.addRow(["A", 10]);
  ws.addRow(["B", 20]);
  ws.getCell("A2").note = "call back";
  await wb.xlsx.writeFile(input);

  const run = await runCli(["rate", input, "--out", path.join(dir, "out.xlsx"), "--json"]);
  expect(run.code).toBe(0);
  const summary = JSON.parse(run.stdout);
  expect(summary.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/could not keep comments \(1 of 1\)/)]));
}, 120_000);
