// The outcome notice: notice.html in a small dialog (Excel has no notification bar for add-ins). It
// rejects with Office's error code when the dialog cannot be shown: 12009 (the user chose to ignore
// dialogs), 12011 (the browser's settings block them), 12007 (a dialog is already open).
// https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events
import type { Language } from "../core/labels";

const NOTICE_PAGE = "notice.html";
const DIALOG_CLOSED_BY_USER = 12006;

export class NoticeNotShown extends Error {
  constructor(readonly code: number | undefined) {
    super(`The notice dialog could not be shown (${code ?? "no Dialog API"}).`);
  }
}

/** `language`: of the dialog page's own words (its title and button) and its lang attribute, as the message's. */
export function openNoticeDialog(message: string, language: Language = "en"): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.reject(new NoticeNotShown(undefined));
  const url = new URL(`${NOTICE_PAGE}?lang=${language}#${encodeURIComponent(message)}`, location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new NoticeNotShown(result.error?.code));
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (event) => {
        const code = (event as { error?: number }).error;
        if (code === DIALOG_CLOSED_BY_USER) resolve();
        else reject(new NoticeNotShown(code));
      });
    });
  });
}
