import { buildDefaultProfile, ratingDateOf, suggestWeights, type Profile, type Suggestion } from "../core";
import { loadRatedSheetName, loadStoredProfiles, readClientSheet } from "../excel";
import type { Command } from "./args";
import { CliError } from "./errors";
import { openInput } from "./inputWorkbook";
import { readProfileFile } from "./profileFile";
import { assertSheetExists } from "./workbookSession";

type SuggestCommand = Extract<Command, { kind: "suggest" }>;

/** Rank correlations to four decimals: more digits than that are noise from the split. */
const rounded = (value: number) => (Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : null);

/**
 * Prints, as one JSON object, the weights suggested for the first profile (from --profile, else the stored one,
 * else the default from the headers) against an outcome column, with the held-out rank correlations. Reads only.
 */
export async function suggestCommand(command: SuggestCommand, print: (text: string) => void): Promise<void> {
  const given = command.profile ? readProfileFile(command.profile) : undefined;
  const { session } = await openInput(command.input, { locale: command.locale });
  assertSheetExists(session.workbook, command.sheet);
  const { sheet, profiles } = await session.run(async (context) => {
    const stored = given ? undefined : await loadStoredProfiles(context);
    if (stored && (stored.status === "damaged" || stored.status === "too-new")) {
      throw new CliError(stored.message ?? `the profile stored in ${command.input} cannot be used (${stored.status})`);
    }
    const chosen: Profile[] | undefined = given ?? (stored?.status === "ok" ? stored.profiles : undefined);
    const sheetName = command.sheet ?? chosen?.[0]?.sheet ?? (await loadRatedSheetName(context));
    const sheet = await readClientSheet(context, { sheetName });
    return { sheet, profiles: chosen && chosen.length > 0 ? chosen : [buildDefaultProfile(sheet.table, command.locale)] };
  });
  const ratingDate = profiles[0].ratingDate;
  const asOf = command.asOf ?? (ratingDate ? ratingDateOf(ratingDate) : new Date());
  const result = suggestWeights(sheet.table, profiles, { asOf, locale: command.locale ?? "en" }, { outcome: command.outcome, seed: command.seed });
  if (!result.ok) throw new CliError(`cannot suggest weights: ${result.message}`);
  print(JSON.stringify(toJson(result, sheet.sheetName)));
}

function toJson(suggestion: Suggestion, sheet: string) {
  return {
    sheet,
    profile: suggestion.profile,
    outcome: suggestion.outcome,
    weights: suggestion.weights,
    current: { heldOut: rounded(suggestion.current.heldOut), training: rounded(suggestion.current.training) },
    suggested: { heldOut: rounded(suggestion.suggested.heldOut), training: rounded(suggestion.suggested.training) },
    improved: suggestion.improved,
    clients: suggestion.clients,
    seed: suggestion.seed,
  };
}
