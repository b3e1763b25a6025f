// Sheet tabs under the grid, as in Excel. Arrow keys move between tabs.
import { KeyboardEvent } from "react";

interface SheetTabsProps {
  names: string[];
  active: string;
  onSelect(name: string): void;
  panelId: string;
}

export function SheetTabs({ names, active, onSelect, panelId }: SheetTabsProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = names[(index + step + names.length) % names.length];
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label="Sheets" className="wb-tabs">
      {names.map((name, index) => (
        <button
          key={name}
          id={tabId(name)}
          role="tab"
          type="button"
          aria-selected={name === active}
          aria-controls={panelId}
          tabIndex={name === active ? 0 : -1}
          className={name === active ? "wb-tab wb-tab-active" : "wb-tab"}
          onClick={() => onSelect(name)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

function tabId(sheetName: string): string {
  return `sheet-tab-${sheetName.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
