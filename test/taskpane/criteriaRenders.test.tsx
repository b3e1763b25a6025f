/** @jest-environment jsdom */
// A weight change must re-render only the editor it belongs to: re-rendering all of them was most of the
// time from a key press to the preview (issue 7). The summary lines all show the new shares, but only the
// moved criterion's works out its rule again.
import "./support/dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useEffect } from "react";
import type { Profile, Rule } from "../../src/core";
import { CriteriaList } from "../../src/taskpane/components/CriteriaList";
import * as sentences from "../../src/taskpane/editing/ruleSentence";
import * as summaries from "../../src/taskpane/editing/ruleSummary";
import { useProfiles } from "../../src/taskpane/hooks/useProfiles";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { sampleProfile } from "./support/clients";

const suggest = (): Rule => ({ type: "higher", min: 0, max: 100 });
let latest: Profile | undefined;

function Harness({ profile, headers }: { profile: Profile; headers: string[] }) {
  const profiles = useProfiles();
  const { replace } = profiles;
  useEffect(() => replace([profile]), [replace, profile]);
  latest = profiles.current;
  if (!profiles.current) return null;
  return <CriteriaList profile={profiles.current} headers={headers} suggest={suggest} edit={profiles.edit} />;
}

describe("criterion cards on a weight change", () => {
  it("render the moved card alone, and the edit lands on that criterion only", () => {
    const profile = sampleProfile();
    expect(profile.criteria.length).toBeGreaterThan(1);
    const headers = profile.criteria.map((c) => c.column);
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider displayLanguage="en-US">
          <Harness profile={profile} headers={headers} />
        </I18nProvider>
      </FluentProvider>,
    );
    // Every criterion open onto its editor, so each editor could re-render.
    for (const criterion of profile.criteria) fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${criterion.column}\\b`) }));
    expect(screen.getAllByRole("group")).toHaveLength(profile.criteria.length);
    const before = latest!;
    const sentence = jest.spyOn(sentences, "ruleSentence");
    const summary = jest.spyOn(summaries, "ruleSummary");
    const second = screen.getAllByRole("group")[1];
    const slider = within(second).getByRole("slider");
    const next = before.criteria[1].weight === 10 ? 9 : before.criteria[1].weight + 1;
    fireEvent.change(slider, { target: { value: String(next) } });

    const after = latest!;
    expect(after.criteria[1].weight).toBe(next);
    // Unchanged criteria keep their objects, so their memoized cards are skipped...
    after.criteria.forEach((c, i) => i !== 1 && expect(c).toBe(before.criteria[i]));
    // ...and only the moved card worked out its sentence and its summary again.
    expect(sentence.mock.calls.map(([criterion]) => criterion.id)).toEqual([after.criteria[1].id]);
    expect(summary.mock.calls.map(([criterion]) => criterion.id)).toEqual([after.criteria[1].id]);
    sentence.mockRestore();
    summary.mockRestore();
  });
});
