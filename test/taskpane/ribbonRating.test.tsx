/** @jest-environment jsdom */
// With the shared runtime the ribbon's Rate clients runs beside an open panel: the panel shows its outcome
// (or its error) without the user pressing anything.
import "./support/dom";
import { act, configure, render, screen, within } from "@testing-library/react";
import { rateFromRibbon } from "../../src/commands/ribbonRating";
import { App } from "../../src/taskpane/components/App";
import { sampleProfile } from "./support/clients";
import { protectClients, simPanel, storeProfiles } from "./support/simHost";

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(60000);

const ribbon = (panel: ReturnType<typeof simPanel>) => ({
  run: panel.host.run,
  displayLanguage: "en-US",
  showNotice: async () => undefined,
  showPanel: async () => undefined,
});

test("a ribbon rating shows its outcome in the open panel", async () => {
  const panel = simPanel();
  await storeProfiles(panel, [sampleProfile()]);
  render(<App host={panel.host} />);
  await screen.findByRole("button", { name: "Rate clients" });
  expect(screen.queryByRole("region", { name: "Result" })).toBeNull();
  await act(() => rateFromRibbon(ribbon(panel)).then(() => undefined));
  await screen.findByRole("region", { name: "Result" });
  const focus = await screen.findByRole("region", { name: "Next steps" });
  const counts = within(focus).getAllByRole("button", { expanded: false }).map((b) => Number(/: (\d+)$/.exec(b.textContent ?? "")?.[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(8);
  expect(screen.queryByRole("alert")).toBeNull();
});

test("a refused ribbon rating shows its cause in the open panel", async () => {
  const panel = simPanel();
  await storeProfiles(panel, [sampleProfile()]);
  await protectClients(panel);
  render(<App host={panel.host} />);
  await screen.findByRole("button", { name: "Rate clients" });
  await act(() => rateFromRibbon(ribbon(panel)).then(() => undefined));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/protected/i);
});
