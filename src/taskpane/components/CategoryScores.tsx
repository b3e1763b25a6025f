import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Rule } from "../../core";
import { useI18n } from "../i18n/context";
import { NumberField } from "./NumberField";

type CategoriesRule = Extract<Rule, { type: "categories" }>;

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  // minWidth 0: a text box keeps its default width otherwise, and "Add value" beside it ran past a 270 px pane.
  grow: { flexGrow: 1, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

/** The score of each category value, the score of anything else, and adding or removing values. */
export function CategoryScores({ rule, onChange }: { rule: CategoriesRule; onChange(rule: CategoriesRule): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [draft, setDraft] = useState("");
  const setScore = (category: string, score: number) => onChange({ ...rule, scores: { ...rule.scores, [category]: score } });
  const removeCategory = (category: string) => {
    const scores = { ...rule.scores };
    delete scores[category];
    onChange({ ...rule, scores });
  };
  const addCategory = () => {
    const name = draft.trim();
    if (name === "" || name in rule.scores) return;
    setScore(name, 50);
    setDraft("");
  };
  return (
    <>
      {Object.entries(rule.scores).map(([category, score]) => (
        <div key={category} className={styles.row}>
          <div className={styles.grow}>
            <NumberField
              label={t("rule.categoryScore", { category })}
              value={score}
              min={0}
              max={100}
              onChange={(value) => setScore(category, value)}
            />
          </div>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t("rule.removeCategory", { category })}
            onClick={() => removeCategory(category)}
          />
        </div>
      ))}
      <div className={styles.row}>
        <Field label={t("rule.category")} size="small" className={styles.grow}>
          <Input
            size="small"
            className={styles.input}
            value={draft}
            onChange={(_, data) => setDraft(data.value)}
            onKeyDown={(event) => event.key === "Enter" && addCategory()}
          />
        </Field>
        <Button size="small" onClick={addCategory} disabled={draft.trim() === ""}>
          {t("rule.addCategory")}
        </Button>
      </div>
      <NumberField
        label={t("rule.otherwise")}
        value={rule.otherwise ?? 0}
        min={0}
        max={100}
        onChange={(otherwise) => onChange({ ...rule, otherwise })}
      />
    </>
  );
}
