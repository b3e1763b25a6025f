import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Locale } from "../../core";
import type { PanelHost } from "../host";
import { useClientList } from "../hooks/useClientList";
import { useI18n } from "../i18n/context";
import { ClientListDialog } from "./ClientListDialog";

export interface ClientListActionProps {
  host: PanelHost;
  locale: Locale;
  disabled: boolean;
  /** The list is on its new sheet, which Excel now shows. */
  onMade(): void;
}

/** The order-lines action beside Rate clients, and what it made, said right by it. */
export function ClientListAction({ host, locale, disabled, onMade }: ClientListActionProps) {
  const i18n = useI18n();
  const list = useClientList(host, i18n, { locale, onMade });
  return (
    <>
      <ClientListDialog
        disabled={disabled || list.working}
        preview={list.preview}
        columns={list.columns}
        working={list.working}
        error={list.error}
        onOpen={() => void list.start()}
        onChoose={list.choose}
        onMake={list.make}
      />
      {list.status && (
        <MessageBar intent={list.status.intent} layout="multiline" role="status" politeness="polite">
          <MessageBarBody>{list.status.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
