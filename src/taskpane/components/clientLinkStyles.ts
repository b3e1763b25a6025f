import { makeStyles, tokens } from "@fluentui/react-components";

/** A client's line in the panel's lists (next steps, movers): a link-coloured name that selects the row, then its figures. */
export const useClientLinkStyles = makeStyles({
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, minWidth: 0 },
  // The name takes what the figures leave; a long one ends in an ellipsis, the full name is its title.
  name: {
    flexGrow: 1,
    flexShrink: 1,
    minWidth: 0,
    maxWidth: "100%",
    justifyContent: "flex-start",
    paddingInline: 0,
    minHeight: "auto",
    fontWeight: tokens.fontWeightRegular,
    // Link-coloured: it reads as something to tap, not as plain text.
    color: tokens.colorBrandForegroundLink,
    textAlign: "start",
  },
  nameText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block" },
  figures: { flexShrink: 0, color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
});
