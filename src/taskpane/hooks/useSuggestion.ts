import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Profile } from "../../core";
import type { ClientSheet } from "../../excel";
import { createPreviewEngine, type PreviewEngine, type PreviewOptions, type SuggestionOutcome } from "../preview";

export interface SuggestionState {
  running: boolean;
  /** The last suggestion, for the profile it was made for; null before the first run and after a new sheet. */
  outcome: SuggestionOutcome | null;
  /** The profile (object) the suggestion was made for: a later edit makes it stale. */
  madeFor: Profile | null;
  error: string | null;
}

const IDLE: SuggestionState = { running: false, outcome: null, madeFor: null, error: null };

/**
 * Weights suggested from the data, on request. Runs in its own engine (a second preview worker, started on
 * the first request), so the live preview keeps answering while a large sheet is worked through.
 */
export function useSuggestion(sheet: ClientSheet | null, profiles: Profile[], active: number, options: PreviewOptions) {
  const [state, setState] = useState<SuggestionState>(IDLE);
  const engine = useRef<{ engine: PreviewEngine; sheet: ClientSheet } | null>(null);
  const latest = useRef(0);

  useEffect(() => () => engine.current?.engine.dispose(), []);
  useEffect(() => {
    latest.current++;
    setState(IDLE);
  }, [sheet]);

  const run = useCallback(
    (outcome: string) => {
      if (!sheet) return;
      if (engine.current?.sheet !== sheet) {
        const created = engine.current?.engine ?? createPreviewEngine();
        created.setTable(sheet.table);
        engine.current = { engine: created, sheet };
      }
      const request = ++latest.current;
      const madeFor = profiles[active] ?? null;
      setState((previous) => ({ ...previous, running: true, error: null }));
      engine.current.engine.suggest(profiles, options, { outcome, profile: active }).then(
        (result) => request === latest.current && setState({ running: false, outcome: result, madeFor, error: null }),
        (error: unknown) =>
          request === latest.current &&
          setState({ running: false, outcome: null, madeFor: null, error: error instanceof Error ? error.message : String(error) }),
      );
    },
    [sheet, profiles, active, options],
  );

  return useMemo(() => ({ ...state, run }), [state, run]);
}
