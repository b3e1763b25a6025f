// The ribbon's "Rate clients" in the workbench: the same command the manifest's button runs (src/commands),
// in the same page as the panel, as Excel's shared runtime has it. Its notice dialog is shown in the toolbar.
import { useRef, useState } from "react";
import type { PanelHost } from "../../taskpane/host";

export function RibbonRate({ host }: { host: PanelHost | undefined }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const closeNotice = useRef<() => void>(() => undefined);

  const onClick = async () => {
    if (!host) return;
    setRunning(true);
    // As Excel's ribbon does (src/commands/commands.ts): the writer is the task pane's rate-workbook chunk.
    const { rateFromRibbon } = await import(/* webpackChunkName: "rate-workbook" */ "../../commands/ribbonRating");
    await rateFromRibbon(
      {
        run: host.run,
        displayLanguage: host.displayLanguage,
        showNotice: (message) =>
          new Promise<void>((resolve) => {
            closeNotice.current = resolve;
            setNotice(message);
          }),
        showPanel: async () => undefined,
      },
      () => setRunning(false),
    );
  };

  const dismiss = () => {
    setNotice(null);
    closeNotice.current();
  };

  return (
    <>
      <button type="button" onClick={onClick} disabled={!host || running} title="Home > Client Rater > Rate clients, as the ribbon runs it">
        Ribbon: Rate clients
      </button>
      {notice !== null && (
        <div role="dialog" aria-label="Client Rater" className="wb-notice">
          {notice.split("\n").map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <button type="button" onClick={dismiss}>
            OK
          </button>
        </div>
      )}
    </>
  );
}
