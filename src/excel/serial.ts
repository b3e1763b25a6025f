// One write at a time: two "Rate clients" clicks (or a rating and a save) in quick succession each
// get their own Excel.run, whose syncs would otherwise interleave on the same workbook. Every entry
// point that writes goes through this module-level queue, so the second waits for the first.
let tail: Promise<unknown> = Promise.resolve();

/** Runs `job` after every job queued before it has settled (succeeded or failed). Do not nest. */
export function serialized<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(job, job);
  tail = run.catch(() => undefined);
  return run;
}
