// src/taskpane/legacyWebview.js must parse in Internet Explorer 11: ECMAScript 5, nothing newer.
import { parse } from "acorn";
import fs from "fs";
import path from "path";

const source = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/legacyWebview.js"), "utf8");
const parseEs5 = (code: string) => parse(code, { ecmaVersion: 5, sourceType: "script" });

test("the legacy-webview script is ECMAScript 5", () => {
  expect(() => parseEs5(source)).not.toThrow();
});

test("the ES5 parser refuses what IE11 cannot run (the check can fail)", () => {
  expect(() => parseEs5("var a = b?.c;")).toThrow();
  expect(() => parseEs5("const a = 1;")).toThrow();
  expect(() => parseEs5("var f = () => 1;")).toThrow();
});

test("taskpane.html loads it as a classic script before the deferred bundle", () => {
  const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  expect(html).toMatch(/<div id="container"><\/div>\s*(<!--[^>]*-->\s*)?<script type="text\/javascript" src="legacyWebview.js"><\/script>/);
});
