import type { Rule } from "../../core";
import type { MessageKey } from "../i18n";
import { useI18n } from "../i18n/context";
import { CategoryScores } from "./CategoryScores";
import { NumberField } from "./NumberField";
import { memo } from "react";

const NUMBER_FIELDS: Record<Exclude<Rule["type"], "categories">, readonly string[]> = {
  higher: ["min", "max"],
  lower: ["min", "max"],
  range: ["min", "idealLow", "idealHigh", "max"],
  recency: ["fullDays", "zeroDays"],
};

/** The parameters of one rule, one labelled number field each (categories: a score per value). */
export const RuleParams = memo(function RuleParams({ rule, onChange }: { rule: Rule; onChange(rule: Rule): void }) {
  const { t } = useI18n();
  if (rule.type === "categories") return <CategoryScores rule={rule} onChange={onChange} />;
  const values = rule as unknown as Record<string, number>;
  return (
    <>
      {NUMBER_FIELDS[rule.type].map((field) => (
        <NumberField
          key={field}
          label={t(`rule.${field}` as MessageKey)}
          value={values[field]}
          onChange={(value) => onChange({ ...rule, [field]: value } as Rule)}
        />
      ))}
    </>
  );
});
