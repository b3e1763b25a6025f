import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Profile } from "../../core";
import { useI18n } from "../i18n/context";
import { AppliesToEditor } from "./AppliesToEditor";
import { useDropdownFitStyles } from "./dropdownFit";
import { memo } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface ProfileTabsProps {
  profiles: readonly Profile[];
  active: number;
  /** Changes when the profiles are replaced wholesale (import). */
  generation: number;
  headers: readonly string[];
  onSelect(index: number): void;
  onAdd(): void;
  onRemove(index: number): void;
  edit(change: (profile: Profile) => Profile): void;
}

/** Only the names and the shown profile's name and appliesTo show here: a criterion edit leaves the tabs as they were. */
function sameProfileTabs(a: ProfileTabsProps, b: ProfileTabsProps): boolean {
  if (
    a.active !== b.active || a.generation !== b.generation || a.headers !== b.headers || a.onSelect !== b.onSelect ||
    a.onAdd !== b.onAdd || a.onRemove !== b.onRemove || a.edit !== b.edit || a.profiles.length !== b.profiles.length
  )
    return false;
  return (
    a.profiles.every((p, i) => p.name === b.profiles[i].name) && a.profiles[a.active]?.appliesTo === b.profiles[b.active]?.appliesTo
  );
}

/** The named profiles (one per client type): pick the one shown, add, remove, rename, and say which rows each applies to. */
export const ProfileTabs = memo(function ProfileTabs({ profiles, active, generation, headers, onSelect, onAdd, onRemove, edit }: ProfileTabsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const fit = useDropdownFitStyles();
  const current = profiles[active];
  return (
    <section className={styles.root} aria-label={t("profiles.heading")}>
      {/* A dropdown, not tabs: it fits a narrow pane whatever the names, and the criteria below are the shown profile's. */}
      <Field label={t("profiles.shown")} size="small" className={fit.field}>
        <Dropdown
          size="small"
          className={fit.dropdown}
          button={{ title: current?.name ?? "", children: <span className={fit.text}>{current?.name ?? ""}</span> }}
          value={current?.name ?? ""}
          selectedOptions={[String(active)]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && onSelect(Number(data.optionValue))}
        >
          {profiles.map((profile, index) => (
            <Option key={index} value={String(index)} text={profile.name}>
              {profile.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.buttons}>
        <Button size="small" icon={<AddRegular />} onClick={onAdd}>
          {t("profiles.add")}
        </Button>
        <Button size="small" icon={<DeleteRegular />} disabled={profiles.length <= 1} onClick={() => onRemove(active)}>
          {t("profiles.remove")}
        </Button>
      </div>
      {current && (
        <>
          <Field label={t("profiles.name")} size="small">
            <Input size="small" value={current.name} onChange={(_, data) => edit((p) => ({ ...p, name: data.value }))} />
          </Field>
          <AppliesToEditor
            key={`${generation}:${active}`}
            appliesTo={current.appliesTo}
            headers={headers}
            onChange={(appliesTo) =>
              edit((p) => {
                const next = { ...p, appliesTo };
                if (!appliesTo) delete next.appliesTo;
                return next;
              })
            }
          />
        </>
      )}
    </section>
  );
}, sameProfileTabs);
