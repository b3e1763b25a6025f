// Realistic client lists for the src/excel tests, generated deterministically.
export type Cell = string | number | boolean | null;

export const HEADERS = ["Client", "Segment", "Revenue", "Profit", "Employees", "Credit rating", "Days late", "Last contact", "Service hours"];

/** Names Excel would read as formulas if written carelessly. */
export const FORMULA_LOOKING_NAMES = ['=HYPERLINK("http://example.com","click")', "+cmd", "-1+2", "@SUM(A1:A2)"];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const RATINGS = ["AAA", "AA", "A", "BBB", "BB", "C"];
const SEGMENTS = ["Corporate", "Consumer", "Home Office"];
/** 2026-11-01 as an Excel date serial. */
const NOV_2026 = 46327;

export function clientRows(count: number, seed = 7): Cell[][] {
  const rnd = prng(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    const revenue = Math.round(rnd() ** 3 * 200_000);
    const profit = Math.round(revenue * (rnd() * 0.4 - 0.08));
    rows.push([
      i < FORMULA_LOOKING_NAMES.length ? FORMULA_LOOKING_NAMES[i] : `Client ${i + 1} Ltd`,
      SEGMENTS[i % 3],
      revenue,
      profit,
      Math.round(rnd() * 2000),
      RATINGS[Math.floor(rnd() * RATINGS.length)],
      Math.round(rnd() * 90),
      NOV_2026 - Math.round(rnd() * 500),
      Math.round(rnd() * 120),
    ]);
  }
  return rows;
}

export const AS_OF = new Date(Date.UTC(2026, 10, 27));
