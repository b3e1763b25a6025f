import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PanelMessage } from "../hooks/useMessages";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // At 270 px a misspelt field name or a long header is a word wider than the pane: break it rather than widen the bar.
  body: { minWidth: 0, overflowWrap: "anywhere", "& ul": { paddingLeft: tokens.spacingHorizontalL } },
});

/** Results, warnings and errors as Fluent message bars, announced to screen readers as they appear. */
export function MessageList({ messages, onDismiss }: { messages: readonly PanelMessage[]; onDismiss(id: number): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite">
      {messages.map((message) => (
        <MessageBar key={message.id} intent={message.intent} layout="multiline">
          <MessageBarBody className={styles.body}>
            {message.text}
            {message.details && message.details.length > 0 && (
              <ul>
                {message.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                icon={<DismissRegular />}
                aria-label={t("result.dismiss")}
                onClick={() => onDismiss(message.id)}
              />
            }
          >
            {message.action && (
              <Button size="small" onClick={message.action.run}>
                {message.action.label}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
