import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { RatingWarning } from "../../core";
import { describeWarning } from "../editing/describeError";
import { useI18n } from "../i18n/context";

/** Shown elsewhere in the preview: the concentration line and the knocked-out count. */
const SHOWN_ELSEWHERE = new Set<RatingWarning["code"]>(["largest-client-share", "knocked-out"]);

/** What rating now would warn about (missing columns, unreadable values, rows no profile rates), before rating. */
export function PreviewWarnings({ warnings }: { warnings: readonly RatingWarning[] }) {
  const i18n = useI18n();
  const shown = warnings.filter((warning) => !SHOWN_ELSEWHERE.has(warning.code));
  if (shown.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <ul>
          {shown.map((warning, index) => (
            <li key={index}>{describeWarning(warning, i18n.t, i18n)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
