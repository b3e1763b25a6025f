import { Dropdown, Field, Option } from "@fluentui/react-components";
import { memo } from "react";
import { useDropdownFitStyles } from "./dropdownFit";

export interface ColumnDropdownProps {
  label: string;
  headers: readonly string[];
  value: string;
  onChange(header: string): void;
}

/** Picks one of the sheet's column headers; a column the sheet no longer has is still shown so it can be changed. */
export const ColumnDropdown = memo(function ColumnDropdown({ label, headers, value, onChange }: ColumnDropdownProps) {
  const options = headers.includes(value) || value === "" ? headers : [value, ...headers];
  const fit = useDropdownFitStyles();
  return (
    <Field label={label} size="small" className={fit.field}>
      <Dropdown
        size="small"
        className={fit.dropdown}
        button={{ title: value, children: <span className={fit.text}>{value}</span> }}
        value={value}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, data) => data.optionValue !== undefined && onChange(data.optionValue)}
      >
        {options.map((header) => (
          <Option key={header} value={header}>
            {header}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
});
