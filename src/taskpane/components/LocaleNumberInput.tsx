import { Input, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatLocaleNumber, parseLocaleNumber } from "../editing/localeNumber";
import { useI18n } from "../i18n/context";

export interface LocaleNumberInputProps extends Omit<InputProps, "value" | "onChange" | "type" | "min" | "max"> {
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
}

/**
 * A number input in the display language's convention (253,4 in German): it shows the value with the
 * language's decimal separator, keeps what the user is typing, and reports only readable numbers.
 * A text input, because a browser's number input reads and writes only its own locale's format.
 */
export function LocaleNumberInput(props: LocaleNumberInputProps) {
  const { value, onChange, min, max, ...inputProps } = props;
  const { language, numberTag } = useI18n();
  const [text, setText] = useState(() => formatLocaleNumber(value, numberTag));
  useEffect(() => {
    // An outside change (another field, an import) replaces the text; the user's own typing stays as typed.
    setText((current) => (parseLocaleNumber(current, language) === value ? current : formatLocaleNumber(value, numberTag)));
  }, [value, language, numberTag]);
  return (
    <Input
      {...inputProps}
      type="text"
      inputMode="decimal"
      value={text}
      aria-valuemin={min}
      aria-valuemax={max}
      onChange={(_, data) => {
        setText(data.value);
        const parsed = parseLocaleNumber(data.value, language);
        if (parsed !== null) onChange(parsed);
      }}
      onBlur={() => setText((current) => (parseLocaleNumber(current, language) === null ? formatLocaleNumber(value, numberTag) : current))}
    />
  );
}
