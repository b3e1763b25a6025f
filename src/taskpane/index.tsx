import { createRoot } from "react-dom/client";
// The ribbon's commands live in this page (the manifest's shared runtime): one runtime, one write queue.
import "../commands/commands";
import { App } from "./components/App";
import { createOfficeHost } from "./host";
import { loadLanguage, pickLanguage } from "./i18n";

Office.onReady(async () => {
  const container = document.getElementById("container");
  if (!container) return;
  const host = createOfficeHost();
  // The first screen in the user's language, not English for a moment; should the texts fail to load, in English.
  await loadLanguage(pickLanguage(host.displayLanguage)).catch(() => undefined);
  createRoot(container).render(<App host={host} />);
});
