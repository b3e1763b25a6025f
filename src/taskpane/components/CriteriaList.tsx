import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { memo, useCallback, useState } from "react";
import type { Criterion, Profile, Rule } from "../../core";
import { addCriterion, moveCriterion, removeCriterion, replaceCriterion, uniqueCriterionId } from "../editing/profileEdits";
import { useI18n } from "../i18n/context";
import { CriterionCard, type CriterionCardProps } from "./CriterionCard";
import { CriterionSummary } from "./CriterionSummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { minWidth: 0 },
  // The editor uses the pane's full width: the accordion's own side margins squeezed its fields at 320 px.
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalS },
});

export interface CriteriaListProps {
  profile: Profile;
  headers: readonly string[];
  suggest(column: string): Rule;
  edit(change: (profile: Profile) => Profile): void;
}

/** One criterion: its summary line, opening in place onto its editor. */
const CriterionItem = memo(function CriterionItem(props: CriterionCardProps & { totalWeight: number }) {
  const { totalWeight, ...card } = props;
  const styles = useStyles();
  return (
    <AccordionItem value={card.criterion.id}>
      <AccordionHeader size="small" expandIconPosition="end" className={styles.header}>
        <CriterionSummary criterion={card.criterion} totalWeight={totalWeight} />
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <CriterionCard {...card} />
      </AccordionPanel>
    </AccordionItem>
  );
});

/** The criteria of the shown profile, one line each, in order, with "Add criterion"; a line opens to edit. */
export function CriteriaList({ profile, headers, suggest, edit }: CriteriaListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<string[]>([]);
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
    const id = uniqueCriterionId(profile, column);
    edit((p) => addCriterion(p, { id: uniqueCriterionId(p, column), column, area: "client", weight: 1, rule: suggest(column) }));
    // The new criterion opens, ready to edit.
    setOpen((current) => [...current, id]);
  };
  const totalWeight = profile.criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <section className={styles.root} aria-label={t("criteria.heading")}>
      {profile.criteria.length === 0 && <Text>{t("criteria.none")}</Text>}
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems.map(String))}
      >
        {profile.criteria.map((criterion, index) => (
          <CriterionItem
            key={criterion.id}
            criterion={criterion}
            index={index}
            count={profile.criteria.length}
            headers={headers}
            suggest={suggest}
            totalWeight={totalWeight}
            onUpdate={onUpdate}
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
      </Accordion>
      <Button icon={<AddRegular />} onClick={add} disabled={headers.length === 0}>
        {t("criteria.add")}
      </Button>
    </section>
  );
}
