import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { parseProfile, type Profile, type ProfileIssue } from "../../core";
import type { ClientSheet } from "../../excel";
import { createPreviewEngine, type PreviewEngine, type PreviewOptions, type PreviewResult } from "../preview";

export interface PreviewState {
  result: PreviewResult | null;
  computing: boolean;
  /** Fields of the edited profiles that are not valid yet; no preview while there are any. */
  issues: PreviewIssue[];
  error: string | null;
  /** The engine that holds the parsed sheet, for other questions about it (the portrait's standing); null until started. */
  engine: PreviewEngine | null;
}

/** A field problem and the index of the profile it is in. */
type PreviewIssue = ProfileIssue & { profile: number };

/** How long a preview may take before the panel says it is updating. */
const SPINNER_DELAY_MS = 150;

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
  const [state, setState] = useState<Omit<PreviewState, "issues" | "engine">>({ result: null, computing: false, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const created = createPreviewEngine();
    setEngine(created);
    return () => created.dispose();
  }, []);

  // A layout effect like the request below, and before it, so a new sheet reaches the engine before the first
  // preview of it is asked for.
  useLayoutEffect(() => {
    if (engine && sheet) engine.setTable(sheet.table, sheet.existingGrades);
  }, [engine, sheet]);

  const issues = useMemo(
    () =>
      // Paths as in the profile ("criteria[0].rule.max"), with whose it is; the panel puts them in words.
      profiles.flatMap((profile, index) => issuesOf(profile).map((e) => ({ ...e, profile: index }))),
    [profiles],
  );

  // A layout effect, so the request goes to the worker in the key press's own commit: a passive effect waited
  // for the next paint (about a frame, 16 ms, of the 16 ms goal at 10,000 clients) before asking.
  const spinnerTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLayoutEffect(() => {
    if (!engine || !sheet || profiles.length === 0 || issues.length > 0) return;
    const request = ++latest.current;
    // "Updating" only when a result is slow to come: showing it for every quick change cost a whole extra
    // render and layout of the panel between the key press and the new result, and made the preview flicker.
    spinnerTimer.current ??= setTimeout(() => {
      spinnerTimer.current = null;
      setState((previous) => (previous.computing ? previous : { ...previous, computing: true }));
    }, SPINNER_DELAY_MS);
    const settle = (next: Omit<PreviewState, "issues" | "engine">) => {
      if (request !== latest.current) return;
      if (spinnerTimer.current !== null) clearTimeout(spinnerTimer.current);
      spinnerTimer.current = null;
      setState(next);
    };
    engine.compute(profiles, options).then(
      (result) => settle({ result, computing: false, error: null }),
      (error: unknown) => settle({ result: null, computing: false, error: error instanceof Error ? error.message : String(error) }),
    );
  }, [engine, sheet, profiles, options, issues]);
  useEffect(
    () => () => {
      if (spinnerTimer.current !== null) clearTimeout(spinnerTimer.current);
    },
    [],
  );

  // One object per change of state, so the memoized preview section skips the renders of unrelated edits.
  return useMemo(() => ({ ...state, issues, engine }), [state, issues, engine]);
}
