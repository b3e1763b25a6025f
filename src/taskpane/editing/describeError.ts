import { RaterError, type RatingWarning } from "../../core";
import type { MessageKey, Params, Translate } from "../i18n";

const ERROR_CODES = new Set<string>([
  "invalid-profile",
  "profile-too-new",
  "profile-damaged",
  "no-header-row",
  "no-rows",
  "missing-columns",
  "cell-in-the-way",
  "sheet-protected",
  "workbook-protected",
  "merged-cells",
  "name-taken",
  "sheet-not-found",
  "unsupported-excel",
  "busy",
  "internal",
]);

type Formatters = { formatNumber(n: number, digits?: number): string; formatPercent(share: number): string };

/** Message params in the user's number format: shares as percentages, counts as whole numbers. */
function formatParams(params: Record<string, string | number> | undefined, f: Formatters): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    out[name] = typeof value !== "number" ? value : /share/i.test(name) ? f.formatPercent(value) : f.formatNumber(value);
  }
  return out;
}

/** Office errors that mean the same as one of ours, when they reach the panel unwrapped. */
function codeOfOfficeError(error: unknown): string | null {
  const code = (error as { code?: unknown })?.code;
  if (code === "AccessDenied" || code === "InvalidOperationInCellEditMode") return "sheet-protected";
  if (code === "ItemNotFound") return "sheet-not-found";
  return null;
}

/** A translated sentence for anything thrown at the panel; `detail` carries the writer's own (English) text. */
export function describeError(error: unknown, t: Translate, f: Formatters): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RaterError || (error as { name?: string })?.name === "RaterError") {
    const e = error as RaterError;
    if (e.code === "no-header-row" && e.details?.params?.empty) return t("state.emptySheet", { sheet: String(e.details.params.sheet ?? "") });
    const code = ERROR_CODES.has(e.code) ? e.code : "internal";
    return t(`error.${code}` as MessageKey, {
      detail: message,
      sheet: "",
      name: "",
      cell: e.details?.cell ?? e.details?.field ?? "",
      ...formatParams(e.details?.params, f),
    });
  }
  // webpack's error when a chunk of the panel (src/taskpane/lazy) cannot be fetched.
  if ((error as { name?: string })?.name === "ChunkLoadError") return t("error.notLoaded");
  const officeCode = codeOfOfficeError(error);
  if (officeCode) return t(`error.${officeCode}` as MessageKey, { detail: message, sheet: "", cell: "" });
  return t("error.internal", { detail: message });
}

export function describeWarning(warning: RatingWarning, t: Translate, f: Formatters): string {
  return t(`warning.${warning.code}` as MessageKey, {
    detail: warning.message,
    column: "",
    count: "",
    client: "",
    share: "",
    ...formatParams(warning.params, f),
  });
}
