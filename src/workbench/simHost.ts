// The panel's host in the workbench: the simulator's Excel.run over an in-memory workbook, plus a change
// event so the grid redraws after the panel has run a batch. With Microsoft's Excel client library given
// (?officejs=1), the panel's batches and its selection watch go through Office.js to the same workbook.
import { createExcelHost, SimWorkbook, type ExcelHostOptions } from "../simulator";
import type { OfficeJsHost } from "../simulator/richApi";
import { selectionWatcher, type PanelHost, type PanelTheme } from "../taskpane/host";

/** What the workbench's simulated Excel supports: the manifest's minimum, so the workbench shows the oldest Excel offered the add-in. */
const WORKBENCH_REQUIREMENT_SETS: Record<string, string> = { ExcelApi: "1.13", SharedRuntime: "1.1", DialogApi: "1.1" };

/** createOfficeJsHost with Microsoft's library already loaded (src/workbench/officeJsLibrary.ts). */
export type OfficeJsHostFactory = (workbook: SimWorkbook, options: ExcelHostOptions) => OfficeJsHost;

export interface WorkbenchHost extends PanelHost {
  /** Called after every batch the panel ran (written or not); returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** A click (or shift-click) in the grid: the user's selection, with Excel's selection-changed events. */
  selectAsUser(address: string): void;
  /** Set when the panel's batches run through Office.js: the syncs so far and the requests the simulator had no model for. */
  readonly officeJs?: { readonly syncs: number; readonly unmodelled: readonly string[] };
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export function createWorkbenchHost(
  workbook: SimWorkbook,
  options: { displayLanguage: string; theme: PanelTheme; now?: () => Date; officeJs?: OfficeJsHostFactory },
): WorkbenchHost {
  // The workbench plays an Excel in the display language: its PivotTables show that Excel's own captions,
  // and a downloaded file keeps them.
  workbook.setExcelLanguage(options.displayLanguage);
  const officeJsHost = options.officeJs?.(workbook, { requirementSets: WORKBENCH_REQUIREMENT_SETS });
  const excelHost = officeJsHost?.simulator ?? createExcelHost(workbook, { requirementSets: WORKBENCH_REQUIREMENT_SETS });
  const runBatch = officeJsHost?.run ?? excelHost.run;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const themeListeners = new Set<(theme: PanelTheme) => void>();
  return {
    async run(batch) {
      try {
        return await runBatch({ delayForCellEdit: true }, batch); // as the Office host runs it
      } finally {
        notify();
      }
    },
    displayLanguage: options.displayLanguage,
    isSetSupported: (set, version) => {
      const have = WORKBENCH_REQUIREMENT_SETS[set];
      return have !== undefined && versionAtLeast(have, version);
    },
    theme: options.theme,
    onThemeChange: (cb) => {
      themeListeners.add(cb);
    },
    now: options.now ?? (() => new Date()),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchSelection: selectionWatcher(officeJsHost?.run ?? excelHost.run, (set, version) => excelHost.office.context.requirements.isSetSupported(set, version)),
    selectAsUser(address) {
      excelHost.selectAsUser(address);
      notify();
    },
    officeJs: officeJsHost && {
      get syncs() {
        return officeJsHost.syncs.length;
      },
      unmodelled: officeJsHost.unmodelled,
    },
  };
}
