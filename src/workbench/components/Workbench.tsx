// The workbench page: the real task pane on the left, the simulated workbook on the right.
import { ChangeEvent, useCallback, useEffect, useRef, useState } from "react";
import { SimWorkbook } from "../../simulator";
import { App } from "../../taskpane/components/App";
import type { PanelTheme } from "../../taskpane/host";
import { ViewWorkbook } from "../grid/sheetView";
import { columnLetters } from "../../shared/a1";
import { createWorkbenchHost, type OfficeJsHostFactory, WorkbenchHost } from "../simHost";
import { downloadWorkbook, loadSampleWorkbook, ratedFileName, readWorkbookFile } from "../workbookFile";
import { OfficeJsBadge } from "./OfficeJsBadge";
import { RibbonRate } from "./RibbonRate";
import { SheetGrid } from "./SheetGrid";
import { SheetObjects } from "./SheetObjects";
import { SheetTabs } from "./SheetTabs";
import { useElementHeight } from "./useElementHeight";

interface Loaded {
  workbook: SimWorkbook;
  host: WorkbenchHost;
  fileName: string;
  /** A new key per loaded workbook remounts the panel, as opening another file in Excel would. */
  key: number;
}

export interface WorkbenchProps {
  displayLanguage: string;
  theme: PanelTheme;
  /** The task pane's width in pixels (Excel's default is about 320). */
  paneWidth?: number;
  /** Only the task pane, filling the window, as Excel shows it: for walks and screenshots at task-pane size. */
  paneOnly?: boolean;
  /** Microsoft's Excel client library (?officejs=1): the panel's batches then run through Office.js. */
  officeJs?: OfficeJsHostFactory;
}

const GRID_PANEL_ID = "sheet-panel";

function visibleSheets(workbook: ViewWorkbook): string[] {
  return workbook.sheetNames().filter((name) => (workbook.sheet(name).visibility ?? "Visible") === "Visible");
}

export function Workbench({ displayLanguage, theme, paneWidth, paneOnly, officeJs }: WorkbenchProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [activeSheet, setActiveSheet] = useState("");
  const [error, setError] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const gridArea = useRef<HTMLDivElement>(null);
  const gridHeight = useElementHeight(gridArea, 400);

  const open = useCallback(
    (workbook: SimWorkbook, fileName: string) => {
      const host = createWorkbenchHost(workbook, { displayLanguage, theme, officeJs });
      host.onChange(() => {
        setVersion((v) => v + 1);
        // Range.select() activates its sheet: show it, as Excel would.
        const active = workbook.activeSheet()?.name;
        if (active) setActiveSheet(active);
      });
      setLoaded((previous) => ({ workbook, host, fileName, key: (previous?.key ?? 0) + 1 }));
      setActiveSheet(visibleSheets(workbook)[0] ?? "");
      setError("");
    },
    [displayLanguage, theme, officeJs],
  );

  useEffect(() => {
    loadSampleWorkbook()
      .then((workbook) => open(workbook, "sample-clients.xlsx"))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [open]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const { workbook, warnings } = await readWorkbookFile(file);
      open(workbook, file.name);
      if (warnings.length > 0) setError(`Opened ${file.name}; please check: ${warnings.join("; ")}.`);
    } catch (e) {
      setError(`Could not open ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onDownload = async () => {
    if (!loaded) return;
    try {
      await downloadWorkbook(loaded.workbook, ratedFileName(loaded.fileName, loaded.workbook.macroEnabled));
    } catch (e) {
      setError(`Could not save the workbook: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  // A click in the grid is the user's selection in Excel: the simulator raises the selection-changed events.
  const selectCell = (address: string, extend: boolean) => {
    if (!loaded || !current) return;
    const anchor = loaded.workbook.sheet(current).activeCell;
    const from = extend && anchor ? `${columnLetters(anchor.column)}${anchor.row + 1}:` : "";
    loaded.host.selectAsUser(`'${current.replace(/'/g, "''")}'!${from}${address}`);
  };

  const view: ViewWorkbook | null = loaded ? loaded.workbook : null;
  const sheetNames = view ? visibleSheets(view) : [];
  const current = sheetNames.includes(activeSheet) ? activeSheet : sheetNames[0] ?? "";
  const sheet = view && current ? view.sheet(current) : null;

  return (
    <div className={`wb-page wb-theme-${theme}${paneOnly ? " wb-pane-only" : ""}`}>
      <header className="wb-toolbar">
        <h1>Client Rater workbench</h1>
        <span className="wb-file" aria-live="polite">
          {loaded ? loaded.fileName : "Loading the sample workbook..."}
        </span>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open .xlsx or .csv
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.xlsm,.csv,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,text/csv"
          aria-label="Open .xlsx or .csv"
          className="wb-visually-hidden"
          tabIndex={-1}
          onChange={onFile}
        />
        <button type="button" onClick={onDownload} disabled={!loaded}>
          Download .xlsx
        </button>
        <RibbonRate key={loaded?.key} host={loaded?.host} />
        {loaded?.host.officeJs && <OfficeJsBadge syncs={loaded.host.officeJs.syncs} unmodelled={loaded.host.officeJs.unmodelled} />}
      </header>
      {error && (
        <p role="alert" className="wb-error">
          {error}
        </p>
      )}
      <div className="wb-main">
        {/* No landmark here: the panel brings its own main landmark, as it would in Excel. */}
        <div id="panel" className="wb-panel" style={paneWidth ? { width: paneWidth, minWidth: paneWidth } : undefined}>
          {loaded && <App key={loaded.key} host={loaded.host} />}
        </div>
        <section className="wb-sheet" aria-label="Simulated workbook">
          <div id={GRID_PANEL_ID} role="tabpanel" aria-label={current ? `Sheet ${current}` : "Sheet"} className="wb-grid-area" ref={gridArea}>
            {sheet && <SheetGrid key={current} sheet={sheet} version={version} height={gridHeight} dark={theme === "dark"} onSelectCell={selectCell} />}
          </div>
          {sheet && <SheetObjects sheet={sheet} version={version} />}
          <SheetTabs names={sheetNames} active={current} onSelect={setActiveSheet} panelId={GRID_PANEL_ID} />
        </section>
      </div>
    </div>
  );
}
