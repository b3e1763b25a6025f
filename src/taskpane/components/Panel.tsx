import { Accordion, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Locale, Profile } from "../../core";
import { buildDefaultProfile, isIsoDay, ratingDateOf } from "../../core";
import { emptyProfile } from "../editing/emptyProfile";
import { addCriterion, uniqueCriterionId, unuseColumn } from "../editing/profileEdits";
import { describeError } from "../editing/describeError";
import { describeIssue } from "../editing/describeIssue";
import { suggestRule } from "../editing/suggestRule";
import type { PanelHost } from "../host";
import { useInitialProfiles } from "../hooks/useInitialProfiles";
import { useMessages } from "../hooks/useMessages";
import { useOpenSections } from "../hooks/useOpenSections";
import { usePreview } from "../hooks/usePreview";
import { useProfiles } from "../hooks/useProfiles";
import { useRating } from "../hooks/useRating";
import { useStableCallback } from "../hooks/useStableCallback";
import { useSuggestion } from "../hooks/useSuggestion";
import { useWorkbookSheet } from "../hooks/useWorkbookSheet";
import { useI18n } from "../i18n/context";
import { readClientHistory } from "../lazy/clientHistory";
import { ClientSection } from "../portrait/ClientSection";
import { ColumnMapping } from "./ColumnMapping";
import { CriteriaList } from "./CriteriaList";
import { ImportExport } from "./ImportExport";
import { PanelSection } from "./PanelSection";
import { PreviewPanel } from "./PreviewPanel";
import { ProfileTabs } from "./ProfileTabs";
import { RatingDateField } from "./RatingDateField";
import { ScaleEditor } from "./ScaleEditor";
import { SuggestWeights } from "./SuggestWeights";
import { TaskArea } from "./TaskArea";
import { ClientListAction } from "./ClientListAction";

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
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Open until the user closes them: the selected client, what changes and the criteria that change it. */
const DEFAULT_OPEN = ["client", "preview", "criteria"];

