// Ribbon commands (ExecuteFunction), registered at the top level of the script as Office asks, so the
// function exists before Office calls it. With the manifest's shared runtime this runs in the panel's page
// (src/taskpane/index.tsx imports it): one write queue for ribbon and panel.
import { languageOf } from "../core/language";
import { openNoticeDialog } from "./noticeDialog";
import { rateFromRibbon } from "./ribbonRating";

export async function rateClients(event: Office.AddinCommands.Event): Promise<void> {
  // The shared runtime outlives the command, so Office is told it is done as soon as the workbook is
  // written; the notice stays open until the user closes it.
  let completed = false;
  const complete = () => {
    if (!completed) event.completed();
    completed = true;
  };
  try {
    await rateFromRibbon(
      {
        run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
        displayLanguage: Office.context.displayLanguage,
        showNotice: (message) => openNoticeDialog(message, languageOf(Office.context.displayLanguage)),
        showPanel: () => Office.addin.showAsTaskpane(),
      },
      complete,
    );
  } finally {
    complete();
  }
}

Office.actions.associate("rateClients", rateClients);
