// Weights suggested from the data, with the grade moves the preview would show if they were applied:
// computed where the preview runs (its worker), since at 100,000 clients it takes seconds.
import type { ColumnCache } from "../../core/columns";
import type { Profile } from "../../core/profile";
import { rateClients } from "../../core/rate";
import { suggestWeights, type SuggestOptions, type Suggestion } from "../../core/suggestWeights";
import type { ClientTable } from "../../core/types";
import { summarize } from "./summarize";
import type { PreviewOptions, SuggestionOutcome } from "./types";

/** The profiles with profile `index`'s weights replaced by the suggestion's. */
export function withSuggestedWeights(profiles: readonly Profile[], index: number, suggestion: Suggestion): Profile[] {
  const weightOf = new Map(suggestion.weights.map((w) => [w.id, w.suggested]));
  return profiles.map((profile, p) =>
    p !== index ? profile : { ...profile, criteria: profile.criteria.map((c) => ({ ...c, weight: weightOf.get(c.id) ?? c.weight })) },
  );
}

/** The suggestion for profile `request.profile` (default 0) and how the grades would move from the current weights' to it. */
export function suggestWithMoves(
  table: ClientTable,
  profiles: Profile[],
  options: PreviewOptions,
  request: SuggestOptions,
  cache?: ColumnCache,
): SuggestionOutcome {
  const suggestion = suggestWeights(table, profiles, options, request, cache);
  if (!suggestion.ok) return { suggestion, moves: null };
  const now = rateClients(table, profiles, { ...options, texts: false }, cache).grades;
  const next = summarize(table, now, withSuggestedWeights(profiles, request.profile ?? 0, suggestion), options, cache);
  return { suggestion, moves: next.migration };
}
