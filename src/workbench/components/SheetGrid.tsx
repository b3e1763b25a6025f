// The simulated sheet as a grid. Only the rows in view (plus a margin) are in the DOM, so 100,000 rows scroll smoothly.
import { CSSProperties, RefObject, useEffect, useMemo, useRef, useState } from "react";
import { cellText } from "../grid/cellText";
import { automaticTextOn, buildPainter, CellPaint, textOnDark } from "../grid/conditionalFormats";
import { columnLetters } from "../../shared/a1";
import { ViewCell, ViewSheet } from "../grid/sheetView";

export const ROW_HEIGHT = 22;
const OVERSCAN = 12;
const ROW_HEADER_WIDTH = 56;
const DEFAULT_COLUMN_WIDTH = 72;
const MAX_COLUMN_WIDTH = 320;

interface SheetGridProps {
  sheet: ViewSheet;
  /** Bumped after every change to the workbook: recomputes the extent and the conditional formats. */
  version: number;
  height: number;
  /** The dark theme: unfilled cells are dark, so dark font colours are lightened to stay readable. */
  dark?: boolean;
  /** A click on a cell ("B7"); with Shift held, `extend` asks for the range from the active cell to it, as Excel does. */
  onSelectCell?(address: string, extend: boolean): void;
}

const SAMPLED_ROWS = 60;
const CHARACTER_WIDTH = 7.5;

/** The sheet's own width where it has one, else wide enough for the longest text in the first rows. */
function columnWidth(sheet: ViewSheet, column: number, lastRow: number): number {
  const points = sheet.columnWidths?.get(column);
  if (points) return Math.min(MAX_COLUMN_WIDTH, Math.max(32, Math.round((points * 4) / 3)));
  let longest = 0;
  for (let r = 0; r <= Math.min(lastRow, SAMPLED_ROWS); r++) longest = Math.max(longest, cellText(sheet.get(r, column)).length);
  return Math.min(MAX_COLUMN_WIDTH, Math.max(DEFAULT_COLUMN_WIDTH, Math.round(longest * CHARACTER_WIDTH + 12)));
}

function cellStyle(width: number, cell: ViewCell | undefined, paint: CellPaint | undefined, dark: boolean): CSSProperties {
  const numeric = typeof cell?.value === "number";
  const background = paint?.background ?? cell?.fill ?? undefined;
  const font = paint?.color ?? cell?.font?.color;
  const style: CSSProperties = {
    width,
    minWidth: width,
    maxWidth: width,
    textAlign: numeric ? "right" : "left",
    background,
    color: font ? (dark && !background ? textOnDark(font) : font) : background ? automaticTextOn(background) : undefined,
    fontWeight: paint?.bold || cell?.font?.bold ? 600 : undefined,
    fontStyle: cell?.font?.italic ? "italic" : undefined,
  };
  if (paint?.bar) {
    const pct = Math.round(paint.bar.fraction * 100);
    style.backgroundImage = `linear-gradient(to right, ${paint.bar.color} ${pct}%, transparent ${pct}%)`;
    style.backgroundSize = "100% 60%";
    style.backgroundPosition = "left center";
    style.backgroundRepeat = "no-repeat";
  }
  return style;
}

/** Scrolls the grid so the selection's top-left cell is in view, as Excel does after Range.select(). */
function useScrollToSelection(grid: RefObject<HTMLDivElement | null>, selection: ViewSheet["selection"], widths: number[]) {
  const row = selection?.r0 ?? 0;
  const column = selection?.c0 ?? 0;
  const columnsKnown = widths.length > column;
  useEffect(() => {
    const element = grid.current;
    if (!element || (row === 0 && column === 0)) return;
    const left = widths.slice(0, column).reduce((a, b) => a + b, 0);
    const top = ROW_HEIGHT * row;
    const inViewX = left >= element.scrollLeft && left + (widths[column] ?? 0) <= element.scrollLeft + element.clientWidth - ROW_HEADER_WIDTH;
    const inViewY = top >= element.scrollTop && top + ROW_HEIGHT <= element.scrollTop + element.clientHeight - ROW_HEIGHT;
    if (!inViewX) element.scrollLeft = Math.max(0, left - ROW_HEADER_WIDTH);
    if (!inViewY) element.scrollTop = Math.max(0, top - ROW_HEIGHT);
    // Only a moved selection scrolls: the user's own scrolling stays where it is.
  }, [row, column, columnsKnown]);
}

