// Writes the benchmark's client list as an .xlsx: npx tsx bench/makeXlsx.ts <out.xlsx> <rows>
import ExcelJS from "exceljs";
import { buildRows, HEADERS } from "./data";

async function main() {
  const [output, count] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRow(HEADERS);
  for (const row of buildRows(Number(count))) sheet.addRow(row);
  await workbook.xlsx.writeFile(output);
}
main().catch((e) => { console.error(e); process.exit(1); });
