import { RaterError } from "../core";

/** A failure the user can act on: printed as one plain line on stderr, never with a stack. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.failure) {
    super(message);
    this.name = "CliError";
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** The text for stderr; a stack only with CLIENT_RATER_DEBUG=1, or for a bug (an error we did not expect). */
export function describeError(error: unknown, debug: boolean): { text: string; exitCode: number } {
  if (error instanceof CliError) return { text: withStack(error.message, error, debug), exitCode: error.exitCode };
  if (error instanceof RaterError) {
    const where = error.details.cell ? ` (cell ${error.details.cell})` : error.details.field ? ` (field ${error.details.field})` : "";
    return { text: withStack(`${error.message}${where}`, error, debug), exitCode: EXIT.failure };
  }
  const message = error instanceof Error ? error.message : String(error);
  const hint = debug ? "" : " (set CLIENT_RATER_DEBUG=1 for details)";
  return { text: withStack(`unexpected error: ${message}${hint}`, error, debug), exitCode: EXIT.failure };
}

function withStack(message: string, error: unknown, debug: boolean): string {
  return debug && error instanceof Error && error.stack ? `${message}\n${error.stack}` : message;
}
