import { Field } from "@fluentui/react-components";
import { useId } from "react";
import { LocaleNumberInput } from "./LocaleNumberInput";

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  /** Values are rounded to a multiple of this (1: whole numbers only). */
  step?: number;
}

/** A labelled number input in the user's number format (see LocaleNumberInput). */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onChange, min, max, step } = props;
  const id = useId();
  return (
    <Field label={label} size="small">
      <LocaleNumberInput id={id} size="small" value={value} min={min} max={max} onChange={(x) => onChange(step ? Math.round(x / step) * step : x)} />
    </Field>
  );
}
