/** @jest-environment jsdom */
import { render, fireEvent } from "@testing-library/react";
import { SheetGrid, ROW_HEIGHT } from "../../src/workbench/components/SheetGrid";
import { ViewSheet } from "../../src/workbench/grid/sheetView";

/** 100,000 clients without materialising them: cells are computed on demand. */
const bigSheet: ViewSheet = {
  name: "Big",
  get: (r, c) => ({ value: r === 0 ? `Header ${c}` : c === 0 ? `Client ${r}` : r * 10 + c }),
  usedRect: () => ({ r0: 0, r1: 100000, c0: 0, c1: 5 }),
  conditionalFormats: [{ type: "Custom", priority: 0, ranges: [{ r0: 1, r1: 100000, c0: 1, c1: 1 }], details: { rule: { formula: "=B2>500000" }, format: { fill: { color: "#FFC7CE" } } } }],
  pivots: [],
  charts: [],
};

test("only the rows in view are rendered, even at 100,000 rows", () => {
  const { container } = render(<SheetGrid sheet={bigSheet} version={0} height={440} />);
  const rows = container.querySelectorAll('[role="row"]');
  expect(rows.length).toBeLessThan(60);
  expect(container.querySelector('[role="grid"]')?.getAttribute("aria-rowcount")).toBe("100002");
  expect(container.querySelector('[data-address="A2"]')?.textContent).toBe("Client 1");
});

test("scrolling shows the rows at the new position, with their conditional fills", () => {
  const { container } = render(<SheetGrid sheet={bigSheet} version={0} height={440} />);
  const grid = container.querySelector('[role="grid"]') as HTMLElement;
  grid.scrollTop = ROW_HEIGHT * 90000;
  fireEvent.scroll(grid);
  expect(container.querySelector('[data-address="A2"]')).toBeNull();
  const cell = container.querySelector('[data-address="A90001"]') as HTMLElement;
  expect(cell?.textContent).toBe("Client 90000");
  const scoreCell = container.querySelector('[data-address="B90001"]') as HTMLElement;
  expect(scoreCell.style.background).toMatch(/rgb\(255, 199, 206\)|#FFC7CE/i);
  expect(container.querySelectorAll('[role="row"]').length).toBeLessThan(60);
});
