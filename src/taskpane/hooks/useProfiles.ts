import { useCallback, useReducer } from "react";
import type { Profile } from "../../core";

interface ProfilesState {
  profiles: Profile[];
  active: number;
  /** Bumped when the whole set is replaced (load, import), so editors holding typed text start afresh. */
  generation: number;
}

type Action =
  | { type: "replace"; profiles: Profile[] }
  | { type: "select"; index: number }
  | { type: "edit"; edit: (profile: Profile) => Profile }
  | { type: "editAll"; edit: (profile: Profile) => Profile }
  | { type: "add"; profile: Profile }
  | { type: "remove"; index: number };

function reducer(state: ProfilesState, action: Action): ProfilesState {
  switch (action.type) {
    case "replace":
      return { profiles: action.profiles, active: 0, generation: state.generation + 1 };
    case "select":
      return { ...state, active: Math.max(0, Math.min(action.index, state.profiles.length - 1)) };
    case "edit":
      return {
        ...state,
        profiles: state.profiles.map((profile, i) => (i === state.active ? action.edit(profile) : profile)),
      };
    case "editAll":
      return { ...state, profiles: state.profiles.map(action.edit) };
    case "add":
      return { ...state, profiles: [...state.profiles, action.profile], active: state.profiles.length };
    case "remove": {
      if (state.profiles.length <= 1) return state;
      const profiles = state.profiles.filter((_, i) => i !== action.index);
      return { ...state, profiles, active: Math.min(state.active, profiles.length - 1) };
    }
  }
}

/** The profiles being edited and which one is shown; edits apply to the shown profile. */
export function useProfiles() {
  const [state, dispatch] = useReducer(reducer, { profiles: [], active: 0, generation: 0 });
  return {
    ...state,
    current: state.profiles[state.active] as Profile | undefined,
    replace: useCallback((profiles: Profile[]) => dispatch({ type: "replace", profiles }), []),
    select: useCallback((index: number) => dispatch({ type: "select", index }), []),
    edit: useCallback((edit: (profile: Profile) => Profile) => dispatch({ type: "edit", edit }), []),
    /** For settings that hold for the whole set, such as the rating date. */
    editAll: useCallback((edit: (profile: Profile) => Profile) => dispatch({ type: "editAll", edit }), []),
    add: useCallback((profile: Profile) => dispatch({ type: "add", profile }), []),
    remove: useCallback((index: number) => dispatch({ type: "remove", index }), []),
  };
}

export type ProfilesApi = ReturnType<typeof useProfiles>;
