import { rateClients } from "../../src/core";
import { createPreviewEngine, summarize } from "../../src/taskpane/preview";
import { createCoalescer } from "../../src/taskpane/preview/coalesce";
import { EXISTING_GRADES, clientTable, sampleProfile } from "./support/clients";

const options = { asOf: new Date(Date.UTC(2026, 10, 27)), locale: "en" as const };

describe("preview summary", () => {
  it("counts grades exactly as core rates them", () => {
    const profile = sampleProfile();
    const direct = rateClients(clientTable(), [profile], options);
    const preview = summarize(clientTable(), EXISTING_GRADES, [profile], options);
    expect(preview.gradeLabels).toEqual(["A", "B", "C", "D"]);
    expect(preview.gradeCounts).toEqual(preview.gradeLabels.map((g) => direct.gradeCounts[g] ?? 0));
    expect(preview.count).toBe(8);
    expect(preview.unrated).toBe(0);
  });

  it("compares new grades with the grades in the sheet", () => {
    const profile = sampleProfile();
    const direct = rateClients(clientTable(), [profile], options);
    const preview = summarize(clientTable(), EXISTING_GRADES, [profile], options);
    const rank = (g: string) => ["A", "B", "C", "D"].indexOf(g);
    const expected = { up: 0, same: 0, down: 0 };
    direct.grades.forEach((grade, i) => {
      const delta = rank(grade) - rank(EXISTING_GRADES[i]);
      if (delta < 0) expected.up++;
      else if (delta > 0) expected.down++;
      else expected.same++;
    });
    const m = preview.migration!;
    expect({ up: m.up, same: m.same, down: m.down }).toEqual(expected);
    expect(m.notComparable).toBe(0);
    // The grade x grade table holds every client once, in the cell (old grade, new grade).
    const total = m.matrix.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(8);
    const row = m.fromLabels.indexOf(EXISTING_GRADES[0]);
    const column = preview.gradeLabels.indexOf(direct.grades[0]);
    expect(m.matrix[row][column]).toBeGreaterThanOrEqual(1);
  });

  it("has no migration when the sheet has no grades yet", () => {
    expect(summarize(clientTable(), undefined, [sampleProfile()], options).migration).toBeNull();
    expect(summarize(clientTable(), ["", "", "", "", "", "", "", ""], [sampleProfile()], options).migration).toBeNull();
  });

  it("reports the Pareto summary of the value column", () => {
    const preview = summarize(clientTable(), undefined, [sampleProfile()], options);
    const direct = rateClients(clientTable(), [sampleProfile()], options).pareto!;
    expect(preview.pareto).toMatchObject({
      valueColumn: "Profit",
      vitalFewCount: direct.vitalFewCount,
      largestShare: direct.largestShare,
      top20Share: direct.top20Share,
      largestWarning: true, // Alpha has 30000 of 63000
    });
  });
});

describe("preview engine", () => {
  it("computes in process where there is no Worker, from the table sent once", async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe("undefined");
    const engine = createPreviewEngine();
    engine.setTable(clientTable(), EXISTING_GRADES);
    const result = await engine.compute([sampleProfile()], options);
    expect(result.count).toBe(8);
    expect(result.migration).not.toBeNull();
  });

  it("coalesces rapid requests: the latest wins and superseded callers get its result", async () => {
    const engine = createPreviewEngine();
    engine.setTable(clientTable());
    const weights = [0, 1, 2, 3, 10];
    const profiles = weights.map((weight) => {
      const p = sampleProfile();
      p.criteria[1] = { ...p.criteria[1], weight };
      return [p];
    });
    const results = await Promise.all(profiles.map((p) => engine.compute(p, options)));
    const last = summarize(clientTable(), undefined, profiles[profiles.length - 1], options);
    // The first started at once; the others were waiting and were replaced by the last.
    for (const result of results.slice(1)) expect(result.gradeCounts).toEqual(last.gradeCounts);
  });

  it("runs one job at a time and skips superseded requests", async () => {
    const ran: number[] = [];
    const run = createCoalescer<number, number>(async (n) => {
      ran.push(n);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return n * 10;
    });
    const answers = await Promise.all([1, 2, 3, 4].map(run));
    expect(ran).toEqual([1, 4]);
    expect(answers).toEqual([10, 40, 40, 40]);
  });
});

