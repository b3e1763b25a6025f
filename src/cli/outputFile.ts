import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";

/** `<dir>/<name>.rated.xlsx` beside the input (also a CSV input) when no --out is given (`.rated.xlsm` for a macro-enabled .xlsm). */
export function defaultOutputPath(input: string, suffix = "rated"): string {
  const parsed = path.parse(input);
  const ext = parsed.ext.toLowerCase();
  const base = [".xlsx", ".xlsm", ".csv", ".tsv"].includes(ext) ? parsed.name : parsed.base;
  return path.join(parsed.dir, `${base}.${suffix}${ext === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}

export interface OutputChoice {
  input: string;
  /** --out as given; undefined: the default beside the input. */
  out?: string;
  force: boolean;
  /** The default's suffix: "rated" (in.rated.xlsx) unless given. */
  suffix?: string;
}

/**
 * Where the rated copy goes, checked before the input is read: never the input itself, whatever
 * link leads there (a symbolic link, a hard link, another spelling of the path), never a directory
 * or a device, and never an earlier `<in>.rated.xlsx` replaced without --force.
 */
export function chooseOutputPath({ input, out, force, suffix }: OutputChoice): string {
  const target = out ?? defaultOutputPath(input, suffix);
  const existing = statOrNull(target);
  if (existing) {
    if (isSameFile(input, target)) {
      throw new CliError(`--out ${target} is the input file (${input}) under another name; client-rater never changes its input. Choose another --out`);
    }
    if (!existing.isFile()) throw new CliError(`cannot write ${target}: it is ${kindOf(existing)}, not a file`);
    if (out === undefined && !force) {
      throw new CliError(`${target} already exists (from an earlier run?). Pass --out <file> to write elsewhere, or --force to replace it`);
    }
  } else if (out !== undefined && path.resolve(out) === path.resolve(input)) {
    throw new CliError(`--out must differ from the input file (${input}): client-rater never changes its input`);
  }
  const dir = path.dirname(path.resolve(target));
  const dirStat = statOrNull(dir);
  if (!dirStat?.isDirectory()) throw new CliError(`cannot write ${target}: the folder ${dir} does not exist`);
  return target;
}

/**
 * Writes the rated copy through a temporary file beside it, renamed into place: a failure part-way
 * leaves no half-written workbook, and the rename replaces a link at `out` instead of writing
 * through it. The input is checked once more, in case a link to it appeared while rating.
 */
export function writeOutputFile(input: string, out: string, bytes: Uint8Array): void {
  if (isSameFile(input, out)) {
    throw new CliError(`--out ${out} is the input file (${input}) under another name; client-rater never changes its input`);
  }
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: "wx" });
    fs.renameSync(temporary, out);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write ${out}${code ? ` (${code})` : ""}`);
  }
}

/** Same file: same device and inode (hard and symbolic links), or the same real path. */
function isSameFile(a: string, b: string): boolean {
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  if (!sa || !sb) return false;
  if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}
