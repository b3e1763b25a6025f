import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";
import { NumberField } from "./NumberField";
import { memo } from "react";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });

export interface KnockoutFieldProps {
  knockout: { below: number } | undefined;
  onChange(knockout: { below: number } | undefined): void;
}

/** Optional knock-out: a client scoring below the minimum on this criterion gets the lowest grade. */
export const KnockoutField = memo(function KnockoutField({ knockout, onChange }: KnockoutFieldProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Checkbox
        label={t("criterion.knockout")}
        checked={knockout !== undefined}
        onChange={(_, data) => onChange(data.checked ? { below: 50 } : undefined)}
      />
      {knockout && (
        <NumberField
          label={t("criterion.knockoutBelow")}
          value={knockout.below}
          min={0}
          max={100}
          onChange={(below) => onChange({ below })}
        />
      )}
    </div>
  );
});
