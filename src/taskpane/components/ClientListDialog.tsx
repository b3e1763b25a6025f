import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ORDER_LINE_ROLES, type OrderLineRole } from "../../core";
import type { OrderLinesPreview } from "../../excel";
import type { RoleColumns } from "../hooks/useClientList";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

const NONE = "none";

export interface ClientListDialogProps {
  disabled: boolean;
  preview: OrderLinesPreview | null;
  columns: RoleColumns | null;
  working: boolean;
  error: string | null;
  onOpen(): void;
  onChoose(role: OrderLineRole, column: number): void;
  /** Resolves true when the list was written. */
  onMake(): Promise<boolean>;
}

/**
 * "Make a client list from order lines": the columns recognised on the active sheet, each in a dropdown
 * (a warning on those the headers leave open), then one row per client written to a new sheet.
 */
export function ClientListDialog(props: ClientListDialogProps) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { preview, columns } = props;
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) props.onOpen();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={props.disabled}>{t("orders.open")}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("orders.title")}</DialogTitle>
          <DialogContent>
            {!preview && !props.error && <Spinner size="small" label={t("orders.reading")} />}
            {preview && (
              <Text as="p" block>
                {t("orders.intro", { lines: formatNumber(preview.lines, 0), sheet: preview.sheetName })}
              </Text>
            )}
            {preview && columns && (
              <div className={styles.fields}>
                {ORDER_LINE_ROLES.map((role) => {
                  const match = preview.matches[role];
                  const unsure = !match.sure && columns[role] === match.column;
                  const hint = !unsure ? undefined : match.candidates.length > 1 ? t("orders.check") : t("orders.notFound");
                  const value = columns[role];
                  return (
                    <Field key={role} label={t(`orders.role.${role}`)} size="small" validationState={unsure ? "warning" : "none"} validationMessage={hint}>
                      <Dropdown
                        size="small"
                        className={styles.dropdown}
                        value={value >= 0 ? preview.headers[value] : t("orders.none")}
                        selectedOptions={[value >= 0 ? String(value) : NONE]}
                        onOptionSelect={(_, data) => data.optionValue !== undefined && props.onChoose(role, data.optionValue === NONE ? -1 : Number(data.optionValue))}
                      >
                        {role !== "client" && <Option value={NONE}>{t("orders.none")}</Option>}
                        {preview.headers.map((header, i) =>
                          header.trim() === "" ? null : (
                            <Option key={i} value={String(i)}>
                              {header}
                            </Option>
                          ),
                        )}
                      </Dropdown>
                    </Field>
                  );
                })}
              </div>
            )}
            {props.error && (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>{props.error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={props.working || !columns || columns.client < 0}
              onClick={() => void props.onMake().then((made) => made && setOpen(false))}
            >
              {props.working ? t("orders.making") : t("orders.make")}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("dialog.cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
