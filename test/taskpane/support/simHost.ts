import { saveProfiles } from "../../../src/excel";
import { PROFILE_NS } from "../../../src/excel/ownership";
import { columnLetters } from "../../../src/shared/a1";
import { SimWorkbook, createExcelHost } from "../../../src/simulator";
import type { Profile } from "../../../src/core";
import { selectionWatcher, type PanelHost, type PanelStorage, type PanelTheme } from "../../../src/taskpane/host";
import { HEADERS, LAST_CONTACT, ROWS } from "./clients";

export const AS_OF = new Date(Date.UTC(2026, 10, 27));

export interface SimPanel {
  wb: SimWorkbook;
  excel: ReturnType<typeof createExcelHost>;
  host: PanelHost;
  setTheme(theme: PanelTheme): void;
}

/** A PanelHost over the workbook simulator holding the small client sheet (without its old Grade column). */
/** `selection`: the host follows Excel's selection (PanelHost.watchSelection), for the client portrait. */
export function simPanel(options: { language?: string; theme?: PanelTheme; lastContact?: boolean; storage?: PanelStorage; selection?: boolean } = {}): SimPanel {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.setCells(
    "Clients",
    "A1",
    [HEADERS.slice(0, 5), ...ROWS.map((row) => row.slice(0, 5) as Array<string | number>)],
  );
  // In place of the old Grade column: a date per client (Excel serials), for recency rules.
  if (options.lastContact) wb.setCells("Clients", "F1", [["Last contact"], ...LAST_CONTACT.map((day) => [excelSerial(day)])]);
  const excel = createExcelHost(wb);
  let themeListener: ((theme: PanelTheme) => void) | undefined;
  const host: PanelHost = {
    run: excel.run,
    displayLanguage: options.language ?? "en-US",
    isSetSupported: (set, version) => excel.office.context.requirements.isSetSupported(set, version),
    theme: options.theme ?? "light",
    onThemeChange: (cb) => {
      themeListener = cb;
    },
    now: () => AS_OF,
    storage: options.storage ?? memoryStorage(),
  };
  const isSetSupported = host.isSetSupported;
  if (options.selection) host.watchSelection = selectionWatcher(excel.run, isSetSupported);
  return { wb, excel, host, setTheme: (theme) => themeListener?.(theme) };
}

/** Excel's day number of a YYYY-MM-DD day (1900 date system). */
function excelSerial(isoDay: string): number {
  return Math.round((Date.parse(`${isoDay}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export async function storeProfiles(panel: SimPanel, profiles: Profile[]): Promise<void> {
  await panel.excel.run((context) => saveProfiles(context, profiles));
}

/** A stored profile part whose text is not JSON, or the given text (no `<` or `&` in it). */
export async function storeDamagedProfile(panel: SimPanel, text = "{ not json"): Promise<void> {
  await panel.excel.run(async (context) => {
    context.workbook.customXmlParts.add(`<clientRaterProfiles xmlns="${PROFILE_NS}" version="1">${text}</clientRaterProfiles>`);
    await context.sync();
  });
}

export async function protectClients(panel: SimPanel): Promise<void> {
  await panel.excel.run(async (context) => {
    context.workbook.worksheets.getItem("Clients").protection.protect();
    await context.sync();
  });
}

export async function unprotectClients(panel: SimPanel): Promise<void> {
  await panel.excel.run(async (context) => {
    context.workbook.worksheets.getItem("Clients").protection.unprotect();
    await context.sync();
  });
}

/** Column letter of a header in row 1 of the Clients sheet, or null. */
export function columnOf(panel: SimPanel, header: string): string | null {
  for (let c = 0; c < 26; c++) {
    const letter = columnLetters(c);
    if (panel.wb.cell("Clients", `${letter}1`).value === header) return letter;
  }
  return null;
}

/** A Storage stand-in: the panel's remembered choices, per test. */
export function memoryStorage(): PanelStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}
