/**
 * Runs one job at a time. Requests that arrive while a job runs replace each other (latest wins); when the
 * running job ends, only the latest pending request runs, and every caller it replaced gets that newer result.
 */
export function createCoalescer<Request, Result>(run: (request: Request) => Promise<Result>) {
  type Waiter = { resolve: (result: Result) => void; reject: (error: unknown) => void };
  let running = false;
  let pending: { request: Request; waiters: Waiter[] } | null = null;

  const pump = () => {
    if (running || !pending) return;
    const job = pending;
    pending = null;
    running = true;
    run(job.request)
      .then(
        (result) => job.waiters.forEach((waiter) => waiter.resolve(result)),
        (error) => job.waiters.forEach((waiter) => waiter.reject(error)),
      )
      .finally(() => {
        running = false;
        pump();
      });
  };

  return (request: Request): Promise<Result> =>
    new Promise<Result>((resolve, reject) => {
      if (pending) {
        pending.request = request;
        pending.waiters.push({ resolve, reject });
      } else {
        pending = { request, waiters: [{ resolve, reject }] };
      }
      pump();
    });
}
