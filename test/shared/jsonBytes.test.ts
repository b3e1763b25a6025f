// The payload size of a sync is measured without building the JSON text; it must equal the UTF-8 length of
// JSON.stringify for everything a batch can carry. Node's own encoder is the reference.
import fc from "fast-check";
import { jsonBytes, utf8Length } from "../../src/shared/jsonBytes";

const viaJson = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? "", "utf8");

const cellValue = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom("\r", "\n", "\t", "\u0001", '"', "\\", "\ud83d", "\ude00", "\u2028", "é", "€", "a") }),
  fc.double(),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

test("equals the UTF-8 length of JSON.stringify for grids, objects and odd strings", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 6 }), (grid) => jsonBytes(grid) === viaJson(grid)),
    { numRuns: 500 },
  );
  fc.assert(fc.property(fc.jsonValue(), fc.dictionary(fc.string(), cellValue), (json, dict) => jsonBytes([json, dict]) === viaJson([json, dict])), { numRuns: 300 });
});

test("class instances, dates and skipped members count as JSON.stringify counts them", () => {
  class Proxyish {
    a = 1;
    b = undefined;
    c = () => 1;
  }
  const samples = [new Proxyish(), new Date(0), new Map([[1, 2]]), { f: () => 1, u: undefined, x: [undefined, () => 1] }, -0, 1e21, 5e-7, NaN, Infinity];
  for (const s of samples) expect(jsonBytes(s)).toBe(viaJson(s));
  expect(jsonBytes(undefined)).toBe(0);
});

test("a multi-byte grid counts bytes, not characters", () => {
  expect(jsonBytes([["é", "€"], ["😀", null]])).toBe('[["é","€"],["😀",null]]'.length + 1 + 2 + 2);
});

test("utf8Length equals Node's UTF-8 encoder, lone surrogates included", () => {
  fc.assert(fc.property(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("\ud83d", "\ude00", "é", "a") }), (a, b) => utf8Length(a + b) === Buffer.byteLength(a + b, "utf8")), { numRuns: 500 });
});
