// Selecting a client in the sheet to its portrait in the panel, the part that runs on the panel's thread:
//   npx tsx bench/portraitSelection.ts [--clients 100000] [--selections 7]
// "wholeSheetOnPanelMs": rating every client to show one (what the Client section did before it asked the preview
// worker); "oneClientOnPanelMs": the one-client rating and portrait it does now; "standingInWorkerMs": the preview
// worker's answer (first after a profile change, then per further selection), off the panel's thread.
// Prints one JSON line; times are medians over the selections, each a different client.
import { parseArgs } from "node:util";
import { ColumnCache } from "../src/core/columns";
import { clientPortrait, clientStanding, portraitBasis, rateClients } from "../src/core";
import { standingOf } from "../src/taskpane/preview/standing";
import { AS_OF, benchProfile, buildTable, median } from "./data";

const { values: args } = parseArgs({ options: { clients: { type: "string", default: "100000" }, selections: { type: "string", default: "7" } } });
const table = buildTable(Number(args.clients));
const profiles = [benchProfile()];
const options = { asOf: AS_OF, locale: "en" as const };
const picks = Array.from({ length: Number(args.selections) }, (_, i) => (i * 12_345 + 7) % table.rows.length);
const round = (x: number) => Math.round(x * 10) / 10;

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const wholeSheet = picks.map((client) =>
  time(() => {
    const result = rateClients(table, profiles, { ...options, texts: false });
    const standing = clientStanding(result, profiles, client);
    clientPortrait(portraitBasis(table, profiles, options, standing.cutoffs), standing, client);
  }),
);

const cache = new ColumnCache(table);
const firstStanding = time(() => standingOf(table, profiles, options, picks[0], cache));
const standings = picks.map((client) => ({ client, standing: standingOf(table, profiles, options, client, cache) }));
const laterStanding = picks.map((client) => time(() => standingOf(table, profiles, options, client, cache)));
const oneClient = standings.map(({ client, standing }) =>
  time(() => clientPortrait(portraitBasis(table, profiles, options, standing.cutoffs), standing, client)),
);

console.log(
  JSON.stringify({
    clients: table.rows.length,
    selections: picks.length,
    wholeSheetOnPanelMs: round(median(wholeSheet)),
    oneClientOnPanelMs: round(median(oneClient)),
    standingInWorkerMs: { first: round(firstStanding), later: round(median(laterStanding)) },
  }),
);
