// Writes every corpus workbook (except the full-grid one) to test/corpus/generated/<id>.xlsx, to open
// in Excel, the workbench or `client-rater rate`. The tests build the same workbooks in memory.
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { buildCase } from "../test/corpus/build";
import { corpusCases } from "../test/corpus/cases";

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "test", "corpus", "generated");
  mkdirSync(dir, { recursive: true });
  for (const c of corpusCases) {
    if (c.slow || c.fixture) continue;
    const wb = await buildCase(c);
    writeFileSync(join(dir, `${c.id}.xlsx`), await wb.toXlsx());
    console.log(`${c.id}.xlsx  ${c.title}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
