// Entry of the workbench page: the task pane over a simulated workbook, no Excel needed.
// ?lang=nl-NL and ?theme=dark try the panel in another display language or theme; ?pane=320 sets the task pane's
// width and ?view=pane shows the task pane alone, filling the window, as Excel shows it.
import { createRoot } from "react-dom/client";
import type { PanelTheme } from "../taskpane/host";
import { Workbench } from "./components/Workbench";

function pageTheme(params: URLSearchParams): PanelTheme {
  const asked = params.get("theme");
  if (asked === "dark" || asked === "light") return asked;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

const params = new URLSearchParams(window.location.search);
const container = document.getElementById("workbench");
if (container) {
  const paneWidth = Number(params.get("pane")) || undefined;
  createRoot(container).render(
    <Workbench
      displayLanguage={params.get("lang") || navigator.language || "en-US"}
      theme={pageTheme(params)}
      paneWidth={paneWidth}
      paneOnly={params.get("view") === "pane"}
    />,
  );
}
