// Opening an .xlsx refuses, quickly and by name, a package that unpacks past the stated limits.
import * as fs from "node:fs";
import * as path from "node:path";
import { SimWorkbook, MAX_UNPACKED_BYTES, PackageTooLargeError } from "../../src/simulator";
import { LARGE_PART_BYTES } from "../../src/simulator/xlsx/packageLimits";
import { sampleWithFiller, stateUncompressedSize } from "./zipBomb";

jest.setTimeout(180_000);

const MB = 2 ** 20;

// The sizes in the messages come from the zip's directory, which is how a refusal before inflating shows; a
// wall-clock bound here failed on a loaded CI machine without saying anything more.
async function openError(bytes: Uint8Array): Promise<{ error: unknown }> {
  try {
    await SimWorkbook.fromXlsx(bytes);
    return { error: null };
  } catch (error) {
    return { error };
  }
}

test("a large part compressed over 100 times is refused before it is inflated, naming the part and its sizes", async () => {
  const bytes = await sampleWithFiller([{ name: "xl/media/filler.bin", bytes: 64 * MB }]);
  const { error } = await openError(bytes);
  expect(error).toBeInstanceOf(PackageTooLargeError);
  expect((error as Error).message).toMatch(/xl\/media\/filler\.bin unpacks from 0\.\d MB to 64 MB, \d+ times/);
});

test("parts that add up past the unpacked limit are refused with the total and the largest part", async () => {
  const count = Math.ceil(MAX_UNPACKED_BYTES / (LARGE_PART_BYTES - MB)) + 1;
  const bytes = await sampleWithFiller(Array.from({ length: count }, (_, i) => ({ name: `xl/media/filler${i}.bin`, bytes: LARGE_PART_BYTES - MB })));
  const { error } = await openError(bytes);
  expect(error).toBeInstanceOf(PackageTooLargeError);
  expect((error as Error).message).toMatch(/unpacks to \d+ MB \(its largest part, xl\/media\/filler\d+\.bin, to 15 MB\); workbooks of up to 256 MB/);
});

test("a part that inflates to more than its zip directory states is refused after inflating no more than it stated", async () => {
  const honest = await sampleWithFiller([{ name: "xl/media/filler.bin", bytes: 8 * MB }]);
  const lying = stateUncompressedSize(honest, "xl/media/filler.bin", 1000);
  const { error } = await openError(lying);
  expect(error).toBeInstanceOf(PackageTooLargeError);
  expect((error as Error).message).toMatch(/xl\/media\/filler\.bin unpacks to more than the 0\.0 MB its zip directory states/);
});

test("a part that inflates to less than it states is reported as damaged, not thrown past the caller", async () => {
  const honest = await sampleWithFiller([{ name: "xl/media/filler.bin", bytes: 1000 }]);
  const { error } = await openError(stateUncompressedSize(honest, "xl/media/filler.bin", 5000));
  expect((error as Error).message).toMatch(/filler\.bin cannot be unpacked/);
});

test("the sample workbook still opens", async () => {
  const workbook = await SimWorkbook.fromXlsx(fs.readFileSync(path.join(__dirname, "..", "..", "assets", "sample-clients.xlsx")));
  expect(workbook.sheetNames()).toContain("Clients");
});
