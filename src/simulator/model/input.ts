// What Excel stores when a value is typed or written through Range.values / Range.formulas:
// "=..." becomes a formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member:
// "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."),
// numeric text becomes a number, TRUE/FALSE become booleans, except in cells formatted as text ("@").
import { Cell, ERROR_VALUES } from "./cell";

export type InputValue = string | number | boolean | null | undefined;

export function writeInput(cell: Cell, input: InputValue): void {
  if (input === null || input === undefined) return; // null leaves the cell unchanged
  // `delete` of a property the cell has not got would still be a write; millions of cells are written per run
  if (cell.formula !== undefined) delete cell.formula;
  if (cell.error !== undefined) delete cell.error;
  if (typeof input !== "string") {
    // -0 reaches Excel as 0 (a request is JSON) and no cell holds a negative zero; `=== 0` is true for both.
    cell.value = input === 0 ? 0 : input;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input === "") {
    cell.value = null;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (input.length > 1 && (input.startsWith("=") || (/^[+-]/.test(input) && /[A-Za-z(]/.test(input) && !isNumeric(input)))) {
    cell.formula = input.startsWith("=") ? input : "=" + input;
    cell.value = null;
    return;
  }
  if (isNumeric(input)) {
    cell.value = Number(input.trim().replace(/,/g, ""));
    return;
  }
  // only a text that can be TRUE, FALSE or an error text is upper-cased (a copy of every written text otherwise)
  const upper = /^\s*[tTfF#]/.test(input) ? input.trim().toUpperCase() : "";
  if (upper === "TRUE" || upper === "FALSE") {
    cell.value = upper === "TRUE";
    return;
  }
  if (ERROR_VALUES.has(upper)) {
    cell.value = upper;
    cell.error = true;
    return;
  }
  cell.value = input;
}

function isNumeric(text: string): boolean {
  return /^\s*[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\s*$/.test(text) && /\d/.test(text);
}
