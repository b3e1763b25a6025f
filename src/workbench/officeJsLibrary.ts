// Microsoft's Excel client library for the workbench's ?officejs=1: the script webpack.config.js copies to
// officejs/, loaded only when the switch is on, so the default pages stay as small as they were.
import type { OfficeJsLibraryScript } from "../simulator/richApi";

const LIBRARY_URL = "officejs/excel-web-16.00.debug.js";

declare global {
  interface Window {
    clientRaterOfficeJsLibrary?: OfficeJsLibraryScript;
  }
}

export function loadOfficeJsLibraryScript(): Promise<OfficeJsLibraryScript> {
  return new Promise((resolve, reject) => {
    if (window.clientRaterOfficeJsLibrary) return resolve(window.clientRaterOfficeJsLibrary);
    const script = document.createElement("script");
    script.src = LIBRARY_URL;
    script.onload = () =>
      window.clientRaterOfficeJsLibrary
        ? resolve(window.clientRaterOfficeJsLibrary)
        : reject(new Error(`${LIBRARY_URL} loaded but did not define the Excel client library`));
    script.onerror = () => reject(new Error(`Could not load Microsoft's Excel client library from ${LIBRARY_URL}`));
    document.head.appendChild(script);
  });
}
