import { Dropdown, Field, Option } from "@fluentui/react-components";
import { memo } from "react";
import { useDropdownFitStyles } from "./dropdownFit";

interface Choice<V extends string> {
  value: V;
  text: string;
}

export interface ChoiceDropdownProps<V extends string> {
  label: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
}

/** A labelled dropdown over a fixed list of translated choices. */
function ChoiceDropdownView<V extends string>({ label, choices, value, onChange }: ChoiceDropdownProps<V>) {
  const selected = choices.find((choice) => choice.value === value);
  const fit = useDropdownFitStyles();
  const text = selected?.text ?? "";
  return (
    <Field label={label} size="small" className={fit.field}>
      <Dropdown
        size="small"
        className={fit.dropdown}
        button={{ title: text, children: <span className={fit.text}>{text}</span> }}
        value={text}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue !== undefined && onChange(data.optionValue as V)}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

// memo() loses the type parameter; the cast gives it back.
export const ChoiceDropdown = memo(ChoiceDropdownView) as typeof ChoiceDropdownView;
