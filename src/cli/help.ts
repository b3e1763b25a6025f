export const HELP = `client-rater: rate a client list in an .xlsx workbook against an ideal-client profile.

Usage:
  client-rater rate <in.xlsx> [options]   score and grade every client, build the Pareto sheet
  client-rater rate <in.csv> [options]    the same for a CSV file (written as .xlsx, or as CSV with the
                                          rating's columns appended when --out ends in .csv)
  client-rater clients <orders.csv|xlsx> [--by <header>] [--column <role>=<header>] [--out <file>]
                                          order lines to one row per client (revenue, profit, orders,
                                          first and last order, average discount, orders per year) on a
                                          new sheet ready to rate (default out: <in>.clients.xlsx)
  client-rater profile <in.xlsx>          print the workbook's stored profile (or the default one) as JSON
  client-rater suggest <in.xlsx> [options]
                                          suggest weights from the data: the weights whose score orders the
                                          clients most like an outcome column, printed as JSON
  client-rater sql <profile.json | in.xlsx> [options]
                                          print one SQL query that rates a client table with the profile
  client-rater rate <big.csv | big.parquet> --engine duckdb --profile <profile.json> [--out <rated.parquet|rated.csv>]
                                          rate a file past Excel's grid through DuckDB (.parquet needs no --engine)
  client-rater --help

Options for rate:
  --out, -o <out.xlsx>        where to write the rated workbook (default: <in>.rated.xlsx beside the input;
                              an existing one is kept unless --force is given)
  --force                     replace an existing <in>.rated.xlsx
  --profile, -p <file.json>   rate with this profile (a profile or {"version":1,"profiles":[...]})
                              instead of the one stored in the workbook or the default from the headers
  --sheet, -s <name>          the sheet holding the client list (default: the sheet rated before, else
                              the sheet the workbook opens on)
  --as-of <YYYY-MM-DD>        the rating date for recency rules, stored with the profile so the rated file
                              rates the same again (default: the profile's ratingDate, else today)
  --locale <en|nl|de|hu>      how numbers typed as text are written in the sheet, and the language
                              of the columns, reasons, Pareto and Rating profile sheets written
  --json                      print one JSON object on stdout and nothing else
  --date-order <dmy|mdy>      for CSV input: how dates such as 03/01/2024 are read when no day above 12
                              settles it (default: --locale's, else day first; a warning says so)

Options for clients (also --out, --force, --sheet, --locale, --date-order, --json as above):
  --by <header>               the column naming the client (default: the one read as a client ID)
  --column <role>=<header>    choose a column where the headers leave it open; roles: clientName, order,
                              orderDate, revenue, profit, discount, segment, region (repeatable)

Options for suggest (it reads only, writes no file; also --profile, --sheet, --as-of, --locale as above):
  --outcome <column>          the column the score should order clients by (default: the profile's
                              Pareto value, e.g. Profit)
  --seed <number>             the seed of the 70/30 split into clients fitted and clients kept aside to
                              check on (default: a fixed seed, so the same file gives the same answer)
  Prints {"sheet","profile","outcome","weights":[{"id","column","current","suggested","readsOutcome","kept"?}],
  "current":{"heldOut","training"},"suggested":{"heldOut","training"},"improved","clients":{"training",
  "heldOut","noOutcome"},"seed"}: heldOut and training are Spearman's rank correlations between score
  and outcome (1: the same order). A criterion that reads the outcome column itself is flagged
  ("readsOutcome") and keeps its weight ("kept": "reads-outcome"), as does one that scores the same
  for every client ("kept": "no-spread").

Options for sql (also --profile, --sheet for a workbook, --as-of, --locale as above):
  --dialect <duckdb|spark>    the SQL engine the query is written for (default duckdb)
  --table <name>              the table holding one row a client; schema.table allowed (default clients)

Options for rate --engine duckdb (also --out, --force, --as-of, --locale, --json as above):
  --engine duckdb             rate a .csv or .parquet file with DuckDB; --profile is required, the output
                              is .parquet or .csv (default <in>.rated.<same format>); DuckDB keeps to 2 GB of
                              memory (CLIENT_RATER_DUCKDB_MEMORY to change) and spills to a temporary folder;
                              progress on stderr every 10 seconds

The input file is never changed. Errors go to stderr with a non-zero exit code
(1: the file, profile or sheet is at fault; 2: the command line is wrong).
Set CLIENT_RATER_DEBUG=1 to see stack traces.
`;
