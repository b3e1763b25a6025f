import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/context";

/** "Remove ratings", after a confirmation dialog. */
export function RemoveRatingsButton({ disabled, onConfirm }: { disabled: boolean; onConfirm(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={disabled}>{t("actions.remove")}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("dialog.removeTitle")}</DialogTitle>
          <DialogContent>{t("dialog.removeBody")}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
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
