import { Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Scale } from "../../core";
import { MAX_LETTERS, MIN_LETTERS, gradesFor, kindOf, scaleWithGrades, scaleWithMode, type ScaleKind } from "../editing/scalePresets";
import { useI18n } from "../i18n/context";
import { ChoiceDropdown } from "./ChoiceDropdown";
import { NumberField } from "./NumberField";
import { memo } from "react";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** The grade scale (letters, 1-5, 1-10) and how clients are sorted into it: score thresholds or quotas. */
export const ScaleEditor = memo(function ScaleEditor({ scale, onChange }: { scale: Scale; onChange(scale: Scale): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const kind = kindOf(scale.grades);
  const last = scale.grades[scale.grades.length - 1];
  const boundaries = scale.grades.slice(0, -1);
  const setBoundary = (index: number, value: number) => {
    if (scale.mode === "quantiles") {
      const shares = [...(scale.shares ?? [])];
      shares[index] = value / 100;
      onChange({ ...scale, shares });
    } else {
      const cutoffs = [...(scale.cutoffs ?? [])];
      cutoffs[index] = value;
      onChange({ ...scale, cutoffs });
    }
  };
  return (
    <section className={styles.root} aria-label={t("scale.heading")}>
      <ChoiceDropdown<ScaleKind>
        label={t("scale.kind")}
        value={kind}
        choices={[
          { value: "letters", text: t("scale.letters") },
          { value: "fivePoint", text: t("scale.fivePoint") },
          { value: "tenPoint", text: t("scale.tenPoint") },
        ]}
        onChange={(next) => onChange(scaleWithGrades(scale, gradesFor(next)))}
      />
      {kind === "letters" && (
        <NumberField
          label={t("scale.letterCount")}
          value={scale.grades.length}
          min={MIN_LETTERS}
          max={MAX_LETTERS}
          step={1}
          onChange={(count) => {
            if (count >= MIN_LETTERS && count <= MAX_LETTERS && count !== scale.grades.length)
              onChange(scaleWithGrades(scale, gradesFor("letters", count)));
          }}
        />
      )}
      <Field label={t("scale.mode")} size="small">
        <RadioGroup
          value={scale.mode}
          onChange={(_, data) => onChange(scaleWithMode(scale, data.value as Scale["mode"]))}
        >
          <Radio value="thresholds" label={t("scale.thresholds")} />
          <Radio value="quantiles" label={t("scale.quantiles")} />
        </RadioGroup>
      </Field>
      {boundaries.map((grade, index) =>
        scale.mode === "quantiles" ? (
          <NumberField
            key={`share-${grade}`}
            label={t("scale.share", { grade })}
            value={Math.round((scale.shares?.[index] ?? 0) * 1000) / 10}
            min={0}
            max={100}
            onChange={(value) => setBoundary(index, value)}
          />
        ) : (
          <NumberField
            key={`cutoff-${grade}`}
            label={t("scale.cutoff", { grade })}
            value={scale.cutoffs?.[index] ?? 0}
            min={0}
            max={100}
            onChange={(value) => setBoundary(index, value)}
          />
        ),
      )}
      <Text size={200}>{t("scale.rest", { grade: last })}</Text>
    </section>
  );
});
