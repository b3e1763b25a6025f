import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, SubtractRegular } from "@fluentui/react-icons";
import type { Profile } from "../../core";
import { useI18n } from "../i18n/context";
import { memo } from "react";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  header: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  // The header gives way to a long name, never the badge: squeezed, "Criterion 8" broke onto a second line in 270 px.
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

export interface ColumnMappingProps {
  headers: readonly string[];
  profile: Profile;
  onUse(header: string): void;
  onUnuse(header: string): void;
}

/** Only the criteria's columns show here: a weight or rule edit leaves the list as it was. */
function sameColumnMapping(a: ColumnMappingProps, b: ColumnMappingProps): boolean {
  if (a.headers !== b.headers || a.onUse !== b.onUse || a.onUnuse !== b.onUnuse) return false;
  const x = a.profile.criteria;
  const y = b.profile.criteria;
  return x === y || (x.length === y.length && x.every((c, i) => c.column === y[i].column));
}

/** Every column of the sheet: which criterion reads it, or unused; a button maps or unmaps it. */
export const ColumnMapping = memo(function ColumnMapping({ headers, profile, onUse, onUnuse }: ColumnMappingProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-label={t("columns.heading")}>
      <ul className={styles.list}>
        {headers.map((header) => {
          // Card numbers ("Criterion 3"), as the criterion cards below are headed; ids are not shown anywhere else.
          const criteria = profile.criteria.flatMap((c, i) => (c.column === header ? [String(i + 1)] : []));
          const used = criteria.length > 0;
          return (
            <li key={header} className={styles.row}>
              <Text className={styles.header} title={header}>
                {header}
              </Text>
              <Badge className={styles.badge} appearance={used ? "filled" : "outline"} color={used ? "brand" : "informative"}>
                {used ? t("columns.usedBy", { criteria: criteria.join(", ") }) : t("columns.unused")}
              </Badge>
              <Button
                size="small"
                appearance="subtle"
                aria-label={used ? t("columns.unuse", { header }) : t("columns.use", { header })}
                icon={used ? <SubtractRegular /> : <AddRegular />}
                onClick={() => (used ? onUnuse(header) : onUse(header))}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}, sameColumnMapping);
