// Preloaded into a timed process (`node --require bench/processUsage.cjs ...`): when it exits, its CPU time and
// peak resident memory are written as JSON to the file named by BENCH_USAGE_FILE.
"use strict";
const fs = require("node:fs");

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    fs.writeFileSync(file, JSON.stringify({ cpuMs, maxRssMB: Math.round(usage.maxRSS / 1024) }));
  });
}
