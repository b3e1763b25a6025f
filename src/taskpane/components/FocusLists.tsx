import type { RateOutcome } from "../../excel";

/**
 * Slot for the decisions issue's focus lists (next step per client: keep, fix, develop, reconsider). The outcome
 * does not carry them yet, so this renders nothing; it sits where the outcome points the user to the results.
 */
export function FocusLists(_props: { outcome: RateOutcome }) {
  return null;
}
