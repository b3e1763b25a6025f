import { useEffect, useState } from "react";
import type { ClientStanding, Profile, RateOptions } from "../../core";
import type { ClientSheet } from "../../excel";
import type { PreviewEngine } from "../preview";

export type StandingState = { kind: "ready"; standing: ClientStanding } | { kind: "error"; error: unknown } | { kind: "pending" };

interface Asked {
  sheet: ClientSheet;
  profiles: Profile[];
  options: RateOptions;
  client: number;
}

/**
 * Where the selected client stands among all clients (Pareto rank, quantile cut-offs, the full rating's flags), asked
 * of the preview engine, which holds the parsed sheet in its worker: the panel's thread never rates the whole sheet.
 */
export function useClientStanding(
  engine: PreviewEngine | null,
  sheet: ClientSheet | null,
  profiles: Profile[] | null,
  options: RateOptions,
  client: number | null,
): StandingState {
  const [answer, setAnswer] = useState<{ asked: Asked; state: StandingState } | null>(null);
  useEffect(() => {
    if (!engine || !sheet || !profiles || profiles.length === 0 || client === null) return;
    const asked: Asked = { sheet, profiles, options, client };
    let alive = true;
    engine.standing(profiles, { asOf: options.asOf, locale: options.locale }, client).then(
      (standing) => alive && setAnswer({ asked, state: { kind: "ready", standing } }),
      (error: unknown) => alive && setAnswer({ asked, state: { kind: "error", error } }),
    );
    return () => {
      alive = false;
    };
  }, [engine, sheet, profiles, options, client]);
  const current = answer?.asked;
  return current && current.sheet === sheet && current.profiles === profiles && current.options === options && current.client === client
    ? answer.state
    : { kind: "pending" };
}
