import { Badge, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  decisionWords,
  findColumn,
  flagWords,
  ownedColumnHeaders,
  paretoClassWords,
  type CellValue,
  type ClientPortrait as Portrait,
  type FlagReason,
  type PortraitBasis,
} from "../../core";
import { useI18n, type I18n } from "../i18n/context";
import { criterionValueText } from "./cellText";
import { CriterionBars } from "./CriterionBars";
import { ScoreHistory, type ScorePoint } from "./ScoreHistory";
import { WhatIf } from "./WhatIf";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  summary: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
});

export interface ClientPortraitProps {
  basis: PortraitBasis;
  portrait: Portrait;
  name: string;
  /** 1-based, as Excel numbers rows. */
  sheetRow: number;
  row: readonly CellValue[];
  numberFormats: readonly string[];
  /** The grade the sheet shows now ("" when none). */
  sheetGrade: string;
  history?: readonly ScorePoint[];
}

function flagText(reason: FlagReason, i18n: I18n): { name: string; why: string } {
  const { t, formatNumber, formatPercent, language } = i18n;
  const words = decisionWords(language).flags;
  const value = (n: number) => (Number.isFinite(n) ? formatNumber(n, 2) : "");
  switch (reason.flag) {
    case "effort":
      return {
        name: flagWords(language).costlyToServe,
        why: t("portrait.flag.effort", { column: reason.column, effortShare: formatPercent(reason.effortShare), valueShare: formatPercent(Math.max(0, reason.valueShare)), ratio: formatNumber(reason.ratio, 1) }),
      };
    case "discount":
    case "late":
      return { name: words[reason.flag], why: t("portrait.flag.limit", { column: reason.column, value: value(reason.value), above: value(reason.above) }) };
    case "loss":
      return { name: words.loss, why: t("portrait.flag.loss", { column: reason.column, value: value(reason.value) }) };
  }
}

/** One client as the profile sees it: grade, score, next step, where it stands, its flags and each criterion's points. */
export function ClientPortrait(props: ClientPortraitProps) {
  const { basis, portrait, name, row, numberFormats } = props;
  const i18n = useI18n();
  const { t, formatNumber, formatPercent, language } = i18n;
  const styles = useStyles();
  const headers = ownedColumnHeaders(language);
  const profile = basis.profiles[portrait.profile];
  const locale = profile.locale ?? basis.options.locale;
  const own = basis.profiles[0].nextStep?.names ?? {};
  const steps = { ...decisionWords(language).nextSteps, ...own };
  const bars = portrait.contributions.map((c) => {
    const criterion = profile.criteria.find((x) => x.id === c.id)!;
    const column = findColumn(basis.table.headers, c.column);
    const value = column < 0 ? "" : criterionValueText(row[column], criterion.rule, locale, numberFormats[column], i18n);
    return { ...c, value };
  });
  const pareto = portrait.pareto;
  const classes = paretoClassWords(language);

  return (
    <article className={styles.root} aria-label={name}>
      <div className={styles.title}>
        <Subtitle2 as="h3" className={mergeClasses(styles.heading, styles.name)}>
          {name}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t("portrait.row", { row: props.sheetRow })}</Caption1>
      </div>
      {portrait.grade === "" ? (
        <Text>{t("portrait.noScore")}</Text>
      ) : (
        <div className={styles.summary}>
          <Badge size="extra-large" appearance="filled" color="brand" aria-hidden="true">
            {portrait.grade}
          </Badge>
          <div className={styles.block}>
            <Text weight="semibold">
              {headers.grade}: {portrait.grade} · {headers.score}: {formatNumber(portrait.score, 1)}
            </Text>
            {portrait.nextStep && (
              <Text>
                {decisionWords(language).headers.nextStep}: {steps[portrait.nextStep]}
              </Text>
            )}
          </div>
        </div>
      )}
      {portrait.knockedOut && <Text>{t("portrait.knockedOut")}</Text>}
      {props.sheetGrade !== "" && portrait.grade !== "" && props.sheetGrade !== portrait.grade && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("portrait.sheetShows", { grade: props.sheetGrade })}</MessageBarBody>
        </MessageBar>
      )}
      {pareto && (
        <div className={styles.block}>
          <Text>
            {headers.paretoClass}: {pareto.vitalFew ? classes.vitalFew : classes.rest}
          </Text>
          <Caption1 className={styles.muted}>
            {t("portrait.pareto", { rank: formatNumber(pareto.rank, 0), count: formatNumber(pareto.of, 0), column: pareto.column, share: formatPercent(pareto.valueShare) })}
          </Caption1>
        </div>
      )}
      {portrait.flags.length > 0 && (
        <div className={styles.block}>
          <Text weight="semibold">{headers.flags}</Text>
          <ul className={styles.list}>
            {portrait.flags.map((reason) => {
              const { name: flag, why } = flagText(reason, i18n);
              return (
                <li key={reason.flag}>
                  <Text weight="semibold">{flag}</Text> <Text>{why}</Text>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {bars.length > 0 && (
        <div className={styles.block}>
          <Text weight="semibold">{t("portrait.criteria")}</Text>
          <CriterionBars bars={bars} label={t("portrait.criteria")} />
        </div>
      )}
      {props.history && <ScoreHistory history={props.history} />}
      <div className={styles.block}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t("portrait.whatIf")}
        </Subtitle2>
        <WhatIf basis={basis} profile={portrait.profile} row={row} numberFormats={numberFormats} />
      </div>
    </article>
  );
}
