// Runs src/excel against a SimWorkbook the way Excel would: one Excel.run batch through the simulator's host.
import { createExcelHost, type SimWorkbook } from "../../src/simulator";
import { rateWorkbook, removeRatings, type RateOutcome, type RateRequest } from "../../src/excel";
import type { CorpusCase } from "./spec";

/** A fixed rating date so that recency scores and reasons are the same on every run. */
export const AS_OF = new Date(Date.UTC(2026, 0, 31));

export type RunResult = { ok: true; outcome: RateOutcome; syncs: number } | { ok: false; error: unknown; syncs: number };

/** The request of the checked run, or with `stage: "pre"` of the earlier run a `preRate` case starts from. */
export function requestOf(c: CorpusCase, profiles = c.profiles, stage: "pre" | "run" = "run"): RateRequest {
  const date: Partial<RateRequest> = !c.preRateDate ? { asOf: c.request?.asOf ?? AS_OF } : stage === "pre" ? { ratingDate: c.preRateDate } : {};
  return {
    ...(profiles ? { profiles: profiles as RateRequest["profiles"] } : {}),
    ...date,
    ...(c.request?.locale ? { locale: c.request.locale } : {}),
    ...(c.request?.sheetName ? { sheetName: c.request.sheetName } : {}),
  };
}

/** The code under test; the checker's own tests swap in deliberately broken ones. */
export interface Engine {
  rate(wb: SimWorkbook, request: RateRequest, failAtSync?: number): Promise<RunResult>;
  remove(wb: SimWorkbook): Promise<void>;
}

export async function rate(wb: SimWorkbook, request: RateRequest, failAtSync?: number): Promise<RunResult> {
  const host = createExcelHost(wb, failAtSync === undefined ? {} : { failAtSync });
  try {
    const isSetSupported = (set: string, version: string) => host.office.context.requirements.isSetSupported(set, version);
    const outcome = await host.run((context) => rateWorkbook(context, { isSetSupported, ...request }));
    return { ok: true, outcome, syncs: host.counters.syncs };
  } catch (error) {
    return { ok: false, error, syncs: host.counters.syncs };
  }
}

async function remove(wb: SimWorkbook): Promise<void> {
  await createExcelHost(wb).run((context) => removeRatings(context));
}

export function describeError(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { name?: string; code?: string; message?: string };
    return `${e.name ?? "Error"}${e.code ? `(${e.code})` : ""}: ${e.message ?? ""}`.slice(0, 300);
  }
  return String(error);
}

export const realEngine: Engine = { rate, remove };