/** YYYY-MM-DD of the UTC calendar day: the day core rates by. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const sameProfiles = (a: readonly Profile[], b: readonly Profile[]) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The side panel: the task first (sheet, Rate clients, outcome), then the preview and the profile in sections. */
export function Panel({ host }: { host: PanelHost }) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const messages = useMessages();
  const workbook = useWorkbookSheet(host);
  const profiles = useProfiles();
  const sections = useOpenSections(host.storage, DEFAULT_OPEN);
  const { sheet } = workbook;
  const locale: Locale = profiles.current?.locale ?? i18n.language;

  useInitialProfiles(host, sheet, workbook.stored, locale, profiles, messages, i18n);

  // The profiles that made the grades now in the sheet: the stored ones while the sheet holds a rating.
  const [applied, setApplied] = useState<Profile[] | null>(null);
  const hasGrades = (sheet?.ownedColumns.length ?? 0) > 0;
  useEffect(() => {
    if (workbook.stored?.status === "ok" && workbook.stored.profiles) setApplied(workbook.stored.profiles);
  }, [workbook.stored]);
  const notApplied = useMemo(
    () => hasGrades && applied !== null && profiles.profiles.length > 0 && !sameProfiles(applied, profiles.profiles),
    [hasGrades, applied, profiles.profiles],
  );

  // The first profile's ratingDate is the one rateWorkbook uses; the control writes it into every profile.
  const ratingDate = profiles.profiles[0]?.ratingDate;
  const now = useMemo(() => host.now(), [host]);
  const asOf = useMemo(() => (ratingDate && isIsoDay(ratingDate) ? ratingDateOf(ratingDate) : now), [ratingDate, now]);
  const options = useMemo(() => ({ asOf, locale }), [asOf, locale]);
  const preview = usePreview(sheet, profiles.profiles, options);
  const suggestion = useSuggestion(sheet, profiles.profiles, profiles.active, options);
  // A fixed date travels in the profiles and rateWorkbook takes it from there; otherwise "today" is the host's.
  const rating = useRating(host, i18n, {
    sheetName: sheet?.sheetName,
    locale,
    asOf: ratingDate ? undefined : now,
    onWritten: workbook.reload,
    onApplied: setApplied,
  });

  // The portrait rates with the panel's profiles; while they have invalid fields, with the ones that made the sheet's grades.
  const portraitProfiles = preview.issues.length === 0 && profiles.profiles.length > 0 ? profiles.profiles : applied;

  const headers = useMemo(
    () => (sheet ? sheet.table.headers.filter((h) => h.trim() !== "" && !sheet.ownedColumns.includes(h)) : []),
    [sheet],
  );
  const suggest = useCallback(
    (column: string) => suggestRule(sheet?.table ?? { headers: [], rows: [] }, column, locale),
    [sheet, locale],
  );
  const issueTexts = useMemo(
    () =>
      preview.issues.map((issue) => {
        const profile = profiles.profiles[issue.profile];
        const text = describeIssue(issue, profile, i18n);
        return profiles.profiles.length > 1 && profile ? `${profile.name}: ${text}` : text;
      }),
    [preview.issues, profiles.profiles, i18n],
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
  // As if the user had moved each slider: the edited profile, stored when the sheet is rated.
  const applyWeights = useCallback(
    (weights: Record<string, number>) =>
      edit((p) => ({ ...p, criteria: p.criteria.map((c) => (Object.prototype.hasOwnProperty.call(weights, c.id) ? { ...c, weight: weights[c.id] } : c)) })),
    [edit],
  );
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
  const rate = useStableCallback(() => {
    // Notes about the stored profile ("a profile was proposed") are answered by rating, which stores it.
    messages.show([]);
    void rating.rate(profiles.profiles);
  });
  const removeRatings = useStableCallback((deleteHistory: boolean) => void rating.remove(deleteHistory));
  const selectClient = useStableCallback((sheet: string, row: number) => void rating.selectRow(sheet, row));
  // A client list made from order lines is the sheet to rate next: without a stored profile, propose one from its headers.
  const madeList = useRef(false);
  const clientListMade = useStableCallback(() => {
    madeList.current = true;
    void workbook.reload();
  });
  const replaceProfiles = profiles.replace;
  useEffect(() => {
    if (!madeList.current || !sheet) return;
    madeList.current = false;
    if (workbook.stored?.status === "ok") return;
    try {
      replaceProfiles([buildDefaultProfile(sheet.table, locale, i18n.language)]);
    } catch {
      // The panel's own checks say what the new sheet lacks.
    }
  }, [sheet, workbook.stored, replaceProfiles, locale, i18n.language]);
  const pickColumns = useStableCallback(() => {
    if (!sections.open.includes("columns")) sections.setOpen([...sections.open, "columns"]);
    requestAnimationFrame(() => document.getElementById("section-columns")?.scrollIntoView?.({ block: "start" }));
  });

  return (
    <main className={styles.root} aria-label={t("app.title")}>
      <TaskArea
        loading={workbook.loading}
        loadError={workbook.error !== null ? describeError(workbook.error, t, i18n) : null}
        sheet={sheet}
        noCriteria={profiles.current !== undefined && profiles.current.criteria.length === 0}
        canRate={preview.issues.length === 0 && profiles.profiles.length > 0}
        busy={rating.busy}
        progress={rating.progress}
        status={rating.status}
        outcome={rating.outcome}
        messages={messages.messages}
        onDismiss={messages.dismiss}
        onRate={rate}
        onRemove={removeRatings}
        onPickColumns={pickColumns}
        onSelectClient={selectClient}
        sheetActions={<ClientListAction host={host} locale={locale} disabled={rating.busy} onMade={clientListMade} />}
      />
      {sheet && profiles.current && (
        <Accordion
          multiple
          collapsible
          openItems={sections.open}
          onToggle={(_, data) => sections.setOpen(data.openItems.map(String))}
        >
          <PanelSection value="client" label={t("portrait.heading")}>
            <ClientSection host={host} sheet={sheet} profiles={portraitProfiles} options={options} engine={preview.engine} open={sections.open.includes("client")} readHistory={readClientHistory} />
          </PanelSection>
          <PanelSection value="preview" label={t("preview.heading")}>
            <PreviewPanel preview={preview} notApplied={notApplied} issueTexts={issueTexts} />
          </PanelSection>
          <PanelSection value="criteria" label={t("criteria.heading")}>
            <CriteriaList profile={profiles.current} headers={headers} suggest={suggest} edit={edit} />
          </PanelSection>
          <PanelSection value="suggest" label={t("suggest.heading")}>
            <SuggestWeights
              profile={profiles.current}
              headers={headers}
              defaultOutcome={profiles.profiles[0]?.pareto?.value ?? ""}
              suggestion={suggestion}
              onApply={applyWeights}
            />
          </PanelSection>
          <PanelSection value="scale" label={t("scale.heading")}>
            <ScaleEditor scale={profiles.current.scale} onChange={setScale} />
          </PanelSection>
          <PanelSection value="ratingDate" label={t("ratingDate.label")}>
            <RatingDateField value={ratingDate} today={isoDay(now)} onChange={setRatingDate} />
          </PanelSection>
          <PanelSection value="profiles" label={t("profiles.heading")}>
            <div className={styles.section}>
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
              <ImportExport profiles={profiles.profiles} onImport={profiles.replace} messages={messages} />
            </div>
          </PanelSection>
          <PanelSection value="columns" label={t("columns.heading")}>
            <ColumnMapping headers={headers} profile={profiles.current} onUse={mapColumn} onUnuse={unmapColumn} />
          </PanelSection>
        </Accordion>
      )}
    </main>
  );
}
