import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useState } from "react";
import type { Profile, SuggestFailure, Suggestion } from "../../core";
import type { SuggestionState } from "../hooks/useSuggestion";
import { useI18n } from "../i18n/context";
import type { Translate } from "../i18n";
import { ColumnDropdown } from "./ColumnDropdown";
import { GradeMoves } from "./GradeMoves";
import { SuggestedWeightsTable } from "./SuggestedWeightsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fit: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  // Fluent's Dropdown keeps 250 px at least, more than a 270 px pane has inside.
  outcome: { "& .fui-Dropdown": { minWidth: 0 } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface SuggestWeightsProps {
  /** The profile shown in the panel: the one whose weights are suggested. */
  profile: Profile;
  headers: readonly string[];
  /** The column offered first: the Pareto value (e.g. Profit). */
  defaultOutcome: string;
  suggestion: SuggestionState & { run(outcome: string): void };
  /** Sets the weights by criterion id, as moving the sliders would. */
  onApply(weights: Record<string, number>): void;
}

const isApplied = (profile: Profile, suggestion: Suggestion) =>
  profile.criteria.length === suggestion.weights.length &&
  suggestion.weights.every((w, j) => profile.criteria[j].id === w.id && profile.criteria[j].weight === w.suggested);

/** "Suggest weights": weights worked out from the data for an outcome column, side by side with the current ones; applied only on click. */
export const SuggestWeights = memo(function SuggestWeights({ profile, headers, defaultOutcome, suggestion, onApply }: SuggestWeightsProps) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const [outcome, setOutcome] = useState(defaultOutcome || headers[0] || "");
  const result = suggestion.outcome?.suggestion;
  const suggested = result?.ok ? result : null;
  const applied = suggested !== null && isApplied(profile, suggested);
  const stale = suggested !== null && !applied && suggestion.madeFor !== profile;
  const correlation = (value: number) => (Number.isFinite(value) ? formatNumber(value, 2) : "–");

  return (
    <section className={styles.root} aria-label={t("suggest.heading")} aria-busy={suggestion.running}>
      <Text>{t("suggest.intro")}</Text>
      <div className={styles.outcome}>
        <ColumnDropdown label={t("suggest.outcome")} headers={headers} value={outcome} onChange={setOutcome} />
      </div>
      <div className={styles.actions}>
        <Button disabled={suggestion.running || outcome === ""} onClick={() => suggestion.run(outcome)}>
          {t("suggest.run")}
        </Button>
        {suggestion.running && <Spinner size="tiny" label={t("suggest.running")} />}
      </div>
      {suggestion.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("error.internal", { detail: suggestion.error })}</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{failureText(result, t, formatNumber)}</MessageBarBody>
        </MessageBar>
      )}
      {suggested && (
        <>
          <SuggestedWeightsTable suggestion={suggested} />
          <Text>{t("suggest.fit", { column: suggested.outcome, count: formatNumber(suggested.clients.heldOut, 0) })}</Text>
          <dl className={styles.fit}>
            <div>
              <dt className={styles.term}>{t("suggest.now")}</dt>
              <dd className={styles.value} data-testid="fit-now">
                {correlation(suggested.current.heldOut)}
              </dd>
            </div>
            <div>
              <dt className={styles.term}>{t("suggest.suggested")}</dt>
              <dd className={styles.value} data-testid="fit-suggested">
                {correlation(suggested.suggested.heldOut)}
              </dd>
            </div>
          </dl>
          {!suggested.improved && <Text>{t("suggest.notBetter")}</Text>}
          {suggestion.outcome?.moves && (
            <>
              <Text weight="semibold">{t("suggest.moves")}</Text>
              <GradeMoves migration={suggestion.outcome.moves} />
            </>
          )}
          {stale ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("suggest.stale")}</MessageBarBody>
            </MessageBar>
          ) : applied ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t("suggest.applied")}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => onApply(Object.fromEntries(suggested.weights.map((w) => [w.id, w.suggested])))}>
                {t("suggest.apply")}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
});

/** The refusal in the panel's words, its counts in the user's number format. */
function failureText(failure: SuggestFailure, t: Translate, formatNumber: (value: number, digits?: number) => string): string {
  const params = Object.fromEntries(
    Object.entries(failure.params).map(([name, value]) => [name, typeof value === "number" ? formatNumber(value, 0) : value]),
  );
  return t(`suggest.error.${failure.code}`, params);
}
