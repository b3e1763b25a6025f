// The contract of src/sql: a profile compiled to SQL and run by DuckDB rates every client exactly as
// the core does (see compareRatings.ts), on a few hundred generated profiles and tables.
import { parseProfile } from "../../src/core";
import { compareRatings } from "./compareRatings";
import { openDuckDb } from "./duckdbTable";
import { generateCase } from "./generate";

const CASES = 300;
let db: Awaited<ReturnType<typeof openDuckDb>>;

beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());

test(`${CASES} generated profiles and tables rate alike in the core and in DuckDB`, async () => {
  const disagreements: string[] = [];
  let clients = 0;
  for (let seed = 1; seed <= CASES; seed++) {
    const generated = generateCase(seed);
    const parsed = parseProfile(generated.profile);
    if (!parsed.ok) throw new Error(`seed ${seed}: the generator made an invalid profile: ${JSON.stringify(parsed.errors)}`);
    const failure = await compareRatings(db.connection, generated.columns, parsed.profile, generated.asOf, generated.language);
    if (failure) disagreements.push(`seed ${seed}: ${failure}`);
    clients += generated.columns[0].values.length;
  }
  expect(disagreements).toEqual([]);
  expect(clients).toBeGreaterThan(CASES * 20);
}, 300_000);
