import { createRoot } from "react-dom/client";
// The ribbon's commands live in this page (the manifest's shared runtime): one runtime, one write queue.
import "../commands/commands";
import { App } from "./components/App";
import { createOfficeHost } from "./host";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App host={createOfficeHost()} />);
});
