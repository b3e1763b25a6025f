// The simulator's objects are typed, not forced: a proxy is handed out as its Office.js type through asExcel
// (src/simulator/api/standIn.ts), never through a double cast that would let any object pass for any type.
import * as fs from "node:fs";
import * as path from "node:path";

const SIMULATOR = path.resolve(__dirname, "..", "..", "src", "simulator");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** "src/simulator/x.ts:12: ... as unknown as Y" for every double cast or cast to any. */
function forcedCasts(files: string[]): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (/\bas\s+unknown\s+as\b|\bas\s+any\b/.test(line) ? [`${path.relative(SIMULATOR, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

test("the simulator has no `as unknown as` and no `as any`", () => {
  const files = sourceFiles(SIMULATOR);
  expect(files.length).toBeGreaterThan(50);
  expect(forcedCasts(files)).toEqual([]);
});
