import { buildDefaultProfile, profileSetDocument, type Profile } from "../core";
import { loadStoredProfiles, readClientSheet } from "../excel";
import type { Command } from "./args";
import { CliError } from "./errors";
import { openInput } from "./inputWorkbook";
import { assertSheetExists } from "./workbookSession";

type ProfileCommand = Extract<Command, { kind: "profile" }>;

/** Prints the profile document a rate run would use: the stored one, else the default from the headers. */
export async function profileCommand(command: ProfileCommand, print: (text: string) => void): Promise<void> {
  const { session } = await openInput(command.input, { locale: command.locale });
  assertSheetExists(session.workbook, command.sheet);
  const profiles = await session.run(async (context): Promise<Profile[]> => {
    const stored = await loadStoredProfiles(context);
    if (stored.status === "ok" && stored.profiles && stored.profiles.length > 0) return stored.profiles;
    if (stored.status === "damaged" || stored.status === "too-new") {
      throw new CliError(stored.message ?? `the profile stored in ${command.input} cannot be used (${stored.status})`);
    }
    const sheet = await readClientSheet(context, { sheetName: command.sheet });
    return [buildDefaultProfile(sheet.table, command.locale)];
  });
  print(JSON.stringify(profileSetDocument(profiles), null, 2));
}