function isSelected(selection: ViewSheet["selection"], row: number, column: number): boolean {
  return !!selection && row >= selection.r0 && row <= selection.r1 && column >= selection.c0 && column <= selection.c1;
}

export function SheetGrid({ sheet, version, height, dark = false, onSelectCell }: SheetGridProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const grid = useRef<HTMLDivElement>(null);
  const extent = useMemo(() => sheet.usedRect(false), [sheet, version]);
  const painter = useMemo(() => buildPainter(sheet), [sheet, version]);
  const rowCount = extent ? extent.r1 + 1 : 0;
  const columnCount = extent ? extent.c1 + 1 : 0;
  const widths = useMemo(() => Array.from({ length: columnCount }, (_, c) => columnWidth(sheet, c, rowCount - 1)), [sheet, version, columnCount, rowCount]);
  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  // A selection is outlined, except A1 alone (the selection of every new sheet would be noise).
  const selection = sheet.selection && (sheet.selection.r1 > 0 || sheet.selection.c1 > 0) ? sheet.selection : undefined;
  useScrollToSelection(grid, sheet.selection, widths);

  const bodyHeight = Math.max(0, height - ROW_HEIGHT);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + bodyHeight) / ROW_HEIGHT) + OVERSCAN);

  const rows = [];
  for (let r = first; r <= last; r++) {
    rows.push(
      <div key={r} role="row" aria-rowindex={r + 2} className="wb-row" style={{ top: ROW_HEIGHT * (r + 1) }}>
        <div role="rowheader" className="wb-rowheader" style={{ width: ROW_HEADER_WIDTH, minWidth: ROW_HEADER_WIDTH }}>
          {r + 1}
        </div>
        {widths.map((width, c) => {
          const cell = sheet.get(r, c);
          const text = cellText(cell);
          return (
            <div
              key={c}
              role="gridcell"
              aria-colindex={c + 2}
              data-address={`${columnLetters(c)}${r + 1}`}
              className={isSelected(selection, r, c) ? "wb-cell wb-selected" : "wb-cell"}
              style={cellStyle(width, cell, painter(r, c), dark)}
              title={cell?.formula ? `${cell.formula}` : text.length > 12 ? text : undefined}
            >
              {text}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div
      ref={grid}
      className="wb-grid"
      role="grid"
      aria-label={`Sheet ${sheet.name}`}
      aria-rowcount={rowCount + 1}
      aria-colcount={columnCount + 1}
      tabIndex={0}
      style={{ height }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onClick={(event) => {
        const address = (event.target as HTMLElement).closest<HTMLElement>("[data-address]")?.dataset.address;
        if (address) onSelectCell?.(address, event.shiftKey);
      }}
    >
      <div style={{ position: "relative", height: ROW_HEIGHT * (rowCount + 1), width: totalWidth }}>
        <div role="row" aria-rowindex={1} className="wb-row wb-header-row" style={{ top: 0 }}>
          <div role="columnheader" className="wb-corner" style={{ width: ROW_HEADER_WIDTH, minWidth: ROW_HEADER_WIDTH }}>
            <span className="wb-visually-hidden">Row</span>
          </div>
          {widths.map((width, c) => (
            <div key={c} role="columnheader" aria-colindex={c + 2} className="wb-colheader" style={{ width, minWidth: width, maxWidth: width }}>
              {columnLetters(c)}
            </div>
          ))}
        </div>
        {rows}
      </div>
      {rowCount === 0 && <p className="wb-empty">This sheet is empty.</p>}
    </div>
  );
}
