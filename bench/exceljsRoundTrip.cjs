// The command line's floor: exceljs reading and writing the same .xlsx, nothing else. Plain JavaScript
// so it starts as fast as the compiled command line does.
//   node bench/exceljsRoundTrip.cjs <in.xlsx> <out.xlsx>
"use strict";
const ExcelJS = require("exceljs");

async function main() {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
