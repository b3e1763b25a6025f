// Entry of the `client-rater` command line: parses the arguments, runs one command, turns every
// failure into one line on stderr and an exit code. bin/client-rater.js loads this file.
import { parseCommand } from "./args";
import { clientsCommand } from "./clientsCommand";
import { describeError, EXIT } from "./errors";
import { HELP } from "./help";
import { nodeZipCodec } from "./nodeZipCodec";
import { profileCommand } from "./profileCommand";
import { duckdbRateCommand, usesDuckDb } from "./duckdbRate";
import { rateCommand } from "./rateCommand";
import { sqlCommand } from "./sqlCommand";
import { suggestCommand } from "./suggestCommand";
import { useZipCodec } from "../simulator";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  debug: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  debug: process.env.CLIENT_RATER_DEBUG === "1",
};

export async function cliMain(argv: string[], io: CliIo = processIo): Promise<number> {
  // Whatever a library logs goes to stderr, so stdout carries only our result (one JSON object with --json).
  const restoreConsole = routeConsoleTo(io.stderr);
  useZipCodec(nodeZipCodec);
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") io.stdout(HELP.trimEnd());
    else if (command.kind === "rate" && usesDuckDb(command)) await duckdbRateCommand(command, io.stdout, io.stderr);
    else if (command.kind === "rate") await rateCommand(command, io.stdout);
    else if (command.kind === "suggest") await suggestCommand(command, io.stdout);
    else if (command.kind === "sql") await sqlCommand(command, io.stdout, io.stderr);
    else if (command.kind === "clients") await clientsCommand(command, io.stdout);
    else await profileCommand(command, io.stdout);
    return EXIT.ok;
  } catch (error) {
    const { text, exitCode } = describeError(error, io.debug);
    io.stderr(`client-rater: ${text}`);
    return exitCode;
  } finally {
    restoreConsole();
  }
}

function routeConsoleTo(write: (text: string) => void): () => void {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn };
  const toStderr = (...args: unknown[]) => write(args.map((a) => (typeof a === "string" ? a : String(a))).join(" "));
  console.log = console.info = console.debug = console.warn = toStderr;
  return () => Object.assign(console, saved);
}

if (require.main === module) {
  void cliMain(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
