import type { ClientTable, Profile } from "../../core";
import type { PreviewOptions, PreviewResult } from "./types";

/** Messages from the panel to the preview worker. */
export type ToWorker =
  | { type: "table"; table: ClientTable; existingGrades?: string[] }
  | { type: "compute"; id: number; profiles: Profile[]; options: PreviewOptions };

/** Messages from the preview worker back to the panel. */
export type FromWorker =
  | { type: "result"; id: number; result: PreviewResult }
  | { type: "error"; id: number; message: string };
