import { Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Criterion, Rule } from "../../core";
import { RULE_TYPES } from "../../core";
import { ruleOfType } from "../editing/suggestRule";
import { ruleSentence } from "../editing/ruleSentence";
import { useI18n } from "../i18n/context";
import { ChoiceDropdown } from "./ChoiceDropdown";
import { ColumnDropdown } from "./ColumnDropdown";
import { KnockoutField } from "./KnockoutField";
import { RuleParams } from "./RuleParams";
import { WeightSlider } from "./WeightSlider";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sentence: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalXS },
});

export interface CriterionCardProps {
  criterion: Criterion;
  index: number;
  count: number;
  headers: readonly string[];
  /** A starting rule for a column, from the sheet's data. */
  suggest(column: string): Rule;
  onChange(criterion: Criterion): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

/** One criterion: column, area, rule and its parameters in plain words, weight, knock-out, order. */
export function CriterionCard(props: CriterionCardProps) {
  const { criterion, index, count, headers, suggest, onChange } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const n = index + 1;
  const ruleChoices = RULE_TYPES.map((type) => ({ value: type, text: t(`rule.${type}`) }));
  const changeRuleType = (type: Rule["type"]) => {
    if (type === criterion.rule.type) return;
    const suggested = suggest(criterion.column);
    onChange({ ...criterion, rule: suggested.type === type ? suggested : ruleOfType(type, criterion.rule) });
  };
  return (
    <Card className={styles.card} role="group" aria-label={t("criterion.label", { n, column: criterion.column })}>
      <CardHeader
        header={<Text weight="semibold">{t("criterion.label", { n, column: criterion.column })}</Text>}
        action={
          <div className={styles.toolbar}>
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUpRegular />}
              aria-label={t("criterion.moveUp", { n })}
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowDownRegular />}
              aria-label={t("criterion.moveDown", { n })}
              disabled={index === count - 1}
              onClick={() => props.onMove(1)}
            />
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t("criterion.remove", { n })}
              onClick={props.onRemove}
            />
          </div>
        }
      />
      <ColumnDropdown
        label={t("criterion.column")}
        headers={headers}
        value={criterion.column}
        onChange={(column) => onChange({ ...criterion, column, rule: suggest(column) })}
      />
      <ChoiceDropdown
        label={t("criterion.area")}
        value={criterion.area}
        choices={[
          { value: "client", text: t("criterion.area.client") },
          { value: "fit", text: t("criterion.area.fit") },
        ]}
        onChange={(area) => onChange({ ...criterion, area })}
      />
      <ChoiceDropdown label={t("criterion.ruleType")} value={criterion.rule.type} choices={ruleChoices} onChange={changeRuleType} />
      <RuleParams rule={criterion.rule} onChange={(rule) => onChange({ ...criterion, rule })} />
      <Text size={200} className={styles.sentence}>
        {ruleSentence(criterion, i18n)}
        {criterion.knockout && ` ${t("rule.sentence.knockout", { below: i18n.formatNumber(criterion.knockout.below) })}`}
      </Text>
      <WeightSlider value={criterion.weight} onChange={(weight) => onChange({ ...criterion, weight })} />
      <KnockoutField
        knockout={criterion.knockout}
        onChange={(knockout) => {
          const next = { ...criterion, knockout };
          if (!knockout) delete next.knockout;
          onChange(next);
        }}
      />
      <ChoiceDropdown
        label={t("criterion.missing")}
        value={criterion.missing ?? "zero"}
        choices={[
          { value: "zero", text: t("criterion.missing.zero") },
          { value: "ignore", text: t("criterion.missing.ignore") },
        ]}
        onChange={(missing) => onChange({ ...criterion, missing })}
      />
    </Card>
  );
}
