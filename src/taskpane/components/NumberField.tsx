import { Field, Input } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number;
}

/** A labelled number input that keeps what the user is typing and reports only readable numbers. */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onChange, min, max, step } = props;
  const [text, setText] = useState(String(value));
  const id = useId();
  useEffect(() => {
    setText((current) => (Number(current) === value && current.trim() !== "" ? current : String(value)));
  }, [value]);
  return (
    <Field label={label} size="small">
      <Input
        id={id}
        type="number"
        size="small"
        value={text}
        min={min}
        max={max}
        step={step ?? "any"}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = Number(data.value);
          if (data.value.trim() !== "" && Number.isFinite(parsed)) onChange(parsed);
        }}
      />
    </Field>
  );
}
