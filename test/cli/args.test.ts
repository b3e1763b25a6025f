import { parseCommand, parseIsoDate } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";
import { defaultOutputPath } from "../../src/cli/outputFile";

describe("command line arguments", () => {
  it("parses a full rate command", () => {
    expect(parseCommand(["rate", "in.xlsx", "--out", "o.xlsx", "--profile", "p.json", "--sheet", "Clients", "--as-of", "2023-01-15", "--locale", "nl", "--json"]))
      .toEqual({ kind: "rate", input: "in.xlsx", out: "o.xlsx", force: false, profile: "p.json", sheet: "Clients", asOf: new Date(Date.UTC(2023, 0, 15)), locale: "nl", json: true });
  });

  it("takes --force to replace an earlier rated copy", () => {
    expect(parseCommand(["rate", "in.xlsx", "--force"])).toMatchObject({ kind: "rate", force: true });
    expect(parseCommand(["rate", "in.xlsx"])).toMatchObject({ kind: "rate", force: false });
  });

  it("shows help for --help and for no arguments", () => {
    expect(parseCommand(["--help"])).toEqual({ kind: "help" });
    expect(parseCommand([])).toEqual({ kind: "help" });
  });

  it.each([
    [["rate"], /needs an input file/],
    [["rate", "a.xlsx", "b.xlsx"], /unexpected argument "b.xlsx"/],
    [["rate", "a.xlsx", "--locale", "fr"], /--locale must be one of en, nl, de, hu/],
    [["rate", "a.xlsx", "--colour"], /colour/],
    [["profile", "a.xlsx", "--json"], /--json does not apply/],
    [["profile", "a.xlsx", "--force"], /--force does not apply/],
  ])("refuses %j with a usage error", (argv, message) => {
    expect(() => parseCommand(argv as string[])).toThrow(message as RegExp);
    try {
      parseCommand(argv as string[]);
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
    }
  });

  it("accepts real days only", () => {
    expect(parseIsoDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(() => parseIsoDate("2023-02-29")).toThrow(/YYYY-MM-DD/);
    expect(() => parseIsoDate("2023-1-5")).toThrow(/YYYY-MM-DD/);
  });

  it("puts the output beside the input as <name>.rated.xlsx", () => {
    expect(defaultOutputPath("/data/clients.xlsx")).toBe("/data/clients.rated.xlsx");
    expect(defaultOutputPath("/data/Clients.XLSX")).toBe("/data/Clients.rated.xlsx");
    expect(defaultOutputPath("book")).toBe("book.rated.xlsx");
    expect(defaultOutputPath("/data/tools.xlsm")).toBe("/data/tools.rated.xlsm");
  });
});

describe("arguments of sql and of rate --engine duckdb", () => {
  it("parses a sql command, with DuckDB and the table clients by default", () => {
    expect(parseCommand(["sql", "p.json"])).toEqual({ kind: "sql", input: "p.json", dialect: "duckdb", table: "clients" });
    expect(parseCommand(["sql", "in.xlsx", "--dialect", "spark", "--table", "crm.clients", "--sheet", "Clients", "--as-of", "2024-06-30", "--locale", "de"])).toEqual({
      kind: "sql", input: "in.xlsx", dialect: "spark", table: "crm.clients", sheet: "Clients", asOf: new Date(Date.UTC(2024, 5, 30)), locale: "de",
    });
  });

  it("takes --engine duckdb for rate only", () => {
    expect(parseCommand(["rate", "big.csv", "--engine", "duckdb"])).toMatchObject({ kind: "rate", engine: "duckdb" });
    expect(parseCommand(["rate", "in.xlsx"])).not.toHaveProperty("engine");
    expect(() => parseCommand(["suggest", "in.xlsx", "--engine", "duckdb"])).toThrow(/--engine applies to the rate command only/);
    expect(() => parseCommand(["rate", "big.csv", "--engine", "sqlite"])).toThrow(/--engine must be duckdb/);
    expect(() => parseCommand(["profile", "in.xlsx", "--dialect", "spark"])).toThrow(/--dialect applies to the sql command only/);
  });
});
