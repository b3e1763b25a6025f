/** @jest-environment jsdom */
// "Make a client list from order lines" in the panel: the recognised columns in dropdowns (a warning where the
// headers leave one open), the user's choice, the new sheet, and the panel moving on to it.
import "./support/dom";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { simPanel } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const LINES: (string | number)[][] = [
  ["Order ID", "Order Date", "Customer ID", "Customer Name", "Amount", "Net amount", "Profit"],
  ["O-1", "2025-01-02", "C-1", "Jansen BV", 110, 100, 20],
  ["O-1", "2025-01-02", "C-1", "Jansen BV", 55, 50, -5],
  ["O-2", "2025-07-01", "C-2", "De Vries", 11, 10, 1],
  ["O-3", "2026-01-01", "C-1", "Jansen BV", 44, 40, 4],
];

it("makes a client list on a new sheet from the active sheet's order lines, with the column the user chose", async () => {
  const panel = simPanel();
  panel.wb.setCells("Orders", "A1", LINES);
  panel.wb.activeSheetId = panel.wb.sheet("Orders").id;
  render(<App host={panel.host} />);
  await screen.findByText("Sheet Orders: 4 clients");

  fireEvent.click(screen.getByRole("button", { name: "Make a client list from order lines" }));
  // jsdom sees the open Fluent dialog as hidden (no layout); the browser test checks the real one.
  const dialog = await screen.findByRole("dialog", { name: "Client list from order lines" });
  await within(dialog).findByText("4 order lines on sheet Orders. Each client gets one row on a new sheet; this sheet stays as it is.");
  const revenue = within(dialog).getByRole("combobox", { name: "Revenue", hidden: true });
  expect(revenue.textContent).toBe("Amount");
  // "Amount" and "Net amount" both read as revenue: the user is asked to check.
  expect(within(dialog).getByText("Please check: more than one column could be this one.")).toBeTruthy();
  expect(within(dialog).getByRole("combobox", { name: "Segment", hidden: true }).textContent).toBe("(not in the data)");

  fireEvent.click(revenue);
  fireEvent.click(await screen.findByRole("option", { name: "Net amount", hidden: true }));
  await waitFor(() => expect(revenue.textContent).toBe("Net amount"));
  fireEvent.click(within(dialog).getByRole("button", { name: "Make client list", hidden: true }));

  await screen.findByText("2 clients from 4 order lines are on the new sheet Clients (2), ready to rate.");
  expect(panel.wb.sheetNames()).toEqual(["Clients", "Orders", "Clients (2)"]);
  expect(panel.wb.cell("Clients (2)", "C1").value).toBe("Revenue");
  expect(panel.wb.cell("Clients (2)", "C2").value).toBe(190);
  // The panel reads the new sheet, now the active one, and proposes a profile from its headers.
  await screen.findByText("Sheet Clients (2): 2 clients");
  await waitFor(() => expect((screen.getByRole("button", { name: "Rate clients" }) as HTMLButtonElement).disabled).toBe(false));
});
