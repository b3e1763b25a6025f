// Ribbon commands (ExecuteFunction). "Rate clients" rates with the stored profile (or a default one
// built from the headers) and reports the outcome.
//
// Excel has no notification bar for add-ins (Office.context.mailbox notifications are Outlook's), so
// the outcome is shown in a small dialog: this same page opened with "#notice=<text>" renders the
// text and an OK button. Without the Dialog API the command just completes; the result is visible
// in the sheet, and errors are left in the console.
import { languageOf } from "../core/language";
import { rateWorkbook } from "../excel";
import { errorMessage, outcomeMessage } from "./outcomeMessage";

const NOTICE = "#notice=";

export async function rateClients(event: Office.AddinCommands.Event): Promise<void> {
  let message: string;
  try {
    const outcome = await Excel.run((context) =>
      rateWorkbook(context, {
        language: languageOf(Office.context.displayLanguage),
        isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
      }),
    );
    message = outcomeMessage(outcome);
  } catch (error) {
    message = errorMessage(error);
    console.error(error);
  }
  try {
    await showNotice(message);
  } finally {
    event.completed();
  }
}

/** Opens the notice dialog and resolves when the user closes it (the function file must stay alive until then). */
function showNotice(message: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  const url = `${location.origin}${location.pathname}${NOTICE}${encodeURIComponent(message)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** In the dialog: show the text (as text, never HTML) and close on OK. */
function renderNotice(text: string): void {
  const body = document.body;
  body.style.font = "14px 'Segoe UI', sans-serif";
  body.style.margin = "16px";
  for (const line of text.split("\n")) {
    const p = document.createElement("p");
    p.textContent = line;
    body.appendChild(p);
  }
  const ok = document.createElement("button");
  ok.textContent = "OK";
  ok.addEventListener("click", () => {
    // The dialog only opens where DialogApi 1.1 is supported; checked again for the set checker.
    if (Office.context.requirements.isSetSupported("DialogApi", "1.1")) Office.context.ui.messageParent("close");
  });
  body.appendChild(ok);
  ok.focus();
}

Office.onReady(() => {
  if (location.hash.startsWith(NOTICE)) {
    renderNotice(decodeURIComponent(location.hash.slice(NOTICE.length)));
    return;
  }
  Office.actions.associate("rateClients", rateClients);
});
