import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useId } from "react";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface RatingDateFieldProps {
  /** The profile's fixed rating date (YYYY-MM-DD), or undefined for "today". */
  value: string | undefined;
  /** Today as YYYY-MM-DD: shown while "Today" is chosen, and the starting point of a fixed date. */
  today: string;
  onChange(value: string | undefined): void;
}

/** The date recency rules count to: today, or a date the user fixes (stored in the profile). */
export const RatingDateField = memo(function RatingDateField({ value, today, onChange }: RatingDateFieldProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const fixed = value !== undefined;
  const dateId = useId();
  return (
    <div className={styles.root}>
      <Field label={t("ratingDate.label")} hint={t("ratingDate.hint")} size="small">
        <RadioGroup
          value={fixed ? "fixed" : "today"}
          layout="horizontal"
          onChange={(_, data) => onChange(data.value === "fixed" ? today : undefined)}
        >
          <Radio value="today" label={t("ratingDate.today")} />
          <Radio value="fixed" label={t("ratingDate.fixed")} aria-controls={dateId} />
        </RadioGroup>
      </Field>
      <Field label={t("ratingDate.date")} size="small">
        <Input id={dateId} type="date" value={fixed ? value : today} disabled={!fixed} onChange={(_, data) => onChange(data.value)} />
      </Field>
    </div>
  );
});
