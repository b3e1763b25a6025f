#!/usr/bin/env node
// Launcher of the `client-rater` command line. Runs the compiled CLI (`npm run build:cli` writes
// lib/) when it is there; otherwise, in a source checkout, compiles src/cli on the fly with tsx.
// CLIENT_RATER_FROM_SOURCE=1 forces the source (tests use it so a stale build is never tested).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "cli", "main.js");
const source = path.join(root, "src", "cli", "main.ts");

function loadCli() {
  if (process.env.CLIENT_RATER_FROM_SOURCE !== "1" && fs.existsSync(compiled)) return require(compiled);
  try {
    require("tsx/cjs");
  } catch {
    process.stderr.write("client-rater: not built. Run `npm run build:cli` (or install the dev dependencies).\n");
    process.exit(1);
  }
  return require(source);
}

loadCli()
  .cliMain(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
