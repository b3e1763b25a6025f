// What the panel needs from its surroundings. In Office it is Excel.run and Office.context; the workbench and
// the tests pass a host built on the workbook simulator.
import type { SelectionChange } from "../excel/selectedClient";
import { watchSelection, type ExcelRunner } from "../excel/selectionWatch";

export type PanelTheme = "light" | "dark";

/** Where the panel keeps small UI choices (which sections are open); localStorage in Office, a stub in tests. */
export type PanelStorage = Pick<Storage, "getItem" | "setItem">;

export interface PanelHost {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  displayLanguage: string;
  isSetSupported(set: string, version: string): boolean;
  theme: PanelTheme;
  onThemeChange?(cb: (theme: PanelTheme) => void): void;
  now(): Date;
  /** Absent or failing storage only means the panel forgets its open sections. */
  storage?: PanelStorage;
  /**
   * Calls `onChange` when the user's selection changes (the client portrait follows it); resolves to the function
   * that stops it. Absent where the host cannot tell (the panel then says so).
   */
  watchSelection?(sheetName: string, onChange: (change: SelectionChange) => void): Promise<() => Promise<void>>;
}

/** localStorage where the browser allows it (some Office hosts block it in a task pane). */
function browserStorage(): PanelStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Dark when the background is dark: relative luminance of "#RRGGBB" below one half. */
export function themeFromBackground(color: string | undefined): PanelTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color ?? "");
  if (!match) return "light";
  const [r, g, b] = match.slice(1, 4).map((hex) => parseInt(hex, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

/**
 * Office's theme when the panel starts. Excel raises no theme-changed event for add-ins (OfficeThemeChanged is
 * Outlook's, Mailbox 1.14), so a theme switched while the panel is open shows the next time it opens.
 */
function startingOfficeTheme(): PanelTheme {
  return themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
}

/** PanelHost.watchSelection over an Excel.run (Office's, or the simulator's in the workbench and tests). */
export function selectionWatcher(run: ExcelRunner, isSetSupported: (set: string, version: string) => boolean): NonNullable<PanelHost["watchSelection"]> {
  return (sheetName, onChange) => watchSelection(run, { sheetName, isSetSupported }, onChange);
}

export function createOfficeHost(): PanelHost {
  return {
    // A rating started while the user is typing in a cell waits for the edit to end instead of failing
    // (InvalidOperationInCellEditMode).
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    displayLanguage: Office.context.displayLanguage || "en-US",
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    theme: startingOfficeTheme(),
    now: () => new Date(),
    storage: browserStorage(),
    watchSelection: selectionWatcher(Excel.run as ExcelRunner, (set, version) => Office.context.requirements.isSetSupported(set, version)),
  };
}
