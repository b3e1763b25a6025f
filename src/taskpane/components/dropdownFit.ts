import { makeStyles } from "@fluentui/react-components";

/**
 * Dropdowns that fit the pane: Fluent's Dropdown asks for 250 px at least, more than a 270 px pane (Excel on Mac)
 * has inside its padding. They take the width they are given, and a long choice ends in an ellipsis (whole in
 * the button's title).
 */
export const useDropdownFitStyles = makeStyles({
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  text: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});
