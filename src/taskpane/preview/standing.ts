// A selected client's standing among all clients, for the panel's portrait: computed where the preview runs
// (its worker), so selecting a client never rates the whole sheet on the panel's thread.
import type { ColumnCache } from "../../core/columns";
import { clientStanding, type ClientStanding } from "../../core/portrait";
import type { Profile } from "../../core/profile";
import { rateClients } from "../../core/rate";
import type { ClientTable, RatingResult } from "../../core/types";
import type { PreviewOptions } from "./types";

// The last full rating, kept while the sheet, profiles and options stay: moving from client to client costs a lookup.
let last: { table: ClientTable; key: string; result: RatingResult } | null = null;

export function standingOf(table: ClientTable, profiles: Profile[], options: PreviewOptions, client: number, cache?: ColumnCache): ClientStanding {
  const key = JSON.stringify([profiles, options.asOf.getTime(), options.locale]);
  if (last?.table !== table || last.key !== key) last = { table, key, result: rateClients(table, profiles, { ...options, texts: false }, cache) };
  return clientStanding(last.result, profiles, client);
}
