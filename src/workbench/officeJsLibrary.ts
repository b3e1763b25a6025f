// Office.js for the workbench's ?officejs=1, imported only then (index.tsx), so neither this code nor Microsoft's
// Excel client library (the script webpack.config.js copies to officejs/) weighs on the default page.
import { createOfficeJsHost, type OfficeJsLibraryScript } from "../simulator/richApi";
import type { OfficeJsHostFactory } from "./simHost";

const LIBRARY_URL = "officejs/excel-web-16.00.debug.js";

declare global {
  interface Window {
    clientRaterOfficeJsLibrary?: OfficeJsLibraryScript;
  }
}

function loadLibraryScript(): Promise<OfficeJsLibraryScript> {
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

export async function loadOfficeJsHostFactory(): Promise<OfficeJsHostFactory> {
  const library = await loadLibraryScript();
  return (workbook, options) => createOfficeJsHost(workbook, library, options);
}
