// What a rating started from the ribbon did, for the panel to show. The manifest's shared runtime runs the
// ribbon command in the panel's page, so listeners registered here by an open panel hear it; in separate
// runtimes (no shared runtime) nothing would, which is why the manifest requires SharedRuntime 1.1.
import type { RateOutcome } from "./types";

export type RibbonRating = { outcome: RateOutcome; error?: undefined } | { outcome?: undefined; error: unknown };

const listeners = new Set<(rating: RibbonRating) => void>();

export function announceRibbonRating(rating: RibbonRating): void {
  for (const listener of [...listeners]) listener(rating);
}

/** Returns the function that stops listening. */
export function onRibbonRating(listener: (rating: RibbonRating) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
