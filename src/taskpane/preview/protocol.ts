import type { ClientStanding, ClientTable, Profile, SuggestOptions } from "../../core";
import type { PreviewOptions, PreviewResult, SuggestionOutcome } from "./types";

/** Messages from the panel to the preview worker. */
export type ToWorker =
  | { type: "table"; table: ClientTable; existingGrades?: string[] }
  | { type: "compute"; id: number; profiles: Profile[]; options: PreviewOptions }
  | { type: "suggest"; id: number; profiles: Profile[]; options: PreviewOptions; request: SuggestOptions }
  | { type: "standing"; id: number; profiles: Profile[]; options: PreviewOptions; client: number };

/** Messages from the preview worker back to the panel. */
export type FromWorker =
  | { type: "result"; id: number; result: PreviewResult }
  | { type: "suggestion"; id: number; outcome: SuggestionOutcome }
  | { type: "standing"; id: number; standing: ClientStanding }
  | { type: "error"; id: number; message: string };
