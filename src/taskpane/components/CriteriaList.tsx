import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { Profile, Rule } from "../../core";
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
          onChange={(next) => edit((p) => replaceCriterion(p, index, next))}
          onMove={(delta) => edit((p) => moveCriterion(p, index, delta))}
          onRemove={() => edit((p) => removeCriterion(p, index))}
        />
      ))}
      <Button icon={<AddRegular />} onClick={add} disabled={headers.length === 0}>
        {t("criteria.add")}
      </Button>
    </section>
  );
}
