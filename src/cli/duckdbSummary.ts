// The summary of a DuckDB rating, read back from the rated file: grade and next-step counts and the
// Pareto figures the workbook rating prints (vital few, top 20%, largest client, HHI), in the same words.
import type { DuckDBConnection } from "@duckdb/node-api";
import { NEXT_STEPS, nextStepNames, paretoClassWords, type Language, type NextStep, type Profile } from "../core";
import type { CompiledQuery } from "../sql/compileProfile";
import { quoteIdentifier, stringLiteral } from "../sql/dialect";

export interface EngineSummary {
  engine: "duckdb";
  clients: number;
  grades: Record<string, number>;
  /** Best first, then "" for clients no profile rated. */
  gradeLabels: string[];
  nextSteps: Record<NextStep, number>;
  pareto: { value: string; vitalFew: number; vitalFewShare: number; largestShare: number; top20Share: number; hhi: number } | null;
  warnings: string[];
  seconds: number;
  out: string;
}

export async function engineSummary(
  connection: DuckDBConnection,
  out: string,
  format: "csv" | "parquet",
  profile: Profile,
  compiled: CompiledQuery,
  run: { language: Language; seconds: number },
): Promise<EngineSummary> {
  const q = (name: string) => quoteIdentifier(name, "duckdb");
  const s = (text: string) => stringLiteral(text, "duckdb");
  const names = compiled.names;
  const source = format === "parquet" ? `read_parquet(${s(out)})` : `read_csv(${s(out)}, all_varchar = true)`;
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();

  const grades: Record<string, number> = Object.fromEntries(profile.scale.grades.map((g) => [g, 0]));
  let clients = 0;
  for (const row of await rows(`SELECT ${q(names.grade)} AS grade, count(*) AS n FROM ${source} GROUP BY 1`)) {
    const n = Number(row.n);
    clients += n;
    grades[row.grade === null ? "" : String(row.grade)] = n;
  }
  const stepNames = nextStepNames(profile);
  const nextSteps = Object.fromEntries(NEXT_STEPS.map((step) => [step, 0])) as Record<NextStep, number>;
  for (const row of await rows(`SELECT ${q(names.nextStep)} AS step, count(*) AS n FROM ${source} GROUP BY 1`)) {
    const step = NEXT_STEPS.find((key) => stepNames[key] === row.step);
    if (step) nextSteps[step] = Number(row.n);
  }

  const warnings = compiled.missingColumns.map((column) => `Column "${column}" was not found; it counts as missing for every client.`);
  let pareto: EngineSummary["pareto"] = null;
  if (compiled.hasPareto && profile.pareto) {
    const vital = s(paretoClassWords(run.language).vitalFew);
    const share = `TRY_CAST(${q(names.valueShare)} AS DOUBLE)`;
    const shares = `(SELECT ${share} AS share, ${q(names.paretoClass)} AS class FROM ${source} WHERE ${share} IS NOT NULL)`;
    const [figures] = await rows(
      `SELECT count(*) AS included, max(share) AS largest, count(*) FILTER (WHERE class = ${vital}) AS vital_few, ` +
        `COALESCE(sum(share) FILTER (WHERE class = ${vital}), 0) AS vital_share, ` +
        `sum(share * share) FILTER (WHERE share > 0) / pow(sum(share) FILTER (WHERE share > 0), 2) AS hhi FROM ${shares}`,
    );
    const included = Number(figures.included);
    if (included === 0) warnings.push(`No client has a readable ${profile.pareto.value} adding up to more than zero, so there is no Pareto view.`);
    else {
      const top = Math.ceil(included / 5);
      const [top20] = await rows(`SELECT sum(share) AS share FROM (SELECT share FROM ${shares} ORDER BY share DESC LIMIT ${top})`);
      pareto = {
        value: profile.pareto.value,
        vitalFew: Number(figures.vital_few),
        vitalFewShare: Number(figures.vital_share),
        largestShare: Number(figures.largest),
        top20Share: Number(top20.share),
        hhi: Number(figures.hhi ?? 0),
      };
      if (pareto.largestShare >= 0.25) warnings.push(`One client alone brings ${percent(pareto.largestShare)} of ${profile.pareto.value} (25% or more): a risky dependence on one client.`);
    }
  }
  const gradeLabels = [...profile.scale.grades, ...("" in grades ? [""] : [])];
  return { engine: "duckdb", clients, grades, gradeLabels, nextSteps, pareto, warnings, seconds: run.seconds, out };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export function humanEngineSummary(s: EngineSummary): string {
  const lines = [
    `Rated ${s.clients} clients through DuckDB in ${s.seconds.toFixed(1)} s with the given profile.`,
    `Grades: ${s.gradeLabels.map((g) => `${g || "(none)"} ${s.grades[g]}`).join(", ")}`,
  ];
  if (s.pareto) {
    lines.push(
      `Pareto on ${s.pareto.value}: ${s.pareto.vitalFew} clients bring ${percent(s.pareto.vitalFewShare)}; ` +
        `top 20% bring ${percent(s.pareto.top20Share)}; largest client ${percent(s.pareto.largestShare)}; HHI ${s.pareto.hhi.toFixed(4)}.`,
    );
  }
  const n = s.nextSteps;
  lines.push(`Next steps: keep ${n.keep}, develop ${n.develop}, fix ${n.fix}, reconsider ${n.reconsider}.`);
  for (const warning of s.warnings) lines.push(`Warning: ${warning}`);
  lines.push(`Wrote ${s.out}`);
  return lines.join("\n");
}
