// The payload size of a sync is measured without building the JSON text; it must equal the UTF-8 length of
// JSON.stringify for everything a batch can carry.
import fc from "fast-check";
import { jsonByteLength, utf8Length } from "../../src/simulator/api/counters";

const viaJson = (v: unknown) => utf8Length(JSON.stringify(v) ?? "");

const cellValue = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom("\r", "\n", "\t", "\u0001", '"', "\\", "\ud83d", "\ude00", "\u2028", "é", "€", "a") }),
  fc.double(),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

test("equals utf8Length(JSON.stringify(x)) for grids, objects and odd strings", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 6 }), (grid) => jsonByteLength(grid) === viaJson(grid)),
    { numRuns: 500 },
  );
  fc.assert(fc.property(fc.jsonValue(), fc.dictionary(fc.string(), cellValue), (json, dict) => jsonByteLength([json, dict]) === viaJson([json, dict])), { numRuns: 300 });
});

test("class instances, dates and skipped members count as JSON.stringify counts them", () => {
  class Proxyish {
    a = 1;
    b = undefined;
    c = () => 1;
  }
  const samples = [new Proxyish(), new Date(0), new Map([[1, 2]]), { f: () => 1, u: undefined, x: [undefined, () => 1] }, -0, 1e21, 5e-7, NaN, Infinity];
  for (const s of samples) expect(jsonByteLength(s)).toBe(viaJson(s));
});
