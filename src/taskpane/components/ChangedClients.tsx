import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowRightRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { GradeMigration } from "../preview";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "14em", overflowY: "auto" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  up: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  down: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  other: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
});

/** The clients whose grade would change, by name, old grade to new (the first 50), and how many more. */
export function ChangedClients({ migration }: { migration: GradeMigration }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  if (migration.changed === 0) return <Text>{t("preview.noChanges")}</Text>;
  const more = migration.changed - migration.changes.length;
  return (
    <>
      <Text weight="semibold" id={headingId}>
        {t("preview.changedHeading", { count: formatNumber(migration.changed, 0) })}
      </Text>
      {/* A scrolling list must be reachable by keyboard to be read: hence the tab stop. */}
      <ul className={styles.list} aria-labelledby={headingId} tabIndex={0} data-testid="changed-clients">
        {migration.changes.map((change, index) => (
          <li key={index} className={styles.item}>
            <span aria-hidden>
              {change.direction === "up" ? (
                <ArrowUpRegular className={styles.up} />
              ) : change.direction === "down" ? (
                <ArrowDownRegular className={styles.down} />
              ) : (
                <ArrowRightRegular className={styles.other} />
              )}
            </span>
            <span className={styles.name}>
              {t("preview.change", { client: change.client || t("preview.noName"), from: change.from, to: change.to || "–" })}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <Text>{t("preview.moreChanged", { count: formatNumber(more, 0) })}</Text>}
    </>
  );
}
