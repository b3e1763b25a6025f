import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GradeMigration } from "../preview";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  summary: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  cell: { fontVariantNumeric: "tabular-nums" },
});

/** How many clients move up, stay or move down against the grades in the sheet, and grade x grade counts. */
export function MigrationTable(props: { migration: GradeMigration | null; unavailable: boolean; labels: readonly string[] }) {
  const { migration, unavailable, labels } = props;
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  if (!migration) return <Text>{unavailable ? t("preview.migrationUnavailable") : t("preview.noExisting")}</Text>;
  const n = (value: number) => formatNumber(value, 0);
  return (
    <>
      <dl className={styles.summary}>
        {(
          [
            ["preview.movedUp", migration.up, "up"],
            ["preview.same", migration.same, "same"],
            ["preview.movedDown", migration.down, "down"],
            ["preview.notComparable", migration.notComparable, "other"],
          ] as const
        ).map(([key, value, testId]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd data-testid={`migration-${testId}`}>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <Table size="extra-small" aria-label={t("preview.migration")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("preview.fromTo")}</TableHeaderCell>
            {labels.map((label) => (
              <TableHeaderCell key={label}>{label}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {migration.fromLabels.map((from, row) => (
            <TableRow key={from}>
              <TableHeaderCell>{from}</TableHeaderCell>
              {labels.map((label, column) => (
                <TableCell key={label} className={styles.cell}>
                  {n(migration.matrix[row]?.[column] ?? 0)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
