import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import { memo, useCallback, useMemo } from "react";
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
  toolbar: { display: "flex", justifyContent: "flex-end", gap: tokens.spacingHorizontalXS },
});

export interface CriterionCardProps {
  criterion: Criterion;
  index: number;
  count: number;
  headers: readonly string[];
  /** A starting rule for a column, from the sheet's data. */
  suggest(column: string): Rule;
  /**
   * The callbacks take the card's index, so one stable function serves every card (see React.memo below);
   * an update maps the criterion as it is in the state, so the card's own setters need not change with it.
   */
  onUpdate(index: number, update: (criterion: Criterion) => Criterion): void;
  onMove(index: number, delta: -1 | 1): void;
  onRemove(index: number): void;
}

/**
 * One criterion's editor, opened from its summary line: column, area, rule and its parameters in plain words,
 * weight, knock-out, order.
 * Memoized: with 12 cards, re-rendering all of them on every key press was most of a weight change's time.
 */
export const CriterionCard = memo(function CriterionCard(props: CriterionCardProps) {
  const { criterion, index, count, headers, suggest, onUpdate } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const n = index + 1;
  const ruleChoices = useMemo(() => RULE_TYPES.map((type) => ({ value: type, text: t(`rule.${type}`) })), [t]);
  const areaChoices = useMemo(
    () => [
      { value: "client" as const, text: t("criterion.area.client") },
      { value: "fit" as const, text: t("criterion.area.fit") },
    ],
    [t],
  );
  const missingChoices = useMemo(
    () => [
      { value: "zero" as const, text: t("criterion.missing.zero") },
      { value: "ignore" as const, text: t("criterion.missing.ignore") },
    ],
    [t],
  );
  // Setters that keep their identity while the criterion changes, so moving the weight re-renders the
  // slider and the sentence, not every dropdown of the card.
  const setColumn = useCallback(
    (column: string) => onUpdate(index, (c) => ({ ...c, column, rule: suggest(column) })),
    [onUpdate, index, suggest],
  );
  const setArea = useCallback((area: Criterion["area"]) => onUpdate(index, (c) => ({ ...c, area })), [onUpdate, index]);
  const setRuleType = useCallback(
    (type: Rule["type"]) =>
      onUpdate(index, (c) => {
        if (type === c.rule.type) return c;
        const suggested = suggest(c.column);
        return { ...c, rule: suggested.type === type ? suggested : ruleOfType(type, c.rule) };
      }),
    [onUpdate, index, suggest],
  );
  const setRule = useCallback((rule: Rule) => onUpdate(index, (c) => ({ ...c, rule })), [onUpdate, index]);
  const setWeight = useCallback((weight: number) => onUpdate(index, (c) => ({ ...c, weight })), [onUpdate, index]);
  const setKnockout = useCallback(
    (knockout: Criterion["knockout"]) =>
      onUpdate(index, (c) => {
        const next = { ...c, knockout };
        if (!knockout) delete next.knockout;
        return next;
      }),
    [onUpdate, index],
  );
  const setMissing = useCallback(
    (missing: NonNullable<Criterion["missing"]>) => onUpdate(index, (c) => ({ ...c, missing })),
    [onUpdate, index],
  );
  return (
    <Card className={styles.card} role="group" aria-label={t("criterion.label", { n, column: criterion.column })}>
      <div className={styles.toolbar}>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowUpRegular />}
          aria-label={t("criterion.moveUp", { n })}
          disabled={index === 0}
          onClick={() => props.onMove(index, -1)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowDownRegular />}
          aria-label={t("criterion.moveDown", { n })}
          disabled={index === count - 1}
          onClick={() => props.onMove(index, 1)}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={t("criterion.remove", { n })}
          onClick={() => props.onRemove(index)}
        />
      </div>
      <ColumnDropdown
        label={t("criterion.column")}
        headers={headers}
        value={criterion.column}
        onChange={setColumn}
      />
      <ChoiceDropdown label={t("criterion.area")} value={criterion.area} choices={areaChoices} onChange={setArea} />
      <ChoiceDropdown label={t("criterion.ruleType")} value={criterion.rule.type} choices={ruleChoices} onChange={setRuleType} />
      <RuleParams rule={criterion.rule} onChange={setRule} />
      <Text size={200} className={styles.sentence}>
        {ruleSentence(criterion, i18n)}
        {criterion.knockout && ` ${t("rule.sentence.knockout", { below: i18n.formatNumber(criterion.knockout.below) })}`}
      </Text>
      <WeightSlider value={criterion.weight} onChange={setWeight} />
      <KnockoutField knockout={criterion.knockout} onChange={setKnockout} />
      <ChoiceDropdown label={t("criterion.missing")} value={criterion.missing ?? "zero"} choices={missingChoices} onChange={setMissing} />
    </Card>
  );
});
