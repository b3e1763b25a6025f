// The ribbon's "Rate clients": rate with the stored profile (or a default one built from the headers), tell
// the panel what happened (it shows the outcome when open), and report the outcome in a notice. Where the
// notice cannot be shown (the user or the browser blocks dialogs), the panel is opened instead: it already
// shows the outcome, so the message is never lost.
import { languageOf } from "../core/language";
import { announceRibbonRating, rateWorkbook } from "../excel";
import { errorMessage, outcomeMessage } from "./outcomeMessage";

export interface RibbonHost {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  displayLanguage: string;
  /** Shows the message and resolves when the user has closed it; rejects when it cannot be shown. */
  showNotice(message: string): Promise<void>;
  /** Brings the panel up (Office.addin.showAsTaskpane). */
  showPanel(): Promise<void>;
}

/** Resolves with the message the user was given, once the rating is written (or refused). */
export async function rateFromRibbon(host: RibbonHost, onRated: () => void = () => undefined): Promise<string> {
  let message: string;
  const language = languageOf(host.displayLanguage);
  try {
    const outcome = await host.run((context) => rateWorkbook(context, { language }));
    announceRibbonRating({ outcome });
    message = outcomeMessage(outcome, language);
  } catch (error) {
    announceRibbonRating({ error });
    message = errorMessage(error, language);
  }
  onRated();
  try {
    await host.showNotice(message);
  } catch {
    try {
      await host.showPanel();
    } catch {
      // Nowhere left to say it; the sheet itself shows the rating (or is unchanged).
    }
  }
  return message;
}
