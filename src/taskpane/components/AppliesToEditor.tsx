import { Checkbox, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core";
import { useI18n } from "../i18n/context";
import { ColumnDropdown } from "./ColumnDropdown";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });

type AppliesTo = NonNullable<Profile["appliesTo"]>;

const splitValues = (text: string) =>
  text
    .split(",")
    .map((value) => value.trim())
    .filter((value) => value !== "");

/** "Applies to rows where a column is one of some values", or to the rows no other profile claims. */
export function AppliesToEditor(props: { appliesTo: AppliesTo | undefined; headers: readonly string[]; onChange(a: AppliesTo | undefined): void }) {
  const { appliesTo, headers, onChange } = props;
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Checkbox
        label={t("profiles.appliesTo")}
        checked={appliesTo !== undefined}
        onChange={(_, data) => onChange(data.checked ? { column: headers[0] ?? "", values: [] } : undefined)}
      />
      {appliesTo && (
        <>
          <ColumnDropdown
            label={t("profiles.appliesColumn")}
            headers={headers}
            value={appliesTo.column}
            onChange={(column) => onChange({ ...appliesTo, column })}
          />
          <Field label={t("profiles.appliesValues")} size="small">
            <Input
              size="small"
              defaultValue={appliesTo.values.join(", ")}
              onChange={(_, data) => onChange({ ...appliesTo, values: splitValues(data.value) })}
            />
          </Field>
        </>
      )}
      <Text size={200}>
        {appliesTo
          ? t("profiles.appliesSentence", { column: appliesTo.column, values: appliesTo.values.join(", ") })
          : t("profiles.appliesRest")}
      </Text>
    </div>
  );
}