describe("worker engine", () => {
  it("sends the table once and only the profiles on each change", async () => {
    const { createWorkerEngine } = await import("../../src/taskpane/preview/workerEngine");
    const posted: { type: string; table?: unknown; profiles?: unknown }[] = [];
    let table = clientTable();
    const fake = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage(message: { type: string; id: number; table?: typeof table; profiles?: never }) {
        posted.push(message);
        if (message.type === "table") table = message.table!;
        else
          setTimeout(() =>
            fake.onmessage?.({ data: { type: "result", id: message.id, result: summarize(table, undefined, message.profiles!, options) } } as MessageEvent),
          );
      },
      terminate: jest.fn(),
    };
    const engine = createWorkerEngine(fake as unknown as Worker);
    engine.setTable(clientTable());
    const first = await engine.compute([sampleProfile()], options);
    const second = await engine.compute([sampleProfile({ name: "Other" })], options);
    expect(first.count).toBe(8);
    expect(second.count).toBe(8);
    expect(posted.map((m) => m.type)).toEqual(["table", "compute", "compute"]);
    expect(posted.filter((m) => m.type === "compute").every((m) => m.table === undefined)).toBe(true);
    engine.dispose();
    expect(fake.terminate).toHaveBeenCalled();
  });
});

describe("preview at scale", () => {
  it("summarizes 100,000 clients quickly enough to follow a dragged slider", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`C${i}`, (i * 7919) % 100000, (i * 31) % 3000, (i * 104729) % 50000 - 1000, "Retail"]);
    const table = { headers: clientTable().headers, rows };
    const existing = rows.map((_, i) => "ABCD"[i % 4]);
    summarize(table, existing, [sampleProfile()], options); // warm up
    const start = performance.now();
    const result = summarize(table, existing, [sampleProfile()], options);
    const elapsed = performance.now() - start;
    expect(result.count).toBe(100_000);
    expect(result.gradeCounts.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("preview of what changes and for whom", () => {
  it("names each client whose grade would change, with old and new grade and the direction", () => {
    const profile = sampleProfile();
    const direct = rateClients(clientTable(), [profile], options);
    const m = summarize(clientTable(), EXISTING_GRADES, [profile], options).migration!;
    const rank = (g: string) => ["A", "B", "C", "D"].indexOf(g);
    const expected = direct.grades.flatMap((grade, i) =>
      grade === EXISTING_GRADES[i]
        ? []
        : [{ client: String(clientTable().rows[i][0]), from: EXISTING_GRADES[i], to: grade, direction: rank(grade) < rank(EXISTING_GRADES[i]) ? "up" : "down" }],
    );
    expect(expected.length).toBeGreaterThan(0); // the sample's old grades differ from the profile's for some clients
    expect(m.changes).toEqual(expected);
    expect(m.changed).toBe(expected.length);
  });

  it("lists the first 50 changed clients and counts the rest", () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Client ${i}`, 90000, 100, 1000, "Retail"]);
    const table = { headers: clientTable().headers, rows };
    const m = summarize(table, rows.map(() => "D"), [sampleProfile()], options).migration!;
    expect(m.changed).toBe(120);
    expect(m.changes).toHaveLength(50);
    expect(m.changes[0]).toEqual({ client: "Client 0", from: "D", to: "A", direction: "up" });
  });

  it("counts the grades now in the sheet beside the new ones", () => {
    const preview = summarize(clientTable(), [...EXISTING_GRADES.slice(0, 7), "Z"], [sampleProfile()], options);
    const expected = ["A", "B", "C", "D"].map((g) => EXISTING_GRADES.slice(0, 7).filter((x) => x === g).length);
    expect(preview.sheetCounts).toEqual(expected);
    expect(preview.sheetOther).toBe(1);
    expect(summarize(clientTable(), undefined, [sampleProfile()], options).sheetCounts).toBeNull();
  });

  it("counts the same sheet's grades again on the labels of a new scale", () => {
    const sheet = ["A", "B", "5", "5", "1", "", "C", "Z"];
    const letters = summarize(clientTable(), sheet, [sampleProfile()], options);
    expect([letters.sheetCounts, letters.sheetOther]).toEqual([[1, 1, 1, 0], 4]);
    const numbers = { ...sampleProfile(), scale: { grades: ["5", "4", "3", "2", "1"], mode: "thresholds" as const, cutoffs: [80, 60, 40, 20] } };
    const numeric = summarize(clientTable(), sheet, [numbers], options);
    expect([numeric.sheetCounts, numeric.sheetOther]).toEqual([[2, 0, 0, 0, 1], 4]);
    expect(summarize(clientTable(), sheet, [sampleProfile()], options).sheetCounts).toEqual([1, 1, 1, 0]);
  });
});
