import { Divider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { Locale, Profile } from "../../core";
import { buildDefaultProfile, isIsoDay, ratingDateOf } from "../../core";
import { emptyProfile } from "../editing/emptyProfile";
import { addCriterion, uniqueCriterionId, unuseColumn } from "../editing/profileEdits";
import { describeError } from "../editing/describeError";
import { suggestRule } from "../editing/suggestRule";
import type { PanelHost } from "../host";
import { useInitialProfiles } from "../hooks/useInitialProfiles";
import { useMessages } from "../hooks/useMessages";
import { usePreview } from "../hooks/usePreview";
import { useProfiles } from "../hooks/useProfiles";
import { useRating } from "../hooks/useRating";
import { useStableCallback } from "../hooks/useStableCallback";
import { useWorkbookSheet } from "../hooks/useWorkbookSheet";
import { useI18n } from "../i18n/context";
import { ColumnMapping } from "./ColumnMapping";
import { CriteriaList } from "./CriteriaList";
import { ImportExport } from "./ImportExport";
import { MessageList } from "./MessageList";
import { PreviewPanel } from "./PreviewPanel";
import { ProfileTabs } from "./ProfileTabs";
import { RatingDateField } from "./RatingDateField";
import { RateActions } from "./RateActions";
import { ScaleEditor } from "./ScaleEditor";
import { StickyDistribution } from "./StickyDistribution";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

/** YYYY-MM-DD of the UTC calendar day: the day core rates by. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The side panel: read the sheet, edit the profiles, preview, rate. */
export function Panel({ host }: { host: PanelHost }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const styles = useStyles();
  const messages = useMessages();
  const workbook = useWorkbookSheet(host);
  const profiles = useProfiles();
  const { sheet } = workbook;
  const locale: Locale = profiles.current?.locale ?? i18n.language;

  useInitialProfiles(host, sheet, workbook.stored, locale, profiles, messages, i18n);

  // The first profile's ratingDate is the one rateWorkbook uses; the control writes it into every profile.
  const ratingDate = profiles.profiles[0]?.ratingDate;
  const now = useMemo(() => host.now(), [host]);
  const asOf = useMemo(() => (ratingDate && isIsoDay(ratingDate) ? ratingDateOf(ratingDate) : now), [ratingDate, now]);
  const options = useMemo(() => ({ asOf, locale }), [asOf, locale]);
  const preview = usePreview(sheet, profiles.profiles, options);
  // A fixed date travels in the profiles and rateWorkbook takes it from there; otherwise "today" is the host's.
  const rating = useRating(host, i18n, messages, {
    sheetName: sheet?.sheetName,
    locale,
    asOf: ratingDate ? undefined : now,
    onWritten: workbook.reload,
  });

  const headers = useMemo(
    () => (sheet ? sheet.table.headers.filter((h) => h.trim() !== "" && !sheet.ownedColumns.includes(h)) : []),
    [sheet],
  );
  const suggest = useCallback(
    (column: string) => suggestRule(sheet?.table ?? { headers: [], rows: [] }, column, locale),
    [sheet, locale],
  );
  const { edit, editAll } = profiles;
  // Stable handlers, so the memoized sections below render only when their own data changes.
  const setRatingDate = useStableCallback((date: string | undefined) =>
    editAll(({ ratingDate: _dropped, ...rest }) => (date === undefined ? rest : { ...rest, ratingDate: date })),
  );
  const mapColumn = useStableCallback((column: string) =>
    edit((p) => addCriterion(p, { id: uniqueCriterionId(p, column), column, area: "client", weight: 1, rule: suggest(column) })),
  );
  const unmapColumn = useCallback((column: string) => edit((p) => unuseColumn(p, column)), [edit]);
  const setScale = useCallback((scale: Profile["scale"]) => edit((p) => ({ ...p, scale })), [edit]);
  const addProfile = useStableCallback(() => {
    const name = t("profiles.newName", { n: profiles.profiles.length + 1 });
    let base: Profile;
    try {
      base = sheet ? buildDefaultProfile(sheet.table, locale) : emptyProfile(name);
    } catch {
      base = emptyProfile(name);
    }
    profiles.add({ ...base, name, ...(ratingDate !== undefined ? { ratingDate } : {}) });
  });
  const rate = useStableCallback(() => void rating.rate(profiles.profiles));
  const removeRatings = useStableCallback(() => void rating.remove());

  return (
    <main className={styles.root} aria-label={t("app.title")}>
      <StickyDistribution result={preview.result} />
      <MessageList messages={messages.messages} onDismiss={messages.dismiss} />
      {workbook.loading && <Spinner size="small" label={t("app.loading")} />}
      {workbook.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(workbook.error, t, i18n)}</MessageBarBody>
        </MessageBar>
      )}
      {sheet && (
        <Text>{t("app.sheet", { sheet: sheet.sheetName, count: formatNumber(sheet.table.rows.length, 0) })}</Text>
      )}
      {sheet && profiles.current && (
        <>
          <ProfileTabs
            profiles={profiles.profiles}
            active={profiles.active}
            generation={profiles.generation}
            headers={headers}
            onSelect={profiles.select}
            onAdd={addProfile}
            onRemove={profiles.remove}
            edit={edit}
          />
          <ColumnMapping headers={headers} profile={profiles.current} onUse={mapColumn} onUnuse={unmapColumn} />
          <CriteriaList profile={profiles.current} headers={headers} suggest={suggest} edit={edit} />
          <ScaleEditor scale={profiles.current.scale} onChange={setScale} />
          <RatingDateField value={ratingDate} today={isoDay(now)} onChange={setRatingDate} />
          <Divider />
          <PreviewPanel preview={preview} />
          <Divider />
          <RateActions
            busy={rating.busy}
            canRate={preview.issues.length === 0}
            progress={rating.progress}
            onRate={rate}
            onRemove={removeRatings}
          />
          <ImportExport profiles={profiles.profiles} onImport={profiles.replace} messages={messages} />
        </>
      )}
    </main>
  );
}
