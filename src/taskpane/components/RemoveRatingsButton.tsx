import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/context";

/**
 * "Remove ratings", after a confirmation dialog. The rating history stays unless the user ticks its box:
 * past ratings cannot be made again from today's data.
 */
export function RemoveRatingsButton({ disabled, onConfirm }: { disabled: boolean; onConfirm(deleteHistory: boolean): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [deleteHistory, setDeleteHistory] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={disabled}>{t("actions.remove")}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("dialog.removeTitle")}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {t("dialog.removeBody")}
            </Text>
            <Checkbox checked={deleteHistory} onChange={(_, data) => setDeleteHistory(data.checked === true)} label={t("dialog.deleteHistory")} />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm(deleteHistory);
                setDeleteHistory(false);
              }}
            >
              {t("dialog.confirm")}
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
