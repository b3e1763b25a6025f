// The rating model's public surface: what the other layers and the tests use, by name.
export { type CellValue, type ClientTable, type Locale, type RatingWarning } from "./types";
export { RaterError } from "./errors";
export { type Criterion, formatPath, isIsoDay, parseProfile, parseProfileSet, type Profile, type ProfileInput, type ProfileIssue, profileSetDocument, ratingDateOf, type Rule, RULE_TYPES, type Scale } from "./profile";
export { EXCEL_ERRORS, isAmbiguousDateText, readDate, readNumber, readText, serialToDays } from "./values";
export { detectColumns, findColumn, normalizeHeader, SYNONYMS } from "./headers";
export { categoryScorer, roundScore, scoreNumber, scoreRecency } from "./scoring";
export { quantileGradeIndices, thresholdGradeIndex } from "./grading";
export { computePareto } from "./pareto";
export { buildReason, formatPoints, formatScore, REASON_MAX_LENGTH, shortLabel } from "./reasons";
export { flagWords, type Language, LANGUAGES, ownedColumnHeaders, paretoClassWords, reasonWords } from "./labels";
export { buildDefaultProfile } from "./defaultProfile";
export { rateClients } from "./rate";
export { clientNameColumn } from "./clientName";
export { decisionWords, type DecisionWords, fillIn } from "./decisionLabels";
export { goodFitGrades, NEXT_STEPS, type NextStep, nextStepNames } from "./nextStep";
export { FLAG_DISCOUNT, FLAG_EFFORT, FLAG_LATE, FLAG_LOSS, type TroubleFlag } from "./troublesome";
export { clientContributions } from "./contributions";
export { buildFocus, type Focus, type FocusEntry, type FocusList, type FocusListKey, type FocusWarning } from "./focus";
