// The command line never writes through a link to its input, and never replaces an earlier rated copy unasked.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli, SAMPLE, type CliRun } from "./runCli";

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("client-rater rate: where the rated copy goes", () => {
  let dir: string;
  let input: string;
  let inputHash: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-output-"));
    input = path.join(dir, "clients.xlsx");
    fs.copyFileSync(SAMPLE, input);
    inputHash = sha256(input);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expectRefused = (run: CliRun, message: RegExp) => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(input)).toBe(inputHash);
  };

  it("refuses --out that is a symbolic link to the input", async () => {
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    expectRefused(await runCli(["rate", input, "--out", link]), /--out .*link\.xlsx is the input file .* under another name/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("refuses --out that is a hard link to the input", async () => {
    const hard = path.join(dir, "hard.xlsx");
    fs.linkSync(input, hard);
    expectRefused(await runCli(["rate", input, "--out", hard]), /--out .*hard\.xlsx is the input file/);
  });

  it("refuses an input reached through a symbolic link when --out is the file itself", async () => {
    const linkedInput = path.join(dir, "via-link.xlsx");
    fs.symlinkSync(input, linkedInput);
    expectRefused(await runCli(["rate", linkedInput, "--out", input]), /is the input file/);
  });

  it("refuses --out that is a folder", async () => {
    const folder = path.join(dir, "folder.xlsx");
    fs.mkdirSync(folder);
    expectRefused(await runCli(["rate", input, "--out", folder]), /cannot write .*folder\.xlsx: it is a folder/);
  });

  it("refuses --out in a folder that does not exist, before rating", async () => {
    expectRefused(await runCli(["rate", input, "--out", path.join(dir, "missing", "out.xlsx")]), /the folder .*missing does not exist/);
  });

  it("keeps an earlier <in>.rated.xlsx unless --force is given", async () => {
    const rated = path.join(dir, "clients.rated.xlsx");
    fs.writeFileSync(rated, "an earlier rated copy the user edited");
    expectRefused(await runCli(["rate", input, "--as-of", "2023-01-15"]), /clients\.rated\.xlsx already exists .*--out <file>.*--force/);
    expect(fs.readFileSync(rated, "utf8")).toBe("an earlier rated copy the user edited");

    const forced = await runCli(["rate", input, "--as-of", "2023-01-15", "--force", "--json"]);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).out).toBe(rated);
    expect(fs.readFileSync(rated).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("refuses --force when <in>.rated.xlsx is a link to the input", async () => {
    const other = path.join(dir, "other.xlsx");
    fs.copyFileSync(SAMPLE, other);
    fs.linkSync(other, path.join(dir, "other.rated.xlsx"));
    const hash = sha256(other);
    const run = await runCli(["rate", other, "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/other\.rated\.xlsx is the input file/);
    expect(sha256(other)).toBe(hash);
  });
});
