import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { findColumn, rateOneClient, readDate, readNumber, readText, type CellValue, type Criterion, type PortraitBasis } from "../../core";
import { useI18n } from "../i18n/context";
import { ChoiceDropdown } from "../components/ChoiceDropdown";
import { NumberField } from "../components/NumberField";

const MS_PER_DAY = 86_400_000;
/** Excel's day number of 1970-01-01 (1900 date system). */
const EXCEL_EPOCH_1970 = 25_569;
const DATE_FORMAT = "yyyy-mm-dd";

const useStyles = makeStyles({
  // Fluent's Dropdown asks for 250 px at least: at a 270 px pane it would stick out past the panel's padding.
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, "& .fui-Dropdown": { minWidth: 0, maxWidth: "100%" } },
  hint: { color: tokens.colorNeutralForeground2 },
  result: { fontVariantNumeric: "tabular-nums" },
});

export interface WhatIfProps {
  basis: PortraitBasis;
  /** The profile that rates this client (an index into basis.profiles). */
  profile: number;
  row: readonly CellValue[];
  numberFormats: readonly string[];
}

/** The criteria whose column the sheet has, one input per column. */
function editableCriteria(basis: PortraitBasis, profile: number): { criterion: Criterion; column: number }[] {
  const seen = new Set<number>();
  return basis.profiles[profile].criteria.flatMap((criterion) => {
    const column = findColumn(basis.table.headers, criterion.column);
    if (column < 0 || seen.has(column)) return [];
    seen.add(column);
    return [{ criterion, column }];
  });
}

/**
 * Change this client's values and see the score and grade it would get with the current profiles. Only the panel
 * changes: the sheet is never written. Quantile grades are read off the cut-offs of the last full rating.
 */
export function WhatIf({ basis, profile, row, numberFormats }: WhatIfProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const styles = useStyles();
  const [edits, setEdits] = useState<ReadonlyMap<number, { value: CellValue; format?: string }>>(new Map());
  const locale = basis.profiles[profile].locale ?? basis.options.locale;
  const asOfDay = Math.floor(basis.options.asOf.getTime() / MS_PER_DAY);
  const fields = useMemo(() => editableCriteria(basis, profile), [basis, profile]);

  const edited = useMemo(() => {
    if (edits.size === 0) return null;
    const cells = [...row];
    const formats = [...numberFormats];
    for (const [column, edit] of edits) {
      cells[column] = edit.value;
      if (edit.format) formats[column] = edit.format;
    }
    return rateOneClient(basis.table.headers, cells, basis.profiles, basis.options, basis.cutoffs, formats);
  }, [edits, row, numberFormats, basis]);

  const set = (column: number, value: CellValue, format?: string) => setEdits((previous) => new Map(previous).set(column, { value, format }));
  const current = (column: number) => (edits.has(column) ? edits.get(column)!.value : row[column]);

  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{t("portrait.whatIfHint")}</Caption1>
      {/* The outcome first: at Excel's pane height the fields below would push it out of view. */}
      <div aria-live="polite">
        {edited && (
          <Text weight="semibold" className={styles.result}>
            {edited.profile < 0 || edited.grade === ""
              ? t("portrait.noScore")
              : t("portrait.whatIfResult", { score: formatNumber(edited.score, 1), grade: edited.grade })}
          </Text>
        )}
      </div>
      {edited?.gradedByCutoffs && <Caption1 className={styles.hint}>{t("portrait.whatIfQuantile")}</Caption1>}
      {fields.map(({ criterion, column }) => {
        const header = basis.table.headers[column];
        const cell = current(column);
        const format = edits.get(column)?.format ?? numberFormats[column];
        const rule = criterion.rule;
        if (rule.type === "categories") {
          const text = readText(cell);
          const keys = Object.keys(rule.scores);
          const value = text.ok ? text.value : "";
          const choices = [...new Set([...(value !== "" ? [value] : []), ...keys])].map((key) => ({ value: key, text: key }));
          return <ChoiceDropdown key={column} label={header} choices={choices} value={value} onChange={(choice) => set(column, choice)} />;
        }
        if (rule.type === "recency") {
          const day = readDate(cell, format, locale);
          const daysAgo = day.ok ? asOfDay - day.value : rule.zeroDays;
          return (
            <NumberField
              key={column}
              label={t("portrait.daysAgo", { column: header })}
              value={daysAgo}
              step={1}
              onChange={(days) => set(column, asOfDay - days + EXCEL_EPOCH_1970, DATE_FORMAT)}
            />
          );
        }
        const number = readNumber(cell, locale, format);
        return <NumberField key={column} label={header} value={number.ok ? number.value : rule.min} onChange={(value) => set(column, value)} />;
      })}
      {edits.size > 0 && (
        <Button size="small" onClick={() => setEdits(new Map())}>
          {t("portrait.whatIfReset")}
        </Button>
      )}
    </div>
  );
}
