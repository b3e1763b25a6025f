import { useCallback, useEffect, useRef, useState } from "react";
import { loadStoredProfiles } from "../../excel/storedProfiles";
import { readClientSheet } from "../../excel/readClientSheet";
import type { ClientSheet } from "../../excel/types";
import type { PanelHost } from "../host";

export type StoredProfiles = Awaited<ReturnType<typeof loadStoredProfiles>>;

export interface WorkbookSheetState {
  loading: boolean;
  sheet: ClientSheet | null;
  stored: StoredProfiles | null;
  error: unknown;
}

/** Reads the client sheet and the stored profiles once on open; `reload` re-reads (after rating). */
export function useWorkbookSheet(host: PanelHost) {
  const [state, setState] = useState<WorkbookSheetState>({ loading: true, sheet: null, stored: null, error: null });
  const generation = useRef(0);

  const load = useCallback(
    async (withProfiles: boolean) => {
      const mine = ++generation.current;
      try {
        const sheet = await host.run((context) => readClientSheet(context));
        const stored = withProfiles ? await host.run((context) => loadStoredProfiles(context)) : null;
        if (mine !== generation.current) return;
        setState((previous) => ({ loading: false, sheet, stored: stored ?? previous.stored, error: null }));
      } catch (error) {
        if (mine !== generation.current) return;
        setState((previous) => ({ ...previous, loading: false, error }));
      }
    },
    [host],
  );

  useEffect(() => {
    void load(true);
  }, [load]);

  const reload = useCallback(() => load(false), [load]);
  return { ...state, reload };
}
