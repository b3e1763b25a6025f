import { useCallback, useState } from "react";
import type { PanelStorage } from "../host";

const KEY = "client-rater.open-sections";

function read(storage: PanelStorage | undefined, fallback: readonly string[]): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? "null");
    return Array.isArray(parsed) && parsed.every((v) => typeof v === "string") ? parsed : [...fallback];
  } catch {
    return [...fallback];
  }
}

/** Which collapsible sections are open, remembered across sessions: the user's choice, not ours, once made. */
export function useOpenSections(storage: PanelStorage | undefined, fallback: readonly string[]) {
  const [open, setOpen] = useState<string[]>(() => read(storage, fallback));
  const toggle = useCallback(
    (next: string[]) => {
      setOpen(next);
      try {
        storage?.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the sections still open and close, they are just not remembered.
      }
    },
    [storage],
  );
  return { open, setOpen: toggle };
}
