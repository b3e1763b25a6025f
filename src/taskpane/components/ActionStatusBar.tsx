import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ActionStatus } from "../hooks/useRating";

/**
 * The last action's error or confirmation, right under the buttons. An error is an alert, so a screen reader
 * says it at once; a confirmation is polite.
 */
export function ActionStatusBar({ status }: { status: ActionStatus | null }) {
  if (!status) return null;
  const error = status.intent === "error";
  return (
    <MessageBar intent={status.intent} layout="multiline" role={error ? "alert" : "status"} politeness={error ? "assertive" : "polite"}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
