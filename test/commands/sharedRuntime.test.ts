// The ribbon's Rate clients and the panel in one runtime (the manifest's shared runtime): one write queue
// serialises their syncs, the panel hears the ribbon's outcome, and a notice that cannot be shown (the user
// or the browser blocks dialogs: 12009, 12011) falls back to the panel.
import { RaterError } from "../../src/core/errors";
import { onRibbonRating, rateWorkbook, type RibbonRating } from "../../src/excel";
import { rateFromRibbon, type RibbonHost } from "../../src/commands/ribbonRating";
import { NoticeNotShown } from "../../src/commands/noticeDialog";
import { AS_OF } from "../excel/support/clientSheet";
import { standardWorkbook, type Host } from "../excel/support/host";

/** Runs each batch on the simulator, recording which caller's context each sync belongs to. */
function taggedRun(host: Host, tag: string, log: string[]): RibbonHost["run"] {
  return (batch) =>
    host.run((context) => {
      const sync = context.sync.bind(context);
      (context as { sync: typeof context.sync }).sync = ((value?: unknown) => {
        log.push(tag);
        return sync(value);
      }) as typeof context.sync;
      return batch(context);
    });
}

function ribbonHost(run: RibbonHost["run"], notice: (message: string) => Promise<void> = async () => undefined) {
  const shown: string[] = [];
  const panelOpened = jest.fn(async () => undefined);
  const host: RibbonHost = {
    run,
    displayLanguage: "en-US",
    showNotice: (message) => {
      shown.push(message);
      return notice(message);
    },
    showPanel: panelOpened,
  };
  return { host, shown, panelOpened };
}

test("a ribbon rating and a panel rating started together do not interleave their syncs", async () => {
  const { host } = await standardWorkbook({ rows: 30 });
  const log: string[] = [];
  const ribbon = ribbonHost(taggedRun(host, "ribbon", log));
  const panelRun = taggedRun(host, "panel", log);
  await Promise.all([
    rateFromRibbon(ribbon.host),
    panelRun((context) => rateWorkbook(context, { asOf: AS_OF })),
  ]);
  const first = log[0];
  const switchAt = log.findIndex((tag) => tag !== first);
  expect(switchAt).toBeGreaterThan(0);
  expect(log.slice(switchAt).every((tag) => tag !== first)).toBe(true);
  expect(new Set(log)).toEqual(new Set(["ribbon", "panel"]));
});

test("the panel hears the ribbon's outcome, and the user gets the notice", async () => {
  const { host } = await standardWorkbook({ rows: 30 });
  const heard: RibbonRating[] = [];
  const stop = onRibbonRating((rating) => heard.push(rating));
  try {
    const ribbon = ribbonHost(host.run);
    const message = await rateFromRibbon(ribbon.host);
    expect(heard).toHaveLength(1);
    expect(heard[0].outcome?.clients).toBe(30);
    expect(ribbon.shown).toEqual([message]);
    expect(message).toMatch(/^Rated 30 clients on "Clients"/);
    expect(ribbon.panelOpened).not.toHaveBeenCalled();
  } finally {
    stop();
  }
});

test.each([12009, 12011])("a notice the host refuses (%i) opens the panel, which shows the outcome", async (code) => {
  const { host } = await standardWorkbook({ rows: 30 });
  const ribbon = ribbonHost(host.run, () => Promise.reject(new NoticeNotShown(code)));
  const message = await rateFromRibbon(ribbon.host);
  expect(message).toMatch(/^Rated 30 clients/);
  expect(ribbon.panelOpened).toHaveBeenCalledTimes(1);
});

test("a refused ribbon rating reaches the panel as its error, and the notice names the cause", async () => {
  const { wb, host } = await standardWorkbook({ rows: 30 });
  wb.protection = { protected: true };
  const heard: RibbonRating[] = [];
  const stop = onRibbonRating((rating) => heard.push(rating));
  try {
    const ribbon = ribbonHost(host.run);
    const message = await rateFromRibbon(ribbon.host);
    expect((heard[0].error as RaterError).code).toBe("workbook-protected");
    expect(message).toMatch(/structure is protected/);
  } finally {
    stop();
  }
});

test("after a listener stops, it hears nothing more", async () => {
  const { host } = await standardWorkbook({ rows: 10 });
  const heard: RibbonRating[] = [];
  onRibbonRating((rating) => heard.push(rating))();
  await rateFromRibbon(ribbonHost(host.run).host);
  expect(heard).toEqual([]);
});
