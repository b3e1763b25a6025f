import { useEffect, useMemo, useRef, useState } from "react";
import { parseProfile, type Profile, type ProfileIssue } from "../../core";
import type { ClientSheet } from "../../excel";
import { createPreviewEngine, type PreviewEngine, type PreviewOptions, type PreviewResult } from "../preview";

export interface PreviewState {
  result: PreviewResult | null;
  computing: boolean;
  /** Fields of the edited profiles that are not valid yet; no preview while there are any. */
  issues: ProfileIssue[];
  error: string | null;
}

// Profiles that an edit did not touch keep their object, so their validation is remembered, not redone (zod per key press).
const validated = new WeakMap<Profile, readonly ProfileIssue[]>();
function issuesOf(profile: Profile): readonly ProfileIssue[] {
  let issues = validated.get(profile);
  if (!issues) {
    const parsed = parseProfile(profile);
    issues = parsed.ok ? [] : parsed.errors;
    validated.set(profile, issues);
  }
  return issues;
}

/** Recomputes the preview on every profile change, off the UI thread where possible; stale results are dropped. */
export function usePreview(sheet: ClientSheet | null, profiles: Profile[], options: PreviewOptions): PreviewState {
  const [engine, setEngine] = useState<PreviewEngine | null>(null);
  const [state, setState] = useState<Omit<PreviewState, "issues">>({ result: null, computing: false, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const created = createPreviewEngine();
    setEngine(created);
    return () => created.dispose();
  }, []);

  useEffect(() => {
    if (engine && sheet) engine.setTable(sheet.table, sheet.existingGrades);
  }, [engine, sheet]);

  const issues = useMemo(
    () =>
      profiles.flatMap((profile) =>
        // Paths as in the profile ("criteria[0].rule.max"); with several profiles, whose it is.
        issuesOf(profile).map((e) => ({ ...e, path: profiles.length > 1 ? `${profile.name} ${e.path}` : e.path })),
      ),
    [profiles],
  );

  useEffect(() => {
    if (!engine || !sheet || profiles.length === 0 || issues.length > 0) return;
    const request = ++latest.current;
    setState((previous) => ({ ...previous, computing: true }));
    engine.compute(profiles, options).then(
      (result) => {
        if (request === latest.current) setState({ result, computing: false, error: null });
      },
      (error: unknown) => {
        if (request === latest.current)
          setState({ result: null, computing: false, error: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [engine, sheet, profiles, options, issues]);

  // One object per change of state, so the memoized preview section skips the renders of unrelated edits.
  return useMemo(() => ({ ...state, issues }), [state, issues]);
}
