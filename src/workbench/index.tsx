// Entry of the workbench page: the task pane over a simulated workbook, no Excel needed.
// ?lang=nl-NL and ?theme=dark try the panel in another display language or theme; ?pane=320 sets the task pane's
// width and ?view=pane shows the task pane alone, filling the window, as Excel shows it. ?officejs=1 runs the
// panel's Excel calls through Microsoft's Excel client library (loaded only then) over the same simulated workbook.
import { createRoot } from "react-dom/client";
import { loadLanguage, pickLanguage } from "../taskpane/i18n";
import type { PanelTheme } from "../taskpane/host";
import { Workbench } from "./components/Workbench";
import type { OfficeJsHostFactory } from "./simHost";

function pageTheme(params: URLSearchParams): PanelTheme {
  const asked = params.get("theme");
  if (asked === "dark" || asked === "light") return asked;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

const params = new URLSearchParams(window.location.search);
const container = document.getElementById("workbench");

async function render(root: HTMLElement, officeJs?: OfficeJsHostFactory): Promise<void> {
  const paneWidth = Number(params.get("pane")) || undefined;
  const displayLanguage = params.get("lang") || navigator.language || "en-US";
  // As the task pane does (src/taskpane/index.tsx): its texts before the first render, English should they fail.
  await loadLanguage(pickLanguage(displayLanguage)).catch(() => undefined);
  createRoot(root).render(
    <Workbench
      displayLanguage={displayLanguage}
      theme={pageTheme(params)}
      paneWidth={paneWidth}
      paneOnly={params.get("view") === "pane"}
      officeJs={officeJs}
    />,
  );
}

if (container) {
  if (params.get("officejs") === "1") {
    import("./officeJsLibrary")
      .then(({ loadOfficeJsHostFactory }) => loadOfficeJsHostFactory())
      .then(
        (officeJs) => render(container, officeJs),
        (error: unknown) => {
          container.textContent = error instanceof Error ? error.message : String(error);
          container.setAttribute("role", "alert");
        },
      );
  } else {
    void render(container);
  }
}
