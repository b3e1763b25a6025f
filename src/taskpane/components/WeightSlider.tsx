import { Field, Slider } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";
import { memo } from "react";

/** The criterion's weight, 0 to 10; the label shows the value in the user's number format. */
export const WeightSlider = memo(function WeightSlider(props: { value: number; onChange(weight: number): void }) {
  const { t, formatNumber } = useI18n();
  return (
    <Field label={t("criterion.weightValue", { weight: formatNumber(props.value) })} size="small">
      <Slider
        min={0}
        max={10}
        step={1}
        value={props.value}
        aria-valuetext={formatNumber(props.value)}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
});
