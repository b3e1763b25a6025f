// Ribbon commands (ExecuteFunction), registered at the top level of the script as Office asks, so the
// function exists before Office calls it. With the manifest's shared runtime this runs in the panel's page
// (src/taskpane/index.tsx imports it): one write queue for ribbon and panel.
import { languageOf } from "../core/language";
import { openNoticeDialog } from "./noticeDialog";
import { errorMessage } from "./outcomeMessage";

export async function rateClients(event: Office.AddinCommands.Event): Promise<void> {
  // The shared runtime outlives the command, so Office is told it is done as soon as the workbook is
  // written; the notice stays open until the user closes it.
  let completed = false;
  const complete = () => {
    if (!completed) event.completed();
    completed = true;
  };
  const language = languageOf(Office.context.displayLanguage);
  try {
    // The rating's writer is a chunk of its own that the panel shares (src/taskpane/lazy/ratingWriter.ts).
    const { rateFromRibbon } = await import(/* webpackChunkName: "rate-workbook" */ "./ribbonRating");
    await rateFromRibbon(
      {
        run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
        displayLanguage: Office.context.displayLanguage,
        showNotice: (message) => openNoticeDialog(message, language),
        showPanel: () => Office.addin.showAsTaskpane(),
      },
      complete,
    );
  } catch (error) {
    // Only the chunk's fetch can fail here (rateFromRibbon reports its own failures): say so, never fail silently.
    complete();
    await openNoticeDialog(errorMessage(error, language), language).catch(() => undefined);
  } finally {
    complete();
  }
}

Office.actions.associate("rateClients", rateClients);
