// LibreOffice (soffice) headless conversions, each run with a fresh user profile that recalculates
// every formula when an .xlsx is loaded (so the figures LibreOffice prints are its own, not cached ones).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** Every sheet to its own CSV file named <file>-<sheet>.csv, UTF-8, text cells quoted, raw values (not "as shown"). */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const p = found.stdout.trim();
  return found.status === 0 && p ? p : undefined;
}

export function pdftoppmPath(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v pdftoppm"], { encoding: "utf8" });
  const p = found.stdout.trim();
  return found.status === 0 && p ? p : undefined;
}

/** Converts several files in one soffice start (it is the slow part); returns the output folder. */
export function convertAll(soffice: string, files: string[], target: string, outDir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-"));
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user/registrymodifications.xcu"), RECALC_ALWAYS);
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", target, "--outdir", outDir, ...files],
      { stdio: "pipe", timeout: 240_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
