import { makeStyles, tokens } from "@fluentui/react-components";
import type { GradeMigration } from "../preview";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  summary: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

/** How many clients would move up, stay, move down, or cannot be compared, against the grades in the sheet. */
export function GradeMoves({ migration }: { migration: GradeMigration }) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const items = [
    ["preview.movedUp", migration.up, "up"],
    ["preview.movedDown", migration.down, "down"],
    ["preview.same", migration.same, "same"],
    ["preview.notComparable", migration.notComparable, "other"],
  ] as const;
  return (
    <dl className={styles.summary}>
      {items.map(([key, value, testId]) => (
        <div key={key}>
          <dt className={styles.term}>{t(key)}</dt>
          <dd className={styles.value} data-testid={`migration-${testId}`}>
            {formatNumber(value, 0)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
