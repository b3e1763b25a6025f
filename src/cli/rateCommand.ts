import { loadRatedSheetName, rateWorkbook } from "../excel";
import type { Command } from "./args";
import { ratedCsv } from "./csvOutput";
import { checkInputFile } from "./inputFile";
import { openInput } from "./inputWorkbook";
import { chooseOutputPath, writeOutputFile } from "./outputFile";
import { assertOutputFormat, isCsvOutput } from "./outputFormat";
import { readProfileFile } from "./profileFile";
import { humanSummary, toJsonSummary } from "./summary";
import { assertSheetExists } from "./workbookSession";

type RateCommand = Extract<Command, { kind: "rate" }>;

/** Rates a copy of the input in memory and writes it to --out; the input file is only read. */
export async function rateCommand(command: RateCommand, print: (text: string) => void): Promise<void> {
  const profiles = command.profile ? readProfileFile(command.profile) : undefined;
  checkInputFile(command.input);
  const out = chooseOutputPath({ input: command.input, out: command.out, force: command.force });
  const input = await openInput(command.input, { locale: command.locale, dateOrder: command.dateOrder, dropEarlierRating: true });
  const session = input.session;
  assertSheetExists(session.workbook, command.sheet);
  assertOutputFormat(command.input, out, session.workbook.macroEnabled, input.csv !== undefined);
  // Without --sheet (and no sheet in the given profile), a rated workbook is rated where it was rated before.
  const sheetName = command.sheet ?? (profiles?.[0]?.sheet ? undefined : await session.run(loadRatedSheetName));
  const outcome = await session.run((context) =>
    rateWorkbook(context, {
      profiles,
      // Stored with the profile, so the saved file rates the same again; unset: the profile's ratingDate, else today.
      ratingDate: command.asOf?.toISOString().slice(0, 10),
      locale: command.locale,
      language: command.locale, // --locale also sets the language of the words written to the sheet
      sheetName,
      isSetSupported: session.isSetSupported,
    }),
  );
  // The file is saved as by an Excel in the run's language (rateWorkbook.ts picks it the same way): its
  // PivotTable's own captions ("Row Labels", "Grand Total") then match the words the rating wrote.
  session.workbook.setExcelLanguage(command.locale ?? outcome.profiles[0]?.language ?? "en");
  const csvOut = input.csv && isCsvOutput(out);
  writeOutputFile(command.input, out, input.csv && csvOut ? ratedCsv(input.csv, session.workbook, outcome.placement) : await session.workbook.toXlsx());
  const summary = toJsonSummary(outcome, out, profiles !== undefined);
  summary.warnings.unshift(...input.warnings);
  if (csvOut) summary.warnings.push(`${out} holds the client list with its rating columns; the Pareto, Focus and Rating profile sheets need an .xlsx --out.`);
  // The input is untouched, but say plainly what of it the rated copy could not keep.
  for (const lost of session.workbook.droppedOnExport) {
    summary.warnings.push(`The rated copy could not keep ${lost} of ${command.input}; the input file still has it.`);
  }
  print(command.json ? JSON.stringify(summary) : humanSummary(summary));
}
