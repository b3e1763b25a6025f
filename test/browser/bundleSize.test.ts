// The task pane's first load stays within the goal (BENCHMARKS.md, 300 KB gzip): a production build of the task
// pane alone, counted as the bench counts it (bench/bundleSize.ts). Fails when the start grows back over the goal
// or a part meant to load later is pulled into the start by a static import.
import fs from "fs";
import os from "os";
import path from "path";
import { buildProduction, START_GOAL_GZIP_BYTES, taskPaneBundle, type TaskPaneBundle } from "../../bench/bundleSize";

jest.setTimeout(900000);

let outDir: string;
let bundle: TaskPaneBundle;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "client-rater-bundle-"));
  bundle = taskPaneBundle(await buildProduction(outDir, ["taskpane"]), outDir);
});

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

test("what the task pane loads before its first screen is within 300 KB gzip", () => {
  const files = bundle.start.flatMap((chunk) => chunk.files);
  expect(files).toEqual(expect.arrayContaining(["taskpane.js", "legacyWebview.js"]));
  expect(files.length).toBeGreaterThanOrEqual(3); // and the preview worker's chunk
  expect(bundle.startGzipBytes).toBeLessThanOrEqual(START_GOAL_GZIP_BYTES);
});

test("the other languages and the click-only writers are chunks fetched later, each with a file of its own", () => {
  const later = new Map(bundle.later.map((chunk) => [chunk.name, chunk]));
  for (const name of ["i18n-nl", "i18n-de", "i18n-hu", "rate-workbook", "client-history", "client-list", "profile-writer"]) {
    const chunk = later.get(name);
    expect([name, chunk !== undefined]).toEqual([name, true]);
    expect(chunk!.files).toEqual([expect.stringMatching(new RegExp(`^chunks/${name}\\.[0-9a-f]{8}\\.js$`))]);
    expect(fs.existsSync(path.join(outDir, chunk!.files[0]))).toBe(true);
  }
  const start = bundle.start.map((chunk) => chunk.name);
  for (const name of later.keys()) expect(start).not.toContain(name);
});
