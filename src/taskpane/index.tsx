import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createOfficeHost } from "./host";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App host={createOfficeHost()} />);
});
