import type { Profile } from "../../core";
import { evenCutoffs, gradesFor } from "./scalePresets";

/** A profile with no criteria yet (the user adds them), on an A-D scale with even thresholds. */
export function emptyProfile(name: string): Profile {
  const grades = gradesFor("letters", 4);
  return { version: 1, name, scale: { grades, mode: "thresholds", cutoffs: evenCutoffs(grades.length) }, criteria: [] };
}
