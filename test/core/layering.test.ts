import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const CORE = join(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier: import/export ... from "x", import("x"), require("x"). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']/g, /\brequire\s*\(\s*["']([^"']+)["']/g, /^\s*import\s+["']([^"']+)["']/gm];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

describe("src/core layering", () => {
  const files = sourceFiles(CORE);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it.each(files.map((f) => [f.slice(CORE.length + 1), f]))("%s imports only core files and zod", (_name, file) => {
    const bad = specifiers(readFileSync(file, "utf8")).filter((s) => !s.startsWith("./") && s !== "zod");
    expect(bad).toEqual([]);
  });
  it("the scan catches a forbidden import", () => {
    expect(specifiers('import { x } from "react";\nconst fs = require("fs");').filter((s) => s !== "zod")).toEqual(["react", "fs"]);
  });
  it("uses no Office, DOM or Node globals", () => {
    for (const file of files) {
      const source = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      expect([file, /\b(Office|Excel|window|document|process|Buffer)\./.test(source)]).toEqual([file, false]);
    }
  });
});
