import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PanelHost, PanelTheme } from "../host";
import { I18nProvider } from "../i18n/context";
import { Panel } from "./Panel";

/** The task pane: Office's light or dark theme (colorScheme too, for native parts such as the date picker), UI text in Office's display language, and the panel. */
export function App({ host }: { host: PanelHost }) {
  const [theme, setTheme] = useState<PanelTheme>(host.theme);
  useEffect(() => host.onThemeChange?.(setTheme), [host]);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} data-theme={theme} style={{ colorScheme: theme }}>
      <I18nProvider displayLanguage={host.displayLanguage}>
        <Panel host={host} />
      </I18nProvider>
    </FluentProvider>
  );
}
