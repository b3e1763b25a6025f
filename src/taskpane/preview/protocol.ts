import type { ClientTable, Profile, SuggestOptions } from "../../core";
import type { PreviewOptions, PreviewResult, SuggestionOutcome } from "./types";

/** Messages from the panel to the preview worker. */
export type ToWorker =
  | { type: "table"; table: ClientTable; existingGrades?: string[] }
  | { type: "compute"; id: number; profiles: Profile[]; options: PreviewOptions }
  | { type: "suggest"; id: number; profiles: Profile[]; options: PreviewOptions; request: SuggestOptions };

/** Messages from the preview worker back to the panel. */
export type FromWorker =
  | { type: "result"; id: number; result: PreviewResult }
  | { type: "suggestion"; id: number; outcome: SuggestionOutcome }
  | { type: "error"; id: number; message: string };
