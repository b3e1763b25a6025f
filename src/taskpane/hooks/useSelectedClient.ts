import { useEffect, useRef, useState } from "react";
import { currentSelection, readSelectedClient, type SelectedClient, type SelectionChange } from "../../excel/selectedClient";
import type { ClientSheet } from "../../excel/types";
import type { PanelHost } from "../host";

/** A selection held this long is read; arrow keys held down or a drag over rows cause one read, not dozens. */
const SELECTION_DEBOUNCE_MS = 150;

export type SelectionState =
  | { kind: "waiting" }
  /** The host cannot tell the panel what is selected (an Excel without the selection events). */
  | { kind: "unsupported" }
  | { kind: "error"; error: unknown }
  | SelectedClient;

/**
 * What the user has selected, as far as the client portrait is concerned: follows Excel's selection while
 * `enabled` (the Client section is open), reading the selected row in one batch once the selection rests.
 */
export function useSelectedClient(host: PanelHost, sheet: ClientSheet | null, enabled: boolean): SelectionState {
  const [state, setState] = useState<SelectionState>({ kind: "waiting" });
  const sheetRef = useRef(sheet);
  const lastChange = useRef<SelectionChange | null>(null);
  const readRef = useRef<((change: SelectionChange) => void) | null>(null);
  const sheetName = sheet?.sheetName;

  useEffect(() => {
    if (!enabled || !sheetName) return;
    const watch = host.watchSelection;
    if (!watch) {
      setState({ kind: "unsupported" });
      return;
    }
    lastChange.current = null;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    let stop: (() => Promise<void>) | undefined;
    const read = (change: SelectionChange) => {
      lastChange.current = change;
      const mine = ++generation;
      const layout = sheetRef.current;
      if (!layout) return;
      host.run((context) => readSelectedClient(context, layout, change)).then(
        (selected) => alive && mine === generation && setState(selected),
        (error: unknown) => alive && mine === generation && setState({ kind: "error", error }),
      );
    };
    readRef.current = read;
    const debounced = (change: SelectionChange) => {
      clearTimeout(timer);
      timer = setTimeout(() => read(change), SELECTION_DEBOUNCE_MS);
    };
    watch(sheetName, debounced).then(
      (remove) => {
        if (alive) stop = remove;
        else void remove().catch(() => undefined);
      },
      () => alive && setState({ kind: "unsupported" }),
    );
    // The panel may open, or the section open, on a row that is already selected.
    host.run((context) => currentSelection(context)).then(
      (change) => alive && lastChange.current === null && read(change),
      () => undefined,
    );
    return () => {
      alive = false;
      readRef.current = null;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [host, sheetName, enabled]);

  // A new read of the sheet (after Rate clients) moves the grade the sheet shows: read the same selection again.
  useEffect(() => {
    sheetRef.current = sheet;
    if (lastChange.current) readRef.current?.(lastChange.current);
  }, [sheet]);

  return enabled ? state : { kind: "waiting" };
}
