import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { Criterion, Profile, Rule } from "../../core";
import { addCriterion, moveCriterion, removeCriterion, replaceCriterion, uniqueCriterionId } from "../editing/profileEdits";
import { useI18n } from "../i18n/context";
import { CriterionCard } from "./CriterionCard";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export interface CriteriaListProps {
  profile: Profile;
  headers: readonly string[];
  suggest(column: string): Rule;
  edit(change: (profile: Profile) => Profile): void;
}

/** The criteria of the shown profile as cards, in order, with "Add criterion". */
export function CriteriaList({ profile, headers, suggest, edit }: CriteriaListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  // One set of callbacks for every card, taking the card's index, so a memoized card whose criterion
  // did not change skips rendering when another card's weight moves.
  const onUpdate = useCallback(
    (index: number, update: (criterion: Criterion) => Criterion) =>
      edit((p) => {
        const before = p.criteria[index];
        const after = before && update(before);
        return after === undefined || after === before ? p : replaceCriterion(p, index, after);
      }),
    [edit],
  );
  const onMove = useCallback((index: number, delta: -1 | 1) => edit((p) => moveCriterion(p, index, delta)), [edit]);
  const onRemove = useCallback((index: number) => edit((p) => removeCriterion(p, index)), [edit]);
  const add = () => {
    const used = new Set(profile.criteria.map((c) => c.column));
    const column = headers.find((header) => !used.has(header)) ?? headers[0] ?? "";
    edit((p) =>
      addCriterion(p, { id: uniqueCriterionId(p, column), column, area: "client", weight: 1, rule: suggest(column) }),
    );
  };
  return (
    <section className={styles.root} aria-label={t("criteria.heading")}>
      <Subtitle2 as="h2">{t("criteria.heading")}</Subtitle2>
      {profile.criteria.length === 0 && <Text>{t("criteria.none")}</Text>}
      {profile.criteria.map((criterion, index) => (
        <CriterionCard
          key={criterion.id}
          criterion={criterion}
          index={index}
          count={profile.criteria.length}
          headers={headers}
          suggest={suggest}
          onUpdate={onUpdate}
          onMove={onMove}
          onRemove={onRemove}
        />
      ))}
      <Button icon={<AddRegular />} onClick={add} disabled={headers.length === 0}>
        {t("criteria.add")}
      </Button>
    </section>
  );
}
